/** `**strong**` and `__strong__`. */
const strong = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
/** `*em*`, not touching `2 * 3` (spaces inside) or in-word asterisks. */
const emphasisStar = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu;
/** `_em_`, not touching snake_case names (an underscore inside a word is not emphasis). */
const emphasisUnderscore = /(?<![\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu;
/** Unpaired `**` or `__` left over (a reply cut short, or a model's stray markup). */
const strayStrong = /\*{2,}|(?<![\p{L}\p{N}])_{2,}|_{2,}(?![\p{L}\p{N}])/gu;

/**
 * Removes Markdown emphasis and inline code marks (`**`, `__`, `*`, `_`, backticks), keeping the text
 * they wrap: `**Answer:** \`billing\`` becomes `Answer: billing`. Underscores inside identifiers and
 * multiplication signs between spaces are kept. Run stripCodeFences first (fences are backticks too).
 */
export function stripEmphasis(text: string): string {
  if (!/[*_`]/.test(text)) return text;
  return text
    .replace(/`+/g, '')
    .replace(strong, '$2')
    .replace(emphasisStar, '$1')
    .replace(emphasisUnderscore, '$1')
    .replace(strayStrong, '');
}
