import { describe, expect, it } from 'vitest';
import { stripEmphasis } from './strip-emphasis.js';

describe('stripEmphasis', () => {
  it('removes strong and emphasis marks around words', () => {
    expect(stripEmphasis('**Billing** and __urgent__, *maybe* _soon_')).toBe(
      'Billing and urgent, maybe soon',
    );
  });
  it('removes inline code backticks', () => {
    expect(stripEmphasis('the label is `billing`')).toBe('the label is billing');
  });
  it('unwraps an emphasised prefix', () => {
    expect(stripEmphasis('**Answer:** billing')).toBe('Answer: billing');
  });
  it('keeps snake_case names and multiplication between spaces', () => {
    expect(stripEmphasis('priority_level is 2 * 3')).toBe('priority_level is 2 * 3');
  });
  it('removes stray unpaired strong marks', () => {
    expect(stripEmphasis('**billing')).toBe('billing');
  });
});
