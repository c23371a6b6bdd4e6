import { describe, expect, it } from 'vitest';
import { answerInContext } from './answer-in-context.js';

const passages = (...texts: string[]) => texts.map((text, index) => ({ id: `p${index + 1}`, text }));

describe('answerInContext', () => {
  it('finds the first passage holding the answer as whole words', () => {
    expect(answerInContext('Paris', passages('Lyon is big.', 'The capital is paris.', 'Paris again'))).toBe(
      1,
    );
    expect(answerInContext('Paris', passages('Parisian food'))).toBe(-1);
    expect(answerInContext('the Eiffel Tower', passages('Visit  EIFFEL tower!'))).toBe(0);
  });
  it('accepts several acceptable answers and numbers', () => {
    expect(answerInContext(['NYC', 'New York'], passages('I live in new york.'))).toBe(0);
    expect(answerInContext(1969, passages('It happened in 1969.'))).toBe(0);
  });
  it('does not apply to JSON references, empty answers or passages without text', () => {
    expect(answerInContext({ label: 'x' }, passages('x'))).toBeUndefined();
    expect(answerInContext('the', passages('the'))).toBeUndefined();
    expect(answerInContext('Paris', [{ id: 'd1', text: '' }])).toBeUndefined();
  });
  it('finds no answer in an empty prompt', () => {
    expect(answerInContext('Paris', [])).toBe(-1);
  });
});
