import { wordClass } from './python-text.js';

const wordPattern = new RegExp(`[${wordClass}]+`, 'gu');

/**
 * Counts words as IFEval does (`count_words`: NLTK's `RegexpTokenizer(r"\w+")`): every maximal run
 * of letters, digits and underscores is one word, so "don't" is two words and "e-mail" two.
 */
export function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) count++;
  return count;
}
