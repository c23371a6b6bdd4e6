import type { GeneratedExample } from './example.js';
import { promptPassages } from './example.js';
import { renderConfig, renderSchema } from './project-config.js';
import { renderReadme } from './readme.js';

/** JSON Lines: one compact JSON value per line, a newline after the last. */
export function jsonLines(rows: Iterable<unknown>): string {
  let text = '';
  for (const row of rows) text += `${JSON.stringify(row)}\n`;
  return text;
}

/**
 * Every file of an example folder, path (relative to the folder) → content, in a stable order.
 * README.md comes last because it lists the others' sizes.
 */
export function renderExampleFiles(generated: GeneratedExample): Map<string, string> {
  const { profile, evalItems, trainEntries, knowledgeBase, manifest } = generated;
  const files: [string, string][] = [
    ['fixfirst.yaml', renderConfig(profile)],
    ['schema.json', renderSchema()],
    ['prompts/system.md', profile.systemPrompt],
    ['data/eval.jsonl', jsonLines(evalItems.map((item) => item.row))],
  ];
  if (trainEntries !== undefined)
    files.push(['data/train.jsonl', jsonLines(trainEntries.map((entry) => entry.row))]);
  if (profile.runFile) {
    files.push(
      [
        'data/knowledge-base.jsonl',
        jsonLines(knowledgeBase.map(({ id, title, text }) => ({ id, title, text }))),
      ],
      [
        'data/run.trec',
        evalItems
          .flatMap((item) =>
            item.ranking.map(
              (entry, index) =>
                `${item.row.id} Q0 ${entry.id} ${index + 1} ${entry.score.toFixed(4)} kestrel-hybrid\n`,
            ),
          )
          .join(''),
      ],
      ['data/qrels.trec', evalItems.map((item) => `${item.row.id} 0 ${item.row.gold_ids[0]} 1\n`).join('')],
    );
  }
  files.push(['manifest.json', `${JSON.stringify(manifest, null, 2)}\n`]);
  files.push(['README.md', renderReadme(generated, files)]);
  if (promptPassages !== manifest.eval.retrieval.k) throw new Error('manifest k out of step with the config');
  return new Map(files);
}
