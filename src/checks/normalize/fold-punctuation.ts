/** Punctuation (`\p{P}`) other than the percent and per-mille signs, which change what a number means. */
const punctuation = String.raw`[\p{P}--[%\u2030\u2031]]`;
// Punctuation with a digit on both sides stays: `3.14` must not become `314`.
const removable = new RegExp(String.raw`(?<!\d)${punctuation}+|${punctuation}+(?!\d)`, 'gv');

/**
 * Removes Unicode punctuation (`.,;:!?'"()[]{}-_*` and their non-ASCII forms), except between two
 * digits so that `3.14` and `1,000` keep their meaning, and except `%`. Symbols (`$ + = < >`) are
 * kept too: they change what a value means.
 */
export function foldPunctuation(text: string): string {
  return text.replace(removable, '');
}
