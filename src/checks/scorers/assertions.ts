import { z } from 'zod';
import { isJsonObject, type JsonValue } from '../../core/json.js';
import { defineScorer, type ReferenceProblem } from '../../core/scorer.js';
import { foldText } from '../normalize/fold-text.js';
import { jsonEqual } from '../normalize/json-equal.js';
import { lenientText } from '../normalize/lenient-text.js';
import { stripSurfaceNoise } from '../normalize/strip-surface-noise.js';
import { lenientAnswerEqual } from './lenient-answer-equal.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';

/** The assertion kinds this scorer understands; each may also be written with a `not-` prefix. */
export const assertionKinds = [
  'equals',
  'contains',
  'icontains',
  'contains-any',
  'contains-all',
  'icontains-any',
  'icontains-all',
  'starts-with',
  'regex',
] as const;
type AssertionKind = (typeof assertionKinds)[number];

/** One assertion, parsed and ready to run. */
interface Assertion {
  kind: AssertionKind;
  negated: boolean;
  /** The text(s) for the text kinds; the pattern for regex. */
  texts: string[];
  /** The expected value of `equals` (a string, or any JSON compared as JSON). */
  expected: JsonValue;
  pattern: RegExp | undefined;
  /** `not-icontains "as an ai"`, for details. */
  label: string;
}

interface Compiled {
  /** Parsed references, by their JSON text (references repeat across items). */
  parsed: Map<string, Assertion[] | ReferenceProblem>;
}

const isKind = (type: string): type is AssertionKind => (assertionKinds as readonly string[]).includes(type);

function textOf(value: JsonValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function parseOne(entry: JsonValue, index: number): Assertion | ReferenceProblem {
  const where = `reference[${index}]`;
  if (!isJsonObject(entry) || typeof entry.type !== 'string' || !('value' in entry)) {
    return {
      problem: `${where} must be {"type": "...", "value": ...}`,
      hint: `type is one of ${assertionKinds.join(', ')} (or not-<type>)`,
    };
  }
  const negated = entry.type.startsWith('not-');
  const kind = negated ? entry.type.slice(4) : entry.type;
  if (!isKind(kind)) {
    return {
      problem: `${where}: unknown assertion type "${entry.type}"`,
      hint: `use one of ${assertionKinds.join(', ')}, each also as not-<type>`,
    };
  }
  const value = entry.value as JsonValue;
  const label = `${entry.type} ${quote(value, 50)}`;
  const base = { kind, negated, label, expected: value, pattern: undefined, texts: [] as string[] };
  if (kind === 'equals') return base;
  if (kind === 'regex') {
    if (typeof value !== 'string' || value === '') {
      return { problem: `${where}: regex needs a pattern (a non-empty string)` };
    }
    try {
      return { ...base, texts: [value], pattern: new RegExp(value) };
    } catch (error) {
      return { problem: `${where}: invalid regular expression: ${(error as Error).message}` };
    }
  }
  const list = kind.endsWith('-any') || kind.endsWith('-all');
  const values = list ? (Array.isArray(value) ? value : undefined) : [value];
  const texts = values?.map(textOf);
  if (texts === undefined || texts.length === 0 || texts.some((text) => text === undefined || text === '')) {
    return {
      problem: `${where}: ${entry.type} needs ${list ? 'a non-empty list of non-empty texts' : 'a non-empty text'}`,
      hint: list ? 'write e.g. ["refund", "reimburse"]' : 'write the text the output must (not) contain',
    };
  }
  return { ...base, texts: texts as string[] };
}

function parseReference(reference: JsonValue): Assertion[] | ReferenceProblem {
  if (!Array.isArray(reference)) {
    return {
      problem: 'the reference must be a list of assertions',
      hint: 'write e.g. [{"type": "icontains", "value": "paris"}, {"type": "not-contains", "value": "London"}]',
    };
  }
  const assertions: Assertion[] = [];
  for (const [index, entry] of reference.entries()) {
    const parsed = parseOne(entry, index);
    if ('problem' in parsed) return parsed;
    assertions.push(parsed);
  }
  return assertions;
}

function parsedReference(
  reference: JsonValue | undefined,
  compiled: Compiled,
): Assertion[] | ReferenceProblem {
  const key = JSON.stringify(reference ?? null);
  let parsed = compiled.parsed.get(key);
  if (parsed === undefined) {
    parsed = parseReference(reference ?? null);
    compiled.parsed.set(key, parsed);
  }
  return parsed;
}

/** The output parses as JSON deep-equal to `expected` (promptfoo's equals with a non-text value). */
function jsonEqualsText(expected: JsonValue, output: string): boolean {
  try {
    return jsonEqual(expected, JSON.parse(output) as JsonValue);
  } catch {
    return false;
  }
}

/** The assertion without its `not-`, on the raw output: promptfoo's semantics, to the letter. */
function holdsStrictly(assertion: Assertion, output: string): boolean {
  const { kind, texts } = assertion;
  const lower = kind.startsWith('i') ? output.toLowerCase() : output;
  const found = (text: string) => lower.includes(kind.startsWith('i') ? text.toLowerCase() : text);
  switch (kind) {
    case 'equals':
      // promptfoo compares objects, arrays and null as parsed JSON, anything else as text.
      return typeof assertion.expected === 'object'
        ? jsonEqualsText(assertion.expected, output)
        : String(assertion.expected) === output;
    case 'contains':
    case 'icontains':
    case 'contains-all':
    case 'icontains-all':
      return texts.every(found);
    case 'contains-any':
    case 'icontains-any':
      return texts.some(found);
    case 'starts-with':
      return output.startsWith(texts[0]!);
    case 'regex':
      return assertion.pattern!.test(output);
  }
}

/** The positive assertion once surface noise is forgiven (a superset of holdsStrictly). */
function holdsLeniently(assertion: Assertion, output: string): boolean {
  if (holdsStrictly(assertion, output)) return true;
  const { kind, texts } = assertion;
  switch (kind) {
    case 'equals':
      return lenientAnswerEqual(output, assertion.expected);
    case 'regex':
      return (
        assertion.pattern!.test(stripSurfaceNoise(output)) || assertion.pattern!.test(lenientText(output))
      );
    case 'starts-with': {
      const prefix = foldText(texts[0]!);
      return prefix !== '' && lenientText(output).startsWith(prefix);
    }
    default: {
      const folded = foldText(output);
      // Text that folds to nothing ("?") would be found everywhere: only its strict match counts.
      const found = (text: string) => {
        const foldedText = foldText(text);
        return foldedText === '' ? output.includes(text) : folded.includes(foldedText);
      };
      return kind.endsWith('-any') ? texts.some(found) : texts.every(found);
    }
  }
}

/** Every assertion in the item's reference list holds. */
export const assertionsScorer = defineScorer({
  id: 'assertions',
  summary:
    'Every assertion in the item’s reference list holds: equals, contains, icontains, contains-any/-all, icontains-any/-all, starts-with, regex, each also negated with not-.',
  strict:
    'Each assertion on the raw output, as promptfoo runs it (case-sensitive substrings, toLowerCase for the i- kinds, JSON deep equality for a non-text equals).',
  lenient:
    'Positive assertions also hold once surface noise is removed (fences, emphasis, answer prefix, case, punctuation, whitespace; equals as the exact scorer forgives); negated ones stay strict, since no dressing makes a forbidden answer right.',
  whenToUse:
    'Items judged by different or several checks of the answer each (imported promptfoo tests that mix equals, icontains and regex); an empty list accepts any output.',
  whenNotToUse:
    'One kind of check on every item (use exact, contains or regex: clearer reports); format rules every output must follow (contract checks).',
  requiresReference: true,
  params: z.strictObject({}),
  compile: (): Compiled => ({ parsed: new Map() }),
  checkReference(reference, compiled) {
    const parsed = parsedReference(reference, compiled);
    return 'problem' in parsed ? parsed : undefined;
  },
  score(output, reference, compiled, context) {
    const parsed = parsedReference(reference, compiled);
    if ('problem' in parsed) return wrongOutcome(parsed.problem);
    const lenient = context.mode === 'lenient';
    for (const assertion of parsed) {
      const holds = assertion.negated
        ? !holdsStrictly(assertion, output)
        : lenient
          ? holdsLeniently(assertion, output)
          : holdsStrictly(assertion, output);
      if (!holds) return wrongOutcome(`${assertion.label} fails on ${quote(output)}`);
    }
    return correctOutcome;
  },
});
