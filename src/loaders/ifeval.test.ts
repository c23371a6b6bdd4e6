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
    expect(message).toContain('input.jsonl:1: field "kwargs[0].num_words": expected number, received string');
    expect(message).toContain('input.jsonl:2: field "kwargs[0].keyword": required string missing');
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
});
