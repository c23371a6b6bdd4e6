import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cities = ['Lyon', 'Oslo', 'Porto', 'Graz', 'Turin', 'Ghent', 'Bergen', 'Malmo', 'Split', 'Cork'];

/** Options of a generated "warehouse" project (the task the scripted test model knows). */
export interface WarehouseProjectOptions {
  items: number;
  /** Training examples for the k-shot ladder (0: no `train:`). */
  trainExamples?: number;
  /** Extra fixfirst.yaml lines (indented under `live:`). */
  live?: Record<string, unknown>;
  /** Recorded outputs in the eval file. */
  withOutputs?: boolean;
  model?: string;
  /** Leave out the `prompt:` section (each item's input is then sent bare). */
  withoutPrompt?: boolean;
}

/**
 * Writes a project folder for the scripted test model: items "Where is warehouse Wn?" whose answer
 * is a JSON object; the gold passage reaches the prompt for odd n only (the rest must come from the
 * corpus); a JSON contract the model follows only when asked. Returns the folder.
 */
export function writeWarehouseProject(options: WarehouseProjectOptions): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-live-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'prompts'));
  const rows: string[] = [];
  const corpus: string[] = [];
  for (let n = 1; n <= options.items; n++) {
    const city = cities[n % cities.length]!;
    const gold = { id: `doc-${n}`, text: `Warehouse W${n} is located in ${city}.` };
    const distractor = (m: number) => ({
      id: `doc-${m}`,
      text: `Warehouse W${m} is located in ${cities[m % cities.length]}.`,
    });
    const contexts =
      n % 2 === 1 ? [distractor(n + 1000), gold] : [distractor(n + 1000), distractor(n + 2000)];
    const row: Record<string, unknown> = {
      id: `W${n}`,
      input: `Where is warehouse W${n}?`,
      reference: { answer: city },
      contexts,
      gold_ids: [gold.id],
    };
    if (options.withOutputs) row.output = JSON.stringify({ answer: n % 3 === 0 ? city : 'Paris' });
    rows.push(JSON.stringify(row));
    corpus.push(JSON.stringify({ _id: gold.id, title: '', text: gold.text }));
  }
  writeFileSync(join(dir, 'data', 'eval.jsonl'), `${rows.join('\n')}\n`);
  writeFileSync(join(dir, 'data', 'corpus.jsonl'), `${corpus.join('\n')}\n`);
  const train = options.trainExamples ?? 0;
  if (train > 0) {
    const examples: string[] = [];
    for (let t = 1; t <= train; t++) {
      const city = cities[(t * 7) % cities.length]!;
      examples.push(
        JSON.stringify({
          messages: [
            { role: 'user', content: `Where is warehouse T${t}? Warehouse T${t} is located in ${city}.` },
            { role: 'assistant', content: JSON.stringify({ answer: city }) },
          ],
        }),
      );
    }
    writeFileSync(join(dir, 'data', 'train.jsonl'), `${examples.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'prompts', 'system.md'), 'You answer questions about warehouses.\n');
  const live = {
    corpus: 'data/corpus.jsonl',
    max_output_tokens: 64,
    timeout_seconds: 5,
    batch_size: 10,
    ...options.live,
  };
  const yaml = [
    'task: Answer where a warehouse is',
    'eval: data/eval.jsonl',
    ...(train > 0 ? ['train: data/train.jsonl'] : []),
    `model: ${options.model ?? 'openai:test-model'}`,
    ...(options.withoutPrompt
      ? []
      : ['prompt:', '  system: prompts/system.md', '  template: "{{input}}\\n\\nContext:\\n{{context}}"']),
    'score: { type: exact }',
    'contract:',
    '  - { check: json, object: true }',
    'thresholds: { min_items: 20, min_failures: 5 }',
    'live:',
    ...Object.entries(live).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
  ];
  writeFileSync(join(dir, 'fixfirst.yaml'), `${yaml.join('\n')}\n`);
  return dir;
}
