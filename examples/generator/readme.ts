import type { GeneratedExample } from './example.js';
import type { Manifest } from './manifest.js';
import type { OutputKind } from './outputs.js';
import { type PlantKind, plantKinds } from './plants.js';
import type { GoldPlacement } from './retrieval.js';
import { categories } from './topics/index.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const shapeNames: Record<OutputKind, string> = {
  clean: 'well-formed JSON',
  fenced: 'JSON inside a ``` code fence',
  prose: 'JSON wrapped in prose ("Sure! Here\'s …")',
  key_case: 'keys in the wrong case (`Category`, `PRIORITY`)',
  value_case: 'values capitalised (`"Billing"`, `"High"`)',
  long_reply: 'reply over 120 words',
  disclaimer: 'reply opens with "As an AI …"',
};

const goldNames: Record<GoldPlacement, string> = {
  hit: 'in the prompt (top 5)',
  deeper: 'ranked 6–20, not in the prompt',
  nowhere: 'not retrieved',
};

function evalSection(manifest: Manifest): string[] {
  const { eval: evaluation } = manifest;
  const { classes, retrieval } = evaluation;
  const failures = evaluation.items - classes.pass;
  const lines = [
    '## What was planted in the eval set',
    '',
    `\`data/eval.jsonl\`: ${evaluation.items} tickets, each with the ticket text (\`input\`), the reference labels (\`reference\`), the recorded model output (\`output\`), the ${retrieval.k} retrieved knowledge-base passages that were in the prompt (\`contexts\`), the gold article (\`gold_ids\`) and tags (\`channel\`, \`plan\`).`,
    '',
    '| class (DESIGN §2.1) | items | share |',
    '|---|---:|---:|',
    ...(['pass', 'surface', 'behavioral', 'mixed'] as const).map(
      (name) => `| ${name} | ${classes[name]} | ${percent(classes[name] / evaluation.items)} |`,
    ),
    '',
    `Strict accuracy ${percent(evaluation.strictAccuracy)}, lenient accuracy ${percent(evaluation.lenientAccuracy)}; ${failures} failures, of which ${percent(evaluation.surfaceShareOfFailures)} are surface-level.`,
    '',
    '| output shape | labels | gold article | class | items |',
    '|---|---|---|---|---:|',
    ...evaluation.planted.map(
      (group) =>
        `| ${shapeNames[group.output]} | ${group.correct ? 'right' : 'wrong'} | ${goldNames[group.gold]} | ${group.class} | ${group.count} |`,
    ),
    '',
    'The item ids of every group are in `manifest.json` (`eval.planted[].ids`).',
    '',
    '### Retrieval',
    '',
    `- gold article in the prompt for ${retrieval.goldInPrompt} items; ranked below the top ${retrieval.k} for ${retrieval.goldRankedBelowK}; not retrieved at all for ${retrieval.goldNotRetrieved}`,
    `- accuracy (labels right, whatever the format) ${percent(retrieval.accuracyWithGold)} with the gold article in the prompt, ${percent(retrieval.accuracyWithoutGold)} without it`,
    `- ${retrieval.failuresWithoutGold} of ${failures} failures (${percent(retrieval.shareOfFailuresWithoutGold)}) never had the gold article in the prompt`,
  ];
  return lines;
}

function retrievalFilesSection(): string[] {
  return [
    '',
    '### Retrieval files',
    '',
    '`fixfirst.yaml` reads the passages inline from the eval rows. The same retrieval is also written in TREC form: `data/run.trec` (the top 20 articles per ticket, `qid Q0 docid rank score runid`; its top 5 are the inline `contexts`), `data/qrels.trec` (the gold article per ticket, `qid 0 docid 1`) and `data/knowledge-base.jsonl` (all 60 articles, for oracle-context experiments). With the run file, "ranked 6–20" misses (reranking headroom) can be told apart from "not retrieved" ones (an index or chunking problem).',
  ];
}

function trainSection(manifest: Manifest): string[] {
  const train = manifest.train;
  if (train === undefined) return [];
  const lines = ['', '## What was planted in the training set', ''];
  const kinds = Object.keys(train.planted) as PlantKind[];
  lines.push(
    `\`data/train.jsonl\`: ${train.rows} rows in OpenAI chat fine-tuning format (system, user = the ticket, assistant = the JSON target).`,
    '',
  );
  if (kinds.length === 0) {
    lines.push(
      'Nothing was planted: no duplicates or near-duplicates, no conflicting labels, no eval tickets (training tickets are written from a separate phrase bank, so they share no long passage with the eval set), every target is compact JSON within the contract, no PII, no format errors.',
    );
  } else {
    lines.push(
      '| problem | rows | line numbers (1-based; "a←b": line a derived from line b) |',
      '|---|---:|---|',
    );
    for (const kind of kinds) {
      const record = train.planted[kind]!;
      const where = record.lines.map((line, index) => {
        if (record.sourceLines !== undefined) return `${line}←${record.sourceLines[index]}`;
        if (record.evalIds !== undefined) return `${line} (${record.evalIds[index]})`;
        return String(line);
      });
      lines.push(`| ${kind}: ${plantKinds[kind].summary} | ${record.count} | ${where.join(', ')} |`);
    }
  }
  if (kinds.length > 0) {
    lines.push(
      '',
      `What an audit should therefore find, measured on lower-case words: ${train.derived.repeatedPrompts} rows repeat an earlier row's ticket exactly (the exact duplicates and the exact-prompt conflicts), and ${train.derived.evalItemsSharing13Gram} eval items share a 13-word passage with the training set — the leaked tickets themselves plus eval tickets that share a long passage with a leaked one.`,
    );
  }
  const labelled = Object.values(train.categories).reduce((sum, count) => sum + count, 0);
  const counts = categories.map((category) => ({ category, count: train.categories[category] ?? 0 }));
  const rarest = counts.reduce((low, entry) => (entry.count < low.count ? entry : low));
  const threshold = 0.1 / categories.length;
  lines.push(
    '',
    `Categories of the ${labelled} targets that parse as JSON (${train.unlabelledTargets} do not): ${counts.map((entry) => `${entry.category} ${entry.count}`).join(', ')}. The rarest, ${rarest.category}, is ${percent(rarest.count / labelled)} of them, ${rarest.count / labelled < threshold ? 'below' : 'above'} cleanlab's class-imbalance line of 0.1/K = ${percent(threshold)}.`,
  );
  return lines;
}

/** README.md of an example: the situation, the expected verdict and why, what was planted, how to regenerate. */
export function renderReadme(generated: GeneratedExample, files: readonly [string, string][]): string {
  const { profile, manifest } = generated;
  const lines = [
    `# ${profile.title}`,
    '',
    `> Generated by \`examples/generate.ts\` (seed ${manifest.seed}). Do not edit by hand: change the generator and run \`npm run examples\`. A test regenerates every example and checks it byte for byte.`,
    '',
    profile.story,
    '',
    '```sh',
    `npx fixfirst diagnose examples/${profile.name}`,
    '```',
    '',
    `## Expected verdict: ${profile.expected.verdict}`,
    '',
    ...profile.expected.why.map((reason) => `- ${reason}`),
    '',
    '## Files',
    '',
    '| file | bytes |',
    '|---|---:|',
    ...files.map(([path, content]) => `| \`${path}\` | ${Buffer.byteLength(content)} |`),
    '',
    '`manifest.json` lists everything below in machine-readable form.',
    '',
    ...evalSection(manifest),
    ...(profile.runFile ? retrievalFilesSection() : []),
    ...trainSection(manifest),
    '',
    '## Regenerate',
    '',
    '```sh',
    'npm run examples            # rewrites every folder under examples/ from its seed',
    'npx tsx examples/generate.ts /tmp/out   # or writes them elsewhere, to compare',
    '```',
    '',
    'The generator builds tickets from 48 ticket topics (each with its knowledge-base article, phrasings, details and replies) and generic phrases, in two phrase banks: eval tickets use one, training tickets the other, so only planted rows connect the two. `generateSupportBot({seed, items, trainRows})` in `examples/generate.ts` makes the same data at any size (the benchmarks use 100,000 items).',
    '',
  ];
  return lines.join('\n');
}

/** examples/README.md: one line per example with the verdict it is built to produce. */
export function renderIndex(examples: readonly GeneratedExample[]): string {
  const lines = [
    '# Examples',
    '',
    '> Generated by `examples/generate.ts`: run `npm run examples` to regenerate every folder from its seed. A test checks that the committed files are byte for byte what the generator makes, and that each `manifest.json` is true of its data.',
    '',
    'Each folder is a complete fixfirst project (offline: recorded outputs, no key needed) built so that one verdict is right. Its README says what was planted and why that verdict follows.',
    '',
    '| example | expected verdict | eval items | training rows | the situation |',
    '|---|---|---:|---:|---|',
    ...examples.map(
      ({ profile, manifest }) =>
        `| [${profile.name}](${profile.name}/README.md) | ${profile.expected.verdict} | ${manifest.eval.items} | ${manifest.train?.rows ?? '—'} | ${profile.title.split(': ').slice(1).join(': ')} |`,
    ),
    '',
    '```sh',
    'npx fixfirst diagnose examples/support-bot',
    '```',
    '',
  ];
  return lines.join('\n');
}
