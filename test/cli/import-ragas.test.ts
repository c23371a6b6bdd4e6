import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

/** 24 samples: 12 whose answer is in a retrieved context and correct, 12 whose answer is in none and wrong. */
function samples() {
  return Array.from({ length: 24 }, (_, index) => {
    const found = index < 12;
    return {
      question: `What is the capital of country ${index}?`,
      contexts: [
        `Country ${index} is large.`,
        found ? `The capital of country ${index} is City${index}.` : 'Weather is mild.',
      ],
      answer: found ? `City${index}` : 'I am not sure',
      ground_truth: `City${index}`,
    };
  });
}

describe('fixfirst import ragas', () => {
  it('writes eval.jsonl and fixfirst.yaml that diagnose reads, with Q4 by answer-in-context', async () => {
    const dir = tempProject({ 'ragas.jsonl': jsonl(samples()) });
    const out = join(dir, 'project');
    const imported = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(imported.stderr).toContain('wrote');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Ragas: 24 samples (jsonl)');
    expect(readdirSync(out).sort()).toEqual(['eval.jsonl', 'fixfirst.yaml']);
    const yaml = readFileSync(join(out, 'fixfirst.yaml'), 'utf8');
    expect(yaml).toContain('retrieval: { k: 2 }');
    expect(yaml).toContain('score: { type: token-f1, threshold: 0.5 }');
    const first = JSON.parse(readFileSync(join(out, 'eval.jsonl'), 'utf8').split('\n')[0]!);
    expect(first).toMatchObject({
      id: 'row-1',
      input: 'What is the capital of country 0?',
      reference: 'City0',
      output: 'City0',
    });

    const diagnosed = await runMain(['diagnose', out, '--json']);
    expect(diagnosed.code).toBe(0);
    const foundation = JSON.parse(diagnosed.stdout).questions.foundation;
    expect(foundation.goldSource).toBe('answer_in_context');
    expect(foundation.status).toBe('foundation_gap');
    expect(foundation.items).toMatchObject({
      assessed: 24,
      goldPresent: 12,
      goldMissing: 12,
      failuresGoldMissing: 12,
    });
  });
  it('writes nothing when a row is wrong, naming file, line and field (exit 3)', async () => {
    const rows = samples();
    delete (rows[4] as Partial<(typeof rows)[number]>).answer;
    const dir = tempProject({ 'ragas.jsonl': jsonl(rows) });
    const out = join(dir, 'project');
    const result = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/ragas\.jsonl:5: field "answer"/);
    expect(existsSync(out)).toBe(false);
  });
  it('refuses a non-empty --out without --force (exit 2), and replaces the files with it', async () => {
    const dir = tempProject({ 'ragas.jsonl': jsonl(samples()) });
    const out = join(dir, 'project');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const refused = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the output folder is not empty');
    expect(existsSync(join(out, 'eval.jsonl'))).toBe(false);
    const forced = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['eval.jsonl', 'fixfirst.yaml', 'notes.txt']);
  });
  it('rejects an unknown file format and runs as the real executable', () => {
    const dir = tempProject({ 'ragas.parquet': 'x' });
    const result = runCli(['import', 'ragas', join(dir, 'ragas.parquet'), '--out', join(dir, 'out')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('unknown format "parquet"');
  });
});
