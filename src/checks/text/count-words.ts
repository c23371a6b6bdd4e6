import { wordClass } from './python-text.js';

const wordPattern = new RegExp(`[${wordClass}]+`, 'gu');

/**
 * Counts words as IFEval does (`count_words`: NLTK's `RegexpTokenizer(r"\w+")`): every maximal run
 * of letters, digits and underscores is one word, so "don't" is two words and "e-mail" two.
 */
export function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  // test, not exec: no match array per word (a run is never empty, so lastIndex always moves on).
  while (wordPattern.test(text)) count++;
  return count;
}
