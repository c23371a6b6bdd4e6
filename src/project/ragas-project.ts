import type { LoadedRagas } from '../loaders/ragas.js';

/**
 * The files of a fixfirst project made from Ragas samples: eval.jsonl (input = question, output =
 * answer, reference = ground truth, contexts = the retrieved contexts in prompt order, gold_ids when
 * the samples say which passages are gold) and fixfirst.yaml, scored with token-F1 ≥ 0.5 (SQuAD
 * normalisation) — a lenient proxy for free-text answers. Without gold passages, Q4 decides "the gold
 * passage reached the prompt" by answer-in-context. Pure: returns file names and contents.
 */
export function renderRagasProject(loaded: LoadedRagas, source: string): Record<string, string> {
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
    '# Correctness: token-F1 >= 0.5 against the ground truth (SQuAD normalisation), a lenient proxy for',
    '# free-text answers; raise the threshold or use another scorer (`fixfirst scorers`) if it suits better.',
    `task: ${JSON.stringify(`RAG question answering imported from Ragas (${loaded.samples.length} samples)`)}`,
    'eval: eval.jsonl',
    `retrieval: { k: ${k} }`,
    'score: { type: token-f1, threshold: 0.5 }',
    '',
  ].join('\n');
  return { 'eval.jsonl': `${rows.join('\n')}\n`, 'fixfirst.yaml': yaml };
}
