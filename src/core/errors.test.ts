import { describe, expect, it } from 'vitest';
import { atField, FixfirstError, ProblemCollector } from './errors.js';

function thrown(step: () => void): FixfirstError {
  try {
    step();
  } catch (error) {
    if (FixfirstError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a FixfirstError');
}

describe('ProblemCollector', () => {
  it('keeps files in the order they were first reported, lines in order; the first problem sets the code', () => {
    const collector = new ProblemCollector('CONFIG_INVALID');
    collector.add({ location: { file: 'fixfirst.yaml', line: 9 }, problem: 'b' });
    collector.add({ location: { file: 'eval.jsonl', line: 2 }, problem: 'd', code: 'INPUT_INVALID' });
    collector.add({ location: { file: 'fixfirst.yaml', line: 3 }, problem: 'a' });
    collector.add({ location: { file: 'eval.jsonl', line: 1 }, problem: 'c', code: 'INPUT_INVALID' });
    const error = thrown(() => collector.throwIfAny());
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.render().split('\n')).toEqual([
      'fixfirst.yaml:3: a',
      'fixfirst.yaml:9: b',
      'eval.jsonl:1: c',
      'eval.jsonl:2: d',
    ]);
  });

  it('absorbs an error with its others and its uncounted rest, keeping its code; caps with "… and N more"', () => {
    const inner = new ProblemCollector('INPUT_INVALID', 2);
    for (let line = 1; line <= 5; line++)
      inner.add({ location: { file: 'eval.jsonl', line }, problem: 'bad' });
    const outer = new ProblemCollector('CONFIG_INVALID', 3);
    expect(outer.attempt(() => inner.throwIfAny())).toBeUndefined();
    expect(outer.size).toBe(5);
    const error = thrown(() => outer.throwIfAny());
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.render()).toContain('… and 3 more problem(s)');
    expect(() => outer.attempt(() => JSON.parse('{'))).toThrow(SyntaxError);
  });
});

describe('atField', () => {
  it('places an error without a file at a parameter; leaves located errors alone', () => {
    const bare = new FixfirstError('CONFIG_INVALID', 'no such file x.json', { hint: 'looked for /p/x.json' });
    expect((atField(bare, 'schema') as FixfirstError).location).toEqual({ field: 'schema' });
    const located = new FixfirstError('CONFIG_INVALID', 'not valid JSON', { location: { file: 'x.json' } });
    expect(atField(located, 'schema')).toBe(located);
  });
});
