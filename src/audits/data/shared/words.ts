import { isWordUnit } from './row-features.js';

/**
 * The words of a text as strings, lowercased and split on anything that is not a letter or digit
 * (as `RowFeatures` splits them, without the accent folding): for short texts such as labels.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const result: string[] = [];
  let start = -1;
  for (let index = 0; index <= lower.length; index++) {
    const word = index < lower.length && isWordUnit(lower.charCodeAt(index));
    if (word) {
      if (start === -1) start = index;
    } else if (start !== -1) {
      result.push(lower.slice(start, index));
      start = -1;
    }
  }
  return result;
}
