import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceRow } from '../../core/data-audit.js';
import { FixfirstError } from '../../core/errors.js';
import { openTrainingSet, parseFormatOverride, type TrainingSource } from './training-set.js';

const folder = mkdtempSync(join(tmpdir(), 'fixfirst-training-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const open = (path: string, format?: string) =>
  openTrainingSet({ path, shownAs: path, override: parseFormatOverride(format), maxLineBytes: 1024 * 1024 });
const rowsOf = async (source: TrainingSource) => {
  const rows: SourceRow[] = [];
  await source.scan((row) => rows.push(row));
  return rows;
};
const summary = (rows: SourceRow[]) =>
  rows.map((row) =>
    row.example
      ? `${row.row}:${row.example.format}`
      : `${row.row}:${row.problems.map((p) => p.kind).join('+')}`,
  );

const chatLine = (user: string, assistant: string) =>
  JSON.stringify({
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
  });
const alpaca = (instruction: string, output: string, input = '') => ({ instruction, input, output });

describe('training-set formats', () => {
  it('reads OpenAI chat JSONL with 1-based line numbers, skipping blank lines, accepting CRLF and a BOM', async () => {
    const path = file('chat.jsonl', `\uFEFF${chatLine('a', 'b')}\r\n\r\n${chatLine('c', 'd')}\r\n`);
    const source = await open(path);
    expect([source.fileFormat, source.recordFormat, source.formatOrigin]).toEqual([
      'jsonl',
      'chat',
      'detected',
    ]);
    expect(summary(await rowsOf(source))).toEqual(['1:chat', '3:chat']);
  });

  it('reads Alpaca as a JSON array (streamed, record numbers), joining instruction and input', async () => {
    const path = file(
      'alpaca.json',
      JSON.stringify([alpaca('Add', '5', '2 and 3'), alpaca('Greet', 'Hello')], null, 2),
    );
    const source = await open(path);
    expect([source.fileFormat, source.recordFormat]).toEqual(['json', 'alpaca']);
    const rows = await rowsOf(source);
    expect(rows[0]!.example!.messages.map((message) => message.content)).toEqual(['Add\n\n2 and 3', '5']);
    expect(summary(rows)).toEqual(['1:alpaca', '2:alpaca']);
  });

  it('reads a JSON object wrapping the list, Dolly field names, ShareGPT and prompt/completion', async () => {
    const dolly = await open(
      file('dolly.json', JSON.stringify({ data: [{ instruction: 'Q', context: 'C', response: 'R' }] })),
    );
    expect(summary(await rowsOf(dolly))).toEqual(['1:alpaca']);
    const sharegpt = await open(
      file(
        'sg.jsonl',
        `${JSON.stringify({
          conversations: [
            { from: 'human', value: 'hi' },
            { from: 'gpt', value: 'hello' },
          ],
        })}\n`,
      ),
    );
    expect(summary(await rowsOf(sharegpt))).toEqual(['1:sharegpt']);
    const completion = await open(file('pc.jsonl', `${JSON.stringify({ prompt: 'p', completion: 'c' })}\n`));
    expect(summary(await rowsOf(completion))).toEqual(['1:prompt_completion']);
  });

  it('reads CSV with quoted multi-line cells; row numbers are the line a record starts on', async () => {
    const path = file(
      'alpaca.csv',
      'instruction,input,output\n"Say ""hi""","","line one\n\nline three"\nAdd,"1, 2",3\n',
    );
    const rows = await rowsOf(await open(path));
    expect(summary(rows)).toEqual(['2:alpaca', '5:alpaca']);
    expect(rows[0]!.example!.messages[1]!.content).toBe('line one\n\nline three');
    expect(rows[1]!.example!.messages[0]!.content).toBe('Add\n\n1, 2');
  });

  it('reads Parquet with nested chat messages, and with messages stored as JSON strings', async () => {
    const messages = [
      [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'hello' },
      ],
    ];
    const schema = [
      { name: 'root', num_children: 1 },
      { name: 'messages', repetition_type: 'OPTIONAL', num_children: 1, converted_type: 'LIST' },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
      { name: 'role', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'content', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
    ] as never;
    const nested = file(
      'nested.parquet',
      new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'messages', data: messages }], schema })),
    );
    const source = await open(nested);
    expect([source.fileFormat, source.recordFormat]).toEqual(['parquet', 'chat']);
    expect(summary(await rowsOf(source))).toEqual(['1:chat']);
    const strings = file(
      'strings.parquet',
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [{ name: 'messages', data: [JSON.stringify(messages[0])], type: 'STRING' }],
        }),
      ),
    );
    expect(summary(await rowsOf(await open(strings)))).toEqual(['1:chat']);
  });

  it('takes a format override (`--format csv,alpaca`) over detection', async () => {
    const path = file('data.txt', 'instruction,output\nA,B\n');
    const source = await open(path, 'csv,alpaca');
    expect([source.fileFormat, source.recordFormat, source.formatOrigin]).toEqual(['csv', 'alpaca', 'given']);
    expect(() => parseFormatOverride('xml')).toThrow(/unknown format "xml"/);
  });
});

describe('bad input is reported per row and the rest is read', () => {
  it('mixed formats in one file: rows of the minority format are format errors', async () => {
    const lines = [
      chatLine('a', 'b'),
      chatLine('c', 'd'),
      JSON.stringify(alpaca('x', 'y')),
      chatLine('e', 'f'),
    ];
    const rows = await rowsOf(await open(file('mixed.jsonl', `${lines.join('\n')}\n`)));
    expect(summary(rows)).toEqual(['1:chat', '2:chat', '3:mixed_format', '4:chat']);
  });

  it('a line that is not JSON, and JSON that is not an object', async () => {
    const rows = await rowsOf(
      await open(
        file('broken.jsonl', `${chatLine('a', 'b')}\n{"messages": [\n[1,2]\n${chatLine('c', 'd')}\n`),
      ),
    );
    expect(summary(rows)).toEqual(['1:chat', '2:not_json', '3:data_type', '4:chat']);
  });

  it('a CSV with ragged rows', async () => {
    const rows = await rowsOf(await open(file('ragged.csv', 'instruction,output\nA,B\nC,D,E\nF\nG,H\n')));
    expect(summary(rows)).toEqual(['2:alpaca', '3:ragged_row', '4:ragged_row', '5:alpaca']);
  });

  it('a Parquet file with unexpected columns: every row is an unknown-format error naming the columns', async () => {
    const path = file(
      'odd.parquet',
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: 'foo', data: ['x', 'y'] },
            { name: 'bar', data: [1, 2] },
          ],
        }),
      ),
    );
    const source = await open(path);
    expect(source.recordFormat).toBeUndefined();
    const rows = await rowsOf(source);
    expect(summary(rows)).toEqual(['1:unknown_format', '2:unknown_format']);
    expect(rows[0]!.problems[0]!.detail).toBe('fields foo, bar');
  });

  it('a 50 MB single line is reported and skipped without stopping the file', async () => {
    const huge = `{"messages": [{"role": "user", "content": "${'x'.repeat(50 * 1024 * 1024)}"}]}`;
    const path = file('huge.jsonl', `${chatLine('a', 'b')}\n${huge}\n${chatLine('c', 'd')}\n`);
    const source = await openTrainingSet({ path, shownAs: 'huge.jsonl', maxLineBytes: 16 * 1024 * 1024 });
    const rows = await rowsOf(source);
    expect(summary(rows)).toEqual(['1:chat', '2:line_too_long', '3:chat']);
    expect(rows[1]!.problems[0]!.detail).toMatch(/50\.0 MB, over the 16\.0 MB limit/);
  });

  it('a line that is not UTF-8 (in JSONL and in CSV)', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${chatLine('a', 'b')}\n{"messages": [{"role": "user", "content": "caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}]}\n${chatLine('c', 'd')}\n`),
    ]);
    expect(summary(await rowsOf(await open(file('latin1.jsonl', latin1))))).toEqual([
      '1:chat',
      '2:not_utf8',
      '3:chat',
    ]);
    const csv = Buffer.concat([
      Buffer.from('instruction,output\nA,B\ncaf'),
      Buffer.from([0xe9]),
      Buffer.from(',x\nC,D\n'),
    ]);
    expect(summary(await rowsOf(await open(file('latin1.csv', csv))))).toEqual([
      '2:alpaca',
      '3:not_utf8',
      '4:alpaca',
    ]);
  });

  it('rereads only the rows asked for', async () => {
    const path = file('reread.jsonl', `${[1, 2, 3, 4].map((n) => chatLine(`q${n}`, `a${n}`)).join('\n')}\n`);
    const source = await open(path);
    const rows: SourceRow[] = [];
    await source.scan((row) => rows.push(row), { only: new Set([2, 4]) });
    expect(rows.map((row) => row.example!.messages[0]!.content)).toEqual(['q2', 'q4']);
  });
});

describe('an unreadable file stops the audit with a clear message', () => {
  it.each([
    ['a missing file', join(folder, 'nope.jsonl'), 'FILE_NOT_FOUND', /no such file/],
    ['a folder', folder, 'INPUT_INVALID', /is a folder/],
  ])('%s', async (_name, path, code, message) => {
    const error = await open(path).catch((caught: unknown) => caught);
    expect(FixfirstError.isInstance(error)).toBe(true);
    expect((error as FixfirstError).code).toBe(code);
    expect((error as FixfirstError).message).toMatch(message);
  });

  it('a file named .parquet that is not Parquet', async () => {
    const error = await open(file('fake.parquet', 'not parquet at all')).catch((caught: unknown) => caught);
    expect((error as FixfirstError).code).toBe('INPUT_INVALID');
    expect((error as FixfirstError).render()).toMatch(/fake\.parquet: cannot read the Parquet file/);
  });
});
