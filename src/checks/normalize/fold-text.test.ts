import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.js';

describe('foldText', () => {
  it('folds Unicode, emphasis, case, punctuation and whitespace together', () => {
    expect(foldText('  “**Billing.**”  ')).toBe('billing');
    expect(foldText('Account   Access!')).toBe('account access');
  });
  it('keeps different values different', () => {
    expect(foldText('billing')).not.toBe(foldText('shipping'));
    expect(foldText('3.5')).not.toBe(foldText('35'));
  });
});
