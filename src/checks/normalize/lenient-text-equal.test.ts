import { describe, expect, it } from 'vitest';
import { lenientTextEqual } from './lenient-text-equal.js';

describe('lenientTextEqual', () => {
  it('forgives a preamble or sign-off line', () => {
    expect(lenientTextEqual('Sure! Here it is:\n**Billing**', 'billing')).toBe(true);
    expect(lenientTextEqual('billing\nHope this helps!', 'billing')).toBe(true);
  });
  it('does not forgive a different answer', () => {
    expect(lenientTextEqual('Sure! Here it is:\nshipping', 'billing')).toBe(false);
    expect(lenientTextEqual('not billing', 'billing')).toBe(false);
  });
});
