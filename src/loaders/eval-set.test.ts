import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/helpers/temp-project.js';
import { FixfirstError } from '../core/errors.js';
import { loadEvalSet } from './eval-set.js';

function load(
  name: string,
  content: string,
  overrides: { requireOutput?: boolean | 'when-any'; requireReference?: boolean } = {},
) {
  const dir = tempProject({ [name]: content });
  return loadEvalSet({
    path: `${dir}/${name}`,
    shownAs: name,
    requireOutput: true,
    requireReference: true,
    ...overrides,
  });
}

describe('loadEvalSet', () => {
  it('reads JSONL with every field of DESIGN §4', () => {
    const row = {
      id: 7,
      input: [
        { role: 'system', content: 's' },
        { role: 'user', content: 'u' },
      ],
      reference: { category: 'billing' },
      output: { category: 'billing' },
      contexts: ['first passage', { id: 'kb-2', text: 'second' }],
      gold_ids: ['kb-2'],
      contract: [{ check: 'max_words', n: 10 }],
      tags: { plan: 'pro', seats: 3, trial: false },
    };
    const { cases, format, warnings } = load('eval.jsonl', `${JSON.stringify(row)}\n`);
    expect(format).toBe('jsonl');
    expect(warnings).toEqual([]);
    expect(cases[0]).toEqual({
      id: '7',
      input: row.input,
      reference: { category: 'billing' },
      output: '{"category":"billing"}',
      contexts: [
        { id: 'ctx-1', text: 'first passage' },
        { id: 'kb-2', text: 'second' },
      ],
      goldIds: ['kb-2'],
      contract: [{ check: 'max_words', n: 10 }],
      tags: { plan: 'pro', seats: 3, trial: false },
      line: 1,
    });
  });

  it('reads a JSON array and {"items": [...]}, with record numbers as lines', () => {
    const rows = [{ id: 'a', input: 'q', reference: 'r', output: 'o' }];
    expect(load('eval.json', JSON.stringify(rows)).cases[0]!.line).toBe(1);
    expect(load('eval.json', JSON.stringify({ items: rows })).cases).toHaveLength(1);
  });

  it('reads CSV with JSON cells, pipe-separated gold ids and tags.* columns', () => {
    const csv =
      'id,input,reference,output,contexts,gold_ids,tags.plan\n1,q,r,o,"[{""id"":""d1"",""text"":""t""}]",d1|d2,pro\n';
    const [evalCase] = load('eval.csv', csv).cases;
    expect(evalCase).toMatchObject({
      id: '1',
      contexts: [{ id: 'd1', text: 't' }],
      goldIds: ['d1', 'd2'],
      tags: { plan: 'pro' },
    });
  });

  it('accepts other tools’ field names with a warning and lists ignored fields once', () => {
    const text = `${JSON.stringify({ question: 'q', expected: 'r', response: 'o', extra: 1 })}\n${JSON.stringify({ question: 'q2', expected: 'r', response: 'o', extra: 2 })}\n`;
    const { cases, warnings } = load('eval.jsonl', text);
    expect(cases[1]).toMatchObject({ id: 'row-2', input: 'q2', reference: 'r', output: 'o' });
    expect(warnings.map((warning) => warning.code).sort()).toEqual([
      'field_alias',
      'field_alias',
      'field_alias',
      'ignored_field',
    ]);
    expect(warnings.find((warning) => warning.code === 'ignored_field')!.message).toMatch(
      /"extra" in 2 row\(s\)/,
    );
  });

  it('does not require output or reference when the caller does not', () => {
    expect(
      load('eval.jsonl', '{"id": 1, "input": "q"}\n', { requireOutput: false, requireReference: false })
        .cases,
    ).toHaveLength(1);
  });

  it('requireOutput "when-any": no output anywhere is fine; one output makes every row without one a problem, worded as when required', () => {
    const bare = '{"id": 1, "input": "q"}\n{"id": 2, "input": "q"}\n';
    expect(
      load('eval.jsonl', bare, { requireOutput: 'when-any', requireReference: false }).cases,
    ).toHaveLength(2);

    const mixed = [
      '{"id": 1, "input": "q", "output": "a"}',
      '{"id": 2, "input": "q"}',
      '{"id": 3, "input": "q", "ouptut": "a"}',
      '{"id": {}, "input": "q"}',
    ].join('\n');
    const problems = (requireOutput: true | 'when-any') => {
      try {
        load('eval.jsonl', mixed, { requireOutput, requireReference: false });
      } catch (error) {
        if (!FixfirstError.isInstance(error)) throw error;
        return [{ location: error.location, problem: error.message }, ...error.others].map(
          (problem) => `${problem.location.line} ${problem.location.field}: ${problem.problem}`,
        );
      }
      throw new Error('expected a FixfirstError');
    };
    const whenAny = problems('when-any');
    expect(whenAny).toEqual([
      '2 output: missing; offline diagnosis reads the recorded model output of every item',
      '3 output: missing; this row has an unknown field "ouptut" — did you mean "output"?',
      '4 id: expected a string or number, got an object',
      '4 output: missing; offline diagnosis reads the recorded model output of every item',
    ]);
    expect(new Set(whenAny)).toEqual(new Set(problems(true)));
  });

  it('rejects an unknown format with the accepted ones', () => {
    expect(() => load('eval.txt', 'x')).toThrow(
      /unknown eval-set format "txt"; expected one of jsonl, json, csv/,
    );
  });
});
