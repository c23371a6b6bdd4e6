import { comparableText } from '../../core/comparable-text.js';
import { type EvalCase, inputText } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';

/** An input as compared for duplicates: NFKC, lower case, whitespace collapsed (chat inputs: every message). */
export function inputKey(evalCase: EvalCase): string {
  const text =
    typeof evalCase.input === 'string'
      ? evalCase.input
      : evalCase.input.map((message) => `${message.role}: ${message.content}`).join('\n');
  return comparableText(text);
}

/** A reference as compared across items: strings normalised like inputs, anything else as JSON. */
export function referenceKey(reference: JsonValue | undefined): string | undefined {
  if (reference === undefined) return undefined;
  if (typeof reference === 'string') return comparableText(reference);
  return JSON.stringify(reference);
}

// Two audits (duplicate inputs, contradictory references) group the same eval set: key it once.
const groupsOf = new WeakMap<readonly EvalCase[], EvalCase[][]>();

/** Items grouped by normalised input; only groups of two or more, in first-seen order. */
export function sameInputGroups(cases: readonly EvalCase[]): EvalCase[][] {
  const known = groupsOf.get(cases);
  if (known !== undefined) return known;
  const groups = new Map<string, EvalCase[]>();
  for (const evalCase of cases) {
    const key = inputKey(evalCase);
    if (key === '') continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [evalCase]);
    else group.push(evalCase);
  }
  const repeated = [...groups.values()].filter((group) => group.length > 1);
  groupsOf.set(cases, repeated);
  return repeated;
}

/** The text an item's input shows (for messages). */
export function shownInput(evalCase: EvalCase): string {
  return inputText(evalCase.input);
}
