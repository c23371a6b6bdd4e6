import type { ContextPassage } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';

const articles = new Set(['a', 'an', 'the']);

/**
 * Answer normalisation of SQuAD and KILT (`normalize_answer`): Unicode NFKC, lower case, punctuation
 * and symbols removed, the articles a/an/the dropped, whitespace collapsed. Returns the words.
 */
export function normalizeAnswerWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !articles.has(word));
}

/** The acceptable answers of a reference: a string, a number, or a list of them (several answers). */
function answersOf(reference: JsonValue | undefined): string[] | undefined {
  if (typeof reference === 'string') return [reference];
  if (typeof reference === 'number') return [String(reference)];
  if (Array.isArray(reference) && reference.length > 0) {
    if (reference.every((entry) => typeof entry === 'string' || typeof entry === 'number'))
      return reference.map(String);
  }
  return undefined;
}

/**
 * KILT's answer_in_context: the index of the first passage whose normalised text contains a
 * normalised reference answer as a whole-word sequence, -1 when none does, or undefined when the test
 * does not apply (no passage text, or a reference that is not text — e.g. a JSON object — or is
 * empty after normalisation). It is a proxy for "the gold passage reached the prompt" when no gold
 * ids were logged, and a weak one for long free-text references, which rarely appear verbatim.
 */
export function answerInContext(
  reference: JsonValue | undefined,
  contexts: readonly ContextPassage[],
): number | undefined {
  const answers = answersOf(reference)
    ?.map((answer) => normalizeAnswerWords(answer).join(' '))
    .filter((answer) => answer !== '');
  if (answers === undefined || answers.length === 0) return undefined;
  if (!contexts.some((passage) => passage.text.trim() !== '')) return undefined;
  for (let index = 0; index < contexts.length; index++) {
    const text = ` ${normalizeAnswerWords(contexts[index]!.text).join(' ')} `;
    if (answers.some((answer) => text.includes(` ${answer} `))) return index;
  }
  return -1;
}
