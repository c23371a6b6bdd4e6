import { describe, expect, it } from 'vitest';
import { hasAnswerPrefix, stripAnswerPrefix } from './strip-answer-prefix.js';

describe('stripAnswerPrefix', () => {
  it.each([
    ['Answer: 42', '42'],
    ['final answer: billing', 'billing'],
    ['FINAL ANSWER:billing', 'billing'],
    ['Label: billing', 'billing'],
    ['Category - billing', 'billing'],
    ['Category — billing', 'billing'],
    ['The answer is 42.', '42.'],
    ['The correct label is: shipping', 'shipping'],
    ['Final answer: Label: billing', 'billing'],
  ])('%j → %j', (text, expected) => {
    expect(stripAnswerPrefix(text)).toBe(expected);
  });
  it('takes what follows the last prefix at a line start', () => {
    expect(stripAnswerPrefix('Let me think. 6 * 7 = 42.\nFinal answer: 42')).toBe('42');
    expect(stripAnswerPrefix('Answer: 41\nWait.\nAnswer: 42')).toBe('42');
  });
  it('takes the next lines when the prefix ends its line', () => {
    expect(stripAnswerPrefix('Answer:\nbilling')).toBe('billing');
  });
  it('leaves text without a prefix unchanged', () => {
    for (const text of ['billing', 'output-ready', 'The category of this ticket', 'My answer depends']) {
      expect(stripAnswerPrefix(text)).toBe(text);
      expect(hasAnswerPrefix(text)).toBe(false);
    }
  });
  it('does not take a prefix in the middle of a line', () => {
    expect(stripAnswerPrefix('I would say the answer: 42')).toBe('I would say the answer: 42');
  });
});
