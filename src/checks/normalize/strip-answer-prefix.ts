/** Words that introduce an answer: `Answer`, `Final answer`, `The correct label`, `Category`, … */
const prefixWords = String.raw`(?:(?:the|my|our)[ \t]+)?(?:(?:final|correct|predicted|best|short)[ \t]+)?(?:answer|label|category|class|classification|prediction|output|result|response|sentiment|intent|verdict|choice)`;
/** `:`, `-`, `=` (dashes and `=` need a space after them so `output-ready` is left alone), or `is`. */
const separator = String.raw`(?:[ \t]*:|[ \t]*[-\u2013\u2014=]+(?=[ \t\n])|[ \t]+is\b[ \t]*:?)`;
/** A prefix at the start of a line (multiline, case-insensitive). */
const prefixAtLineStart = new RegExp(String.raw`^[ \t]*${prefixWords}${separator}[ \t]*`, 'gim');
/** The same prefix at the very start of the text, to peel nested ones (`Final answer: Label: x`). */
const prefixAtStart = new RegExp(String.raw`^\s*${prefixWords}${separator}\s*`, 'i');

/**
 * Finds the last answer prefix at the start of a line (`Answer:`, `Final answer:`, `Label:`,
 * `Category -`, `The answer is`; case-insensitive) and returns what follows it, trimmed, so
 * `Let me think… \nFinal answer: 42` becomes `42`. Nested prefixes are peeled. Returns the text
 * unchanged when it has no prefix. Run stripEmphasis first so `**Answer:**` is seen.
 */
export function stripAnswerPrefix(text: string): string {
  let lastEnd = -1;
  prefixAtLineStart.lastIndex = 0;
  for (let match = prefixAtLineStart.exec(text); match !== null; match = prefixAtLineStart.exec(text)) {
    lastEnd = match.index + match[0].length;
    // A zero-length match cannot happen (the words are required), so lastIndex always advances.
  }
  if (lastEnd < 0) return text;
  let rest = text.slice(lastEnd).trim();
  for (let peel = 0; peel < 3; peel++) {
    const nested = prefixAtStart.exec(rest);
    if (nested === null) break;
    rest = rest.slice(nested[0].length).trim();
  }
  return rest;
}

/** True when the text has an answer prefix that stripAnswerPrefix would remove. */
export function hasAnswerPrefix(text: string): boolean {
  prefixAtLineStart.lastIndex = 0;
  return prefixAtLineStart.test(text);
}
