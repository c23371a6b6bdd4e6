import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('report.json', () => {
  const rows = Array.from({ length: 60 }, (_, index) => ({
    id: `t${index}`,
    input: `question ${index}`,
    reference: '{"a":1}',
    output: index % 3 === 0 ? '{"a":1}' : index % 3 === 1 ? '```json\n{"a":1}\n```' : '{"a":2}',
    contexts: [{ id: `d${index % 4}`, text: 'passage' }],
    gold_ids: ['d0'],
    tags: { segment: index % 2 ? 'a' : 'b' },
  }));
  const dir = tempProject({
    'fixfirst.yaml':
      'task: schema test\neval: eval.jsonl\nscore: { type: exact }\ncontract:\n  - { check: json }\n',
    'eval.jsonl': jsonl(rows),
  });

  it('printed by --json is valid against schemas/report.schema.json and carries the contract fields', () => {
    const run = runCli(['diagnose', dir, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const valid = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.schemaVersion).toBe(1);
    expect([
      'FIX_PROMPT',
      'FIX_FOUNDATION',
      'FIX_DATA',
      'NOT_WORTH_IT',
      'FINE_TUNE',
      'INCONCLUSIVE',
    ]).toContain(report.verdict.decision);
    for (const key of ['surface', 'data', 'cost', 'foundation'])
      expect(report.questions[key].status).toBeTypeOf('string');
    expect(report.summary.items).toBe(60);
    expect(report.summary.accuracyStrict).toMatchObject({
      value: expect.any(Number),
      low: expect.any(Number),
      high: expect.any(Number),
    });
    expect(report.headroom.length).toBeGreaterThan(0);
    expect(report.items[1]).toMatchObject({
      id: 't1',
      class: expect.any(String),
      correctStrict: false,
      checks: [{ check: 'json', pass: false, passLoose: expect.any(Boolean) }],
    });
  });

  it('--out writes report.json and report.md; the terminal summary still prints', () => {
    const out = tempProject({});
    const run = runCli(['diagnose', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/VERDICT/);
    const report = JSON.parse(readFileSync(`${out}/report.json`, 'utf8'));
    expect(validate(report)).toBe(true);
    expect(readFileSync(`${out}/report.md`, 'utf8')).toMatch(/^## fixfirst: \*\*/);
  });

  it('is deterministic apart from the timestamp', () => {
    const first = JSON.parse(runCli(['diagnose', dir, '--json']).stdout);
    const second = JSON.parse(runCli(['diagnose', dir, '--json']).stdout);
    first.generatedAt = second.generatedAt = '';
    expect(first).toEqual(second);
  });
});

describe('--fail-on', () => {
  const dir = tempProject({
    'fixfirst.yaml': 'eval: eval.jsonl\nscore: { type: exact }\n',
    'eval.jsonl': jsonl(
      Array.from({ length: 60 }, (_, index) => ({
        id: index,
        input: 'q',
        reference: 'a',
        output: index < 30 ? 'a' : 'b',
      })),
    ),
  });
  it('exits 10 when a condition holds and says which', () => {
    const run = runCli(['diagnose', dir, '--quiet', '--fail-on', 'accuracy<0.9']);
    expect(run.code).toBe(10);
    expect(run.stderr).toMatch(/--fail-on matched: accuracy<0\.9/);
    expect(run.stdout).toBe('');
  });
  it('exits 0 when no condition holds', () => {
    expect(runCli(['diagnose', dir, '--quiet', '--fail-on', 'accuracy<0.4,FINE_TUNE']).code).toBe(0);
  });
});
