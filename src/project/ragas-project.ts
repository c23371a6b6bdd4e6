import type { LoadedRagas } from '../loaders/ragas.js';

/** File holding the gold passages no prompt contains, in BEIR corpus.jsonl form. */
const corpusFile = 'corpus.jsonl';

/** A fixfirst project made from Ragas samples, before it is written. */
export interface RagasProject {
  /** File names and contents. */
  files: Record<string, string>;
  /** Gold passages that reached no prompt, kept in corpus.jsonl (0: no corpus file). */
  corpusPassages: number;
}

/**
 * The files of a fixfirst project made from Ragas samples: eval.jsonl (input = question, output =
 * answer, reference = ground truth, contexts = the retrieved contexts in prompt order, gold_ids when
 * the samples say which passages are gold), corpus.jsonl (`{"_id", "text"}`) with the gold passages
 * that reached no prompt — named as `retrieval.corpus`, so their ids resolve and oracle-context runs
 * can show them — and fixfirst.yaml, scored with token-F1 ≥ 0.5 (SQuAD normalisation), a lenient
 * proxy for free-text answers. Without gold passages, Q4 decides "the gold passage reached the
 * prompt" by answer-in-context. Pure: returns file names and contents.
 */
export function renderRagasProject(loaded: LoadedRagas, source: string): RagasProject {
  const rows = loaded.samples.map((sample) =>
    JSON.stringify({
      id: sample.id,
      input: sample.question,
      reference: sample.groundTruth,
      output: sample.answer,
      contexts: sample.contexts,
      ...(sample.goldIds === undefined ? {} : { gold_ids: sample.goldIds }),
    }),
  );
  // One corpus row per id: the same gold passage may be missing from several prompts.
  const corpus = new Map<string, string>();
  for (const sample of loaded.samples)
    for (const passage of sample.goldPassages)
      if (!corpus.has(passage.id))
        corpus.set(passage.id, JSON.stringify({ _id: passage.id, text: passage.text }));
  const k = Math.max(1, ...loaded.samples.map((sample) => sample.contexts.length));
  const { fromIds, fromReferenceContexts, none } = loaded.gold;
  const goldLine =
    none === loaded.samples.length
      ? '# Gold passages: none given, so Q4 uses answer-in-context (the reference answer appears in a passage).'
      : `# Gold passages: ${fromIds} sample(s) by reference_context_ids, ${fromReferenceContexts} by reference_contexts text, ${none} without (answer-in-context).`;
  const yaml = [
    '# A fixfirst project written by `fixfirst import ragas`:',
    `#   source: ${source} (${loaded.format}, ${loaded.samples.length} samples)`,
    `# Each sample's retrieved contexts are its prompt contexts (up to ${k} per prompt).`,
    goldLine,
    ...(corpus.size === 0
      ? []
      : [
          `# ${corpus.size} gold passage(s) reached no prompt: their texts are in ${corpusFile} (retrieval.corpus), so`,
          '# their ids resolve and the oracle-context experiment (diagnose --live) can show them to the model.',
        ]),
    '# Correctness: token-F1 >= 0.5 against the ground truth (SQuAD normalisation), a lenient proxy for',
    '# free-text answers; raise the threshold or use another scorer (`fixfirst scorers`) if it suits better.',
    `task: ${JSON.stringify(`RAG question answering imported from Ragas (${loaded.samples.length} samples)`)}`,
    'eval: eval.jsonl',
    corpus.size === 0 ? `retrieval: { k: ${k} }` : `retrieval: { k: ${k}, corpus: ${corpusFile} }`,
    'score: { type: token-f1, threshold: 0.5 }',
    '',
  ].join('\n');
  return {
    files: {
      'eval.jsonl': `${rows.join('\n')}\n`,
      ...(corpus.size === 0 ? {} : { [corpusFile]: `${[...corpus.values()].join('\n')}\n` }),
      'fixfirst.yaml': yaml,
    },
    corpusPassages: corpus.size,
  };
}
