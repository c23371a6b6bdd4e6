import { describe, expect, it } from 'vitest';
import { compileJsonPath, readJsonPath } from './json-path.js';

describe('compileJsonPath', () => {
  it('splits dotted and bracketed paths', () => {
    expect(compileJsonPath('ticket.priority')?.segments).toEqual(['ticket', 'priority']);
    expect(compileJsonPath('items[0].sku')?.segments).toEqual(['items', '0', 'sku']);
    expect(compileJsonPath('items.0.sku')?.segments).toEqual(['items', '0', 'sku']);
    expect(compileJsonPath('grid[1][2]')?.segments).toEqual(['grid', '1', '2']);
  });
  it.each(['', 'a..b', '.a', 'a.', 'a[x]', 'a[0'])('rejects %j', (text) => {
    expect(compileJsonPath(text)).toBeUndefined();
  });
});

describe('readJsonPath', () => {
  const value = { ticket: { Priority: 'high', tags: ['a', 'b'] } };
  it('reads nested keys and array items', () => {
    expect(readJsonPath(value, compileJsonPath('ticket.tags[1]')!, false)).toEqual({
      found: true,
      value: 'b',
    });
  });
  it('matches keys exactly unless asked to fold them', () => {
    expect(readJsonPath(value, compileJsonPath('ticket.priority')!, false)).toEqual({ found: false });
    expect(readJsonPath(value, compileJsonPath('TICKET.priority')!, true)).toEqual({
      found: true,
      value: 'high',
    });
  });
  it('reports missing fields and indexes', () => {
    expect(readJsonPath(value, compileJsonPath('ticket.tags[5]')!, false).found).toBe(false);
    expect(readJsonPath(value, compileJsonPath('ticket.tags.x')!, false).found).toBe(false);
    expect(readJsonPath(value, compileJsonPath('ticket.Priority.x')!, false).found).toBe(false);
  });
});
