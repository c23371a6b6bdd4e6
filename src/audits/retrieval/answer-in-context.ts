import { squadTokens } from '../../checks/scorers/token-f1.js';
import type { ContextPassage } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';

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
 * KILT's answer_in_context: the index of the first passage whose text contains a reference answer as a
 * whole-word sequence, both normalised as SQuAD/KILT `normalize_answer` (the token-f1 scorer's
 * `squadTokens`: lower case, punctuation and articles removed), -1 when none does, or undefined when the test
 * does not apply (no passage text, or a reference that is not text — e.g. a JSON object — or is
 * empty after normalisation). It is a proxy for "the gold passage reached the prompt" when no gold
 * ids were logged, and a weak one for long free-text references, which rarely appear verbatim.
 */
export function answerInContext(
  reference: JsonValue | undefined,
  contexts: readonly ContextPassage[],
): number | undefined {
  const answers = answersOf(reference)
    ?.map((answer) => squadTokens(answer).join(' '))
    .filter((answer) => answer !== '');
  if (answers === undefined || answers.length === 0) return undefined;
  // An empty prompt holds no answer; passages logged as ids only cannot be searched.
  if (contexts.length === 0) return -1;
  if (!contexts.some((passage) => passage.text.trim() !== '')) return undefined;
  for (let index = 0; index < contexts.length; index++) {
    const text = ` ${squadTokens(contexts[index]!.text).join(' ')} `;
    if (answers.some((answer) => text.includes(` ${answer} `))) return index;
  }
  return -1;
}
