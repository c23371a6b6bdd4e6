import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../core/errors.js';
import { loadIfeval } from './ifeval.js';

function files(input: unknown[] | string, responses: unknown[] | string) {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-ifeval-'));
  const lines = (rows: unknown[] | string) =>
    typeof rows === 'string' ? rows : rows.map((row) => JSON.stringify(row)).join('\n');
  writeFileSync(join(dir, 'input.jsonl'), lines(input));
  writeFileSync(join(dir, 'responses.jsonl'), lines(responses));
  return {
    input: { path: join(dir, 'input.jsonl'), shownAs: 'input.jsonl' },
    responses: { path: join(dir, 'responses.jsonl'), shownAs: 'responses.jsonl' },
  };
}

async function problems(input: unknown[] | string, responses: unknown[] | string): Promise<string> {
  try {
    await loadIfeval(files(input, responses));
  } catch (error) {
    if (FixfirstError.isInstance(error)) {
      expect(error.code).toBe('INPUT_INVALID');
      return error.render();
    }
    throw error;
  }
  throw new Error('expected the files to be rejected');
}

const row = (key: number, prompt: string, ids: string[], kwargs: object[]) => ({
  key,
  prompt,
  instruction_id_list: ids,
  kwargs,
});

describe('loadIfeval', () => {
  it('pairs prompts with responses and turns instructions into contracts, dropping null kwargs', async () => {
    const items = await loadIfeval(
      files(
        [
          row(
            7,
            'Write a poem.',
            ['punctuation:no_comma', 'length_constraints:number_words'],
            [{}, { relation: 'at least', num_words: 5, keyword: null }],
          ),
        ],
        [{ prompt: 'Write a poem.', response: 'Roses are red' }],
      ),
    );
    expect(items).toEqual([
      {
        id: '7',
        prompt: 'Write a poem.',
        response: 'Roses are red',
        inputLine: 1,
        contract: [
          { check: 'punctuation:no_comma' },
          { check: 'length_constraints:number_words', relation: 'at least', num_words: 5 },
        ],
      },
    ]);
  });
  it('names an unknown instruction id with the nearest one', async () => {
    const message = await problems(
      [row(1, 'p', ['punctuation:no_commas'], [{}])],
      [{ prompt: 'p', response: 'r' }],
    );
    expect(message).toContain(
      'input.jsonl:1: field "instruction_id_list[0]": unknown instruction id "punctuation:no_commas". Did you mean "punctuation:no_comma"?',
    );
  });
  it('reports kwargs of the wrong type or missing, with their field', async () => {
    const message = await problems(
      [
        row(1, 'p', ['length_constraints:number_words'], [{ relation: 'at least', num_words: '300' }]),
        row(2, 'q', ['keywords:frequency'], [{ frequency: 2, relation: 'at least' }]),
      ],
      [
        { prompt: 'p', response: 'r' },
        { prompt: 'q', response: 'r' },
      ],
    );
    expect(message).toContain(
      'input.jsonl:1: field "kwargs[0].num_words": expected a number, got the text "300"\n  fix: write a number, e.g. `num_words: 300`',
    );
    expect(message).toContain('input.jsonl:2: field "kwargs[0].keyword": missing: a text is required here');
  });
  it('says which response does not match its input row, and where it belongs', async () => {
    const message = await problems(
      [row(1, 'first', [], []), row(2, 'second', [], [])],
      [
        { prompt: 'second', response: 'a' },
        { prompt: 'first', response: 'b' },
      ],
    );
    expect(message).toContain(
      'responses.jsonl:1: field "prompt": this response\'s prompt does not match input row 1 (key 1, input.jsonl:1)',
    );
    expect(message).toContain('it matches input row 2');
  });
  it('rejects missing responses, bad JSON and duplicate keys', async () => {
    expect(
      await problems([row(1, 'p', [], []), row(2, 'q', [], [])], [{ prompt: 'p', response: 'r' }]),
    ).toContain('1 responses for 2 input rows');
    expect(await problems('{"key": 1,', [{ prompt: 'p', response: 'r' }])).toMatch(
      /input\.jsonl:1: not valid JSON/,
    );
    expect(
      await problems(
        [row(1, 'p', [], []), row(1, 'q', [], [])],
        [
          { prompt: 'p', response: 'r' },
          { prompt: 'q', response: 'r' },
        ],
      ),
    ).toContain('duplicate key 1 (first used on line 1)');
  });
  it('an invalid input row is reported alone: the responses still pair by row, with no count mismatch', async () => {
    const inputs = [1, 2, 3, 4, 5].map((key) => row(key, `p${key}`, ['punctuation:no_comma'], [{}]));
    inputs[2] = { ...inputs[2]!, kwargs: 'none' as never };
    const responses = [1, 2, 3, 4, 5].map((key) => ({ prompt: `p${key}`, response: 'r' }));
    const message = await problems(inputs, responses);
    expect(message).toContain('input.jsonl:3: field "kwargs": expected a list of 1 kwargs objects');
    expect(message).not.toContain('responses for');
    expect(message).not.toContain('does not match');
    // A duplicate key leaves its row out too, without shifting the pairs after it.
    inputs[2] = row(2, 'p3', ['punctuation:no_comma'], [{}]);
    const duplicate = await problems(inputs, responses);
    expect(duplicate).toContain('input.jsonl:3: field "key": duplicate key 2');
    expect(duplicate).not.toMatch(/responses for|does not match/);
  });
});
