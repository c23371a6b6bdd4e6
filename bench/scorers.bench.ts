/**
 * Scorer throughput: items per second for every built-in scorer, strict and lenient, on generated
 * outputs (one third clean, one third dressed in surface noise, one third wrong). Both modes are
 * run on every item (diagnose runs lenient only after a strict failure, so this is the worst case),
 * after an untimed warm-up on 5,000 items. A bare JSON.parse loop is printed last to calibrate the machine.
 * Usage: npm run bench -- scorers
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveScorer } from '../src/checks/resolve.js';
import type { JsonValue } from '../src/core/json.js';
import { projectHelpers } from '../src/project/prepare-project.js';
import { mulberry32 } from '../src/stats/random.js';

const itemCount = 100_000;
const categories = ['billing', 'shipping', 'account access', 'refunds', 'technical'];
const priorities = ['low', 'medium', 'high'];

interface Item {
  output: string;
  reference: JsonValue;
}

type Generator = (index: number, next: () => number) => Item;

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)]!;

const generators: Record<string, { spec: { type: string; [key: string]: unknown }; generate: Generator }> = {
  exact: {
    spec: { type: 'exact' },
    generate: (index, next) => {
      const label = pick(categories, next);
      const outputs = [label, `**Answer:** ${label.toUpperCase()}.`, pick(categories, next)];
      return { output: outputs[index % 3]!, reference: label };
    },
  },
  normalized: {
    spec: { type: 'normalized' },
    generate: (index, next) => {
      const label = pick(categories, next);
      const outputs = [` ${label.toUpperCase()} `, `Sure! Here it is:\n\`\`\`\n${label}\n\`\`\``, 'no idea'];
      return { output: outputs[index % 3]!, reference: label };
    },
  },
  label: {
    spec: { type: 'label', labels: categories, synonyms: { billing: ['invoice', 'payment'] } },
    generate: (index, next) => {
      const label = pick(categories, next);
      const outputs = [label, `I think this ticket is about ${label}, based on the message.`, 'not sure'];
      return { output: outputs[index % 3]!, reference: label };
    },
  },
  'json-fields': {
    spec: { type: 'json-fields', fields: ['category', 'priority'], synonyms: { high: ['urgent'] } },
    generate: (index, next) => {
      const reference = {
        category: pick(categories, next),
        priority: pick(priorities, next),
        reply: 'Thanks!',
      };
      const clean = JSON.stringify(reference);
      const noisy = `Sure! Here is the result:\n\`\`\`json\n${JSON.stringify({ Category: reference.category.toUpperCase(), Priority: reference.priority, Reply: 'Thanks for writing in, we are on it.' }, null, 2)}\n\`\`\`\nLet me know if you need more.`;
      const wrong = JSON.stringify({ ...reference, category: 'other' });
      return { output: [clean, noisy, wrong][index % 3]!, reference };
    },
  },
  number: {
    spec: { type: 'number', tolerance: 0.01 },
    generate: (index, next) => {
      const value = Math.round(next() * 1_000_000) / 100;
      const outputs = [
        String(value),
        `We add the parts: 12 + 30 = 42, then scale.\nFinal answer: $${value.toLocaleString('en-US')}`,
        String(value + 1),
      ];
      return { output: outputs[index % 3]!, reference: value };
    },
  },
  contains: {
    spec: { type: 'contains' },
    generate: (index, next) => {
      const fact = `order ${Math.floor(next() * 100000)}`;
      const outputs = [
        `Your ${fact} has shipped and will arrive on Tuesday.`,
        `Your **${fact.toUpperCase()}** has shipped.`,
        'We are looking into it.',
      ];
      return { output: outputs[index % 3]!, reference: fact };
    },
  },
  regex: {
    spec: { type: 'regex', pattern: '^(?:refund|reimburse)\\b', flags: 'i' },
    generate: (index) => ({
      output: ['refund approved', '**Answer:** reimburse in full', 'we cannot help'][index % 3]!,
      reference: null,
    }),
  },
  'token-f1': {
    spec: { type: 'token-f1' },
    generate: (index, next) => {
      const answer = `the ${pick(categories, next)} team in ${pick(['Paris', 'Berlin', 'Lima'], next)}`;
      const outputs = [answer, `**Answer:** ${answer.toUpperCase()}.`, 'nobody knows'];
      return { output: outputs[index % 3]!, reference: answer };
    },
  },
  custom: {
    spec: { type: 'custom', module: 'score.mjs' },
    generate: (index, next) => {
      const label = pick(categories, next);
      return { output: [label, ` ${label} `, 'other'][index % 3]!, reference: label };
    },
  },
};

const folder = mkdtempSync(join(tmpdir(), 'fixfirst-bench-scorers-'));
writeFileSync(
  join(folder, 'score.mjs'),
  'export default ({ output, reference, mode }) => mode === "strict" ? output === reference : output.trim() === reference;\n',
);
const helpers = projectHelpers(folder, 'fixfirst.yaml');

const rows: string[][] = [];
for (const [id, { spec, generate }] of Object.entries(generators)) {
  const next = mulberry32(42);
  const items = Array.from({ length: itemCount }, (_, index) => generate(index, next));
  const scorer = await resolveScorer(spec, { file: 'bench' }, helpers);
  const timings: number[] = [];
  // CPU time is steadier than wall time on a shared machine; both are printed.
  const cpuTimings: number[] = [];
  const correct: number[] = [];
  for (const mode of ['strict', 'lenient'] as const) {
    // Untimed warm-up on the first items, so the table shows steady throughput rather than JIT compilation.
    for (let index = 0; index < 5_000; index++) {
      const item = items[index]!;
      await scorer.score(item.output, item.reference, { mode, input: '', itemId: String(index) });
    }
    let count = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      let outcome = scorer.score(item.output, item.reference, { mode, input: '', itemId: String(index) });
      if (outcome instanceof Promise) outcome = await outcome;
      if (outcome.correct) count++;
    }
    timings.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimings.push((cpu.user + cpu.system) / 1000);
    correct.push(count);
  }
  const total = timings[0]! + timings[1]!;
  rows.push([
    id,
    String(itemCount),
    timings[0]!.toFixed(0),
    timings[1]!.toFixed(0),
    total.toFixed(0),
    (cpuTimings[0]! + cpuTimings[1]!).toFixed(0),
    Math.round(itemCount / (total / 1000)).toLocaleString('en-US'),
    `${((correct[0]! / itemCount) * 100).toFixed(1)}% / ${((correct[1]! / itemCount) * 100).toFixed(1)}%`,
  ]);
}
rmSync(folder, { recursive: true, force: true });

// Calibration on this machine, now: a bare JSON.parse of 100,000 short objects (the floor for json-fields strict).
{
  const texts = Array.from({ length: itemCount }, (_, index) =>
    JSON.stringify({ category: categories[index % categories.length], priority: 'high' }),
  );
  let parsed = 0;
  const start = performance.now();
  for (const text of texts) if ((JSON.parse(text) as { priority: string }).priority === 'high') parsed++;
  const elapsed = performance.now() - start;
  rows.push([
    '(JSON.parse only)',
    String(parsed),
    elapsed.toFixed(0),
    '',
    elapsed.toFixed(0),
    '',
    Math.round(itemCount / (elapsed / 1000)).toLocaleString('en-US'),
    '',
  ]);
}

const header = [
  'scorer',
  'items',
  'strict ms',
  'lenient ms',
  'both ms',
  'both CPU ms',
  'items/s (both, wall)',
  'correct strict / lenient',
];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]!.length)),
);
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
