import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../core/errors.js';
import { parseCsv } from './csv.js';

const records = (text: string) => [...parseCsv(text, 'f.csv')];

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and records, LF or CRLF', () => {
    expect(records('a,b\n1,2\r\n3,4')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields, and counts lines through them', () => {
    const parsed = records('id,text\n1,"a, ""quoted""\nsecond line"\n2,x\n');
    expect(parsed[1]).toEqual({ line: 2, fields: ['1', 'a, "quoted"\nsecond line'] });
    expect(parsed[2]).toEqual({ line: 4, fields: ['2', 'x'] });
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(records('a,b,c\n\n,,\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 3, fields: ['', '', ''] },
    ]);
  });

  it('reports a quote that never closes at the line where it opened', () => {
    try {
      records('a,b\n1,"open\n2,3\n');
      expect.unreachable();
    } catch (error) {
      expect(FixfirstError.isInstance(error)).toBe(true);
      expect((error as FixfirstError).render()).toMatch(/^f\.csv:2: a quoted field never closes/);
    }
  });
});
