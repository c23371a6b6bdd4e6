import { describe, expect, it } from 'vitest';
import { lenientText } from './lenient-text.js';

describe('lenientText', () => {
  it('gives the same string for differently dressed answers', () => {
    const dressed = [
      'billing',
      '**Billing**',
      'Answer: billing.',
      '```\nBILLING\n```',
      'Category - “Billing”',
    ];
    expect(new Set(dressed.map(lenientText))).toEqual(new Set(['billing']));
  });
  it('keeps different answers different', () => {
    expect(lenientText('Answer: shipping')).not.toBe(lenientText('billing'));
  });
});
