import { describe, expect, it } from 'vitest';
import { FixfirstError } from '../../core/errors.js';
import { foldText } from './fold-text.js';
import { SynonymTable } from './synonym-table.js';

describe('SynonymTable', () => {
  const table = new SynonymTable({ billing: ['Invoice', 'payment issue'], shipping: ['delivery'] }, foldText);
  it('maps synonyms (folded) to their canonical value', () => {
    expect(table.canonical('INVOICE')).toBe('billing');
    expect(table.canonical('Payment  issue.')).toBe('billing');
    expect(table.canonical('Billing')).toBe('billing');
  });
  it('leaves unknown values folded as they are', () => {
    expect(table.canonical('Refund')).toBe('refund');
  });
  it('rejects a synonym declared for two values, naming it', () => {
    let error: unknown;
    try {
      new SynonymTable({ billing: ['payment'], refunds: ['Payment'] }, foldText);
    } catch (caught) {
      error = caught;
    }
    expect(FixfirstError.isInstance(error)).toBe(true);
    expect((error as FixfirstError).code).toBe('CONFIG_INVALID');
    expect((error as FixfirstError).message).toContain('"Payment"');
    expect((error as FixfirstError).location.field).toBe('synonyms.refunds');
  });
});
