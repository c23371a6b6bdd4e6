import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectHelpers } from '../../project/prepare-project.js';
import { rejection, scoreBoth, scorerFor, verdicts } from '../../testing/scorer-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'fixfirst-custom-scorer-'));
const helpers = projectHelpers(dir, 'fixfirst.yaml');
const modules: Record<string, string> = {
  'equal.mjs': `export default function ({ output, reference, mode }) {
    return mode === 'strict' ? output === reference : output.trim().toLowerCase() === reference;
  }`,
  'graded.mjs': `export async function overlap({ output, reference }) {
    const wanted = new Set(reference);
    const given = output.split(',').map((part) => part.trim());
    return given.filter((part) => wanted.has(part)).length / wanted.size;
  }
  export const notAFunction = 42;`,
  'detailed.mjs': `export default ({ output }) =>
    output.includes('refund') ? { correct: true } : { correct: false, score: 0.25, detail: 'no refund mentioned' };`,
  'echo.mjs': `export default (argument) => ({ correct: true, detail: JSON.stringify(argument) });`,
  'throws.mjs': `export default ({ output }) => { if (output === 'boom') throw new Error('cannot parse boom'); return true; };`,
  'rejects.mjs': `export default async () => { throw new TypeError('async failure'); };`,
  'bad-return.mjs': `export default ({ output }) => (output === 'string' ? 'yes' : output === 'big' ? 1.5 : { correct: 'yes' });`,
  'broken.mjs': 'export default function (',
};
for (const [name, source] of Object.entries(modules)) writeFileSync(join(dir, name), source);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('custom scorer', () => {
  it('runs the default export in both modes, telling it the mode', async () => {
    const scorer = await scorerFor({ type: 'custom', module: 'equal.mjs' }, helpers);
    expect(await verdicts(scorer, 'billing', 'billing')).toEqual([true, true]);
    expect(await verdicts(scorer, ' Billing ', 'billing')).toEqual([false, true]);
    expect(await verdicts(scorer, 'shipping', 'billing')).toEqual([false, false]);
  });

  it('passes output, reference, input, mode and id', async () => {
    const scorer = await scorerFor({ type: 'custom', module: 'echo.mjs' }, helpers);
    const { strict } = await scoreBoth(scorer, 'out', { a: 1 }, 'row-9');
    expect(JSON.parse(strict.detail!)).toEqual({
      output: 'out',
      reference: { a: 1 },
      input: 'the input',
      mode: 'strict',
      id: 'row-9',
    });
  });

  it('takes a named async export returning a score, correct at the threshold', async () => {
    const scorer = await scorerFor(
      { type: 'custom', module: 'graded.mjs', export: 'overlap', threshold: 0.5 },
      helpers,
    );
    const half = await scoreBoth(scorer, 'a, x', ['a', 'b']);
    expect(half.strict).toEqual({ correct: true, score: 0.5 });
    const quarter = await scoreBoth(scorer, 'a', ['a', 'b', 'c', 'd']);
    expect(quarter.strict).toEqual({ correct: false, score: 0.25 });
  });

  it('takes {correct, score, detail} results', async () => {
    const scorer = await scorerFor({ type: 'custom', module: 'detailed.mjs' }, helpers);
    expect((await scoreBoth(scorer, 'a refund', 'x')).strict).toEqual({ correct: true, score: 1 });
    expect((await scoreBoth(scorer, 'sorry', 'x')).strict).toEqual({
      correct: false,
      score: 0.25,
      detail: 'no refund mentioned',
    });
  });

  it('requires references unless requires_reference is false', async () => {
    expect((await scorerFor({ type: 'custom', module: 'equal.mjs' }, helpers)).requiresReference).toBe(true);
    const free = await scorerFor({ type: 'custom', module: 'equal.mjs', requires_reference: false }, helpers);
    expect(free.requiresReference).toBe(false);
  });

  it('a missing export is a config error naming the module and the export', async () => {
    const error = await rejection(
      scorerFor({ type: 'custom', module: 'graded.mjs', export: 'overlaps' }, helpers),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toBe('module "graded.mjs" has no export "overlaps". Did you mean "overlap"?');
    expect(error.location).toMatchObject({ file: 'fixfirst.yaml', line: 7, field: 'score.export' });
    expect(error.hint).toContain('exports found: notAFunction, overlap');
    const noDefault = await rejection(scorerFor({ type: 'custom', module: 'graded.mjs' }, helpers));
    expect(noDefault.message).toContain('has no export "default"');
  });

  it('an export that is not a function is a config error', async () => {
    const error = await rejection(
      scorerFor({ type: 'custom', module: 'graded.mjs', export: 'notAFunction' }, helpers),
    );
    expect(error.message).toBe('export "notAFunction" of module "graded.mjs" is a number, not a function');
  });

  it('a missing module is located at score.module with the path looked for; one that does not parse, at the module', async () => {
    const missing = await rejection(scorerFor({ type: 'custom', module: 'nope.mjs' }, helpers));
    expect(missing.code).toBe('CONFIG_INVALID');
    expect(missing.location).toEqual({ file: 'fixfirst.yaml', line: 7, field: 'score.module' });
    expect(missing.message).toBe('no such file nope.mjs');
    expect(missing.hint).toContain(`looked for ${join(dir, 'nope.mjs')}`);
    const broken = await rejection(scorerFor({ type: 'custom', module: 'broken.mjs' }, helpers));
    expect(broken.message).toContain('cannot import module');
    expect(broken.location.file).toMatch(/broken\.mjs$/);
    expect(broken.message).not.toMatch(/imported from|dist\//);
  });

  it('a throw inside the function is an input error naming the module and the item', async () => {
    const scorer = await scorerFor({ type: 'custom', module: 'throws.mjs' }, helpers);
    expect(await verdicts(scorer, 'fine', 'x')).toEqual([true, true]);
    const error = await rejection(scoreBoth(scorer, 'boom', 'x', 'ticket-17'));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toBe(
      'custom scorer throws.mjs#default threw on item "ticket-17" (strict mode): cannot parse boom',
    );
    const asyncScorer = await scorerFor({ type: 'custom', module: 'rejects.mjs' }, helpers);
    const asyncError = await rejection(scoreBoth(asyncScorer, 'x', 'x', 'ticket-18'));
    expect(asyncError.message).toContain('threw on item "ticket-18" (strict mode): async failure');
  });

  it('a bad return value is an input error naming the module, the item and the value', async () => {
    const scorer = await scorerFor({ type: 'custom', module: 'bad-return.mjs' }, helpers);
    const text = await rejection(scoreBoth(scorer, 'string', 'x', 'a'));
    expect(text.code).toBe('INPUT_INVALID');
    expect(text.message).toBe(
      'custom scorer bad-return.mjs#default returned "yes" for item "a" (strict mode)',
    );
    expect(text.hint).toContain('a number in [0, 1]');
    expect((await rejection(scoreBoth(scorer, 'big', 'x', 'b'))).message).toContain('returned 1.5');
    expect((await rejection(scoreBoth(scorer, 'object', 'x', 'c'))).message).toContain(
      'returned {"correct":"yes"}',
    );
  });

  it('rejects a missing module parameter', async () => {
    const error = await rejection(scorerFor({ type: 'custom' }, helpers));
    expect(error.location.field).toBe('score.module');
  });
});
