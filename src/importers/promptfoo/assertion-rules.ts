import type { CheckSpec } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';

/**
 * What each promptfoo assertion type means in fixfirst: one table, pure functions, read by the
 * planner (which decides correctness vs contract from how the tests use an assertion), the import
 * log and the README table (a test keeps the README in step with this file). Every mapping is
 * exact: fixfirst's strict result equals promptfoo's pass for every output (the importer checks it
 * against a results file). Semantics read from promptfoo 0.121.20, src/assertions/*.ts.
 */

/** How a promptfoo assertion type is used. */
export type RuleKind =
  /** A check of the answer's text: correctness when its value varies per test, contract when every test has the same one. */
  | 'text'
  /** Always a correctness check (equals). */
  | 'answer'
  /** Always a contract check: the output's shape (JSON, length). */
  | 'format'
  /** A promptfoo javascript assertion: fixfirst's custom scorer, when it is a file. */
  | 'script'
  /** Graded by a model: kept as the recorded pass/fail label. */
  | 'model-graded';

/** An assertion of the `assertions` scorer's reference list. */
export interface ScorerComponent {
  type: string;
  value: JsonValue;
}

/** A built-in scorer that says the same as one assertion kind on every test. */
export interface SingleScorer {
  /** `score:` in fixfirst.yaml. */
  spec: { type: string; [parameter: string]: JsonValue };
  reference: JsonValue;
}

/** Why an assertion cannot be mapped (kept as a recorded label when a results file has it). */
export interface Unmappable {
  unmappable: string;
}

/** One row of the table. */
export interface AssertionRule {
  /** promptfoo's base type (without `not-`). */
  type: string;
  kind: RuleKind;
  /** Whether `not-<type>` maps too. */
  negatable: boolean;
  /** The `assertions` scorer component, for text and answer kinds. */
  component?(value: unknown, negated: boolean): ScorerComponent | Unmappable;
  /** A built-in scorer for the positive assertion, when one says exactly the same. */
  single?(value: unknown): SingleScorer | undefined;
  /** The contract check, for text and format kinds. */
  contract?(value: unknown, negated: boolean): CheckSpec | Unmappable;
  /** One line for the log and the README: what it becomes. */
  summary: string;
  /** Where promptfoo's result can differ from fixfirst's (said next to each disagreement in the log). */
  knownDifference?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** promptfoo's contains-family accepts a string or a number (`isContainsValue`). */
function containsText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && !Number.isNaN(value)) return String(value);
  return undefined;
}

/** The -any/-all kinds take a list (a string was split at commas when the tests were read). */
function containsList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const texts = value.map((entry) => (entry === null || entry === undefined ? undefined : String(entry)));
  return texts.every((text): text is string => text !== undefined && text !== '') ? texts : undefined;
}

const notText = (type: string): Unmappable => ({
  unmappable: `${type} needs a non-empty text value (promptfoo fails it otherwise)`,
});
const notList = (type: string): Unmappable => ({
  unmappable: `${type} needs a non-empty list of texts (promptfoo gives an empty list a fixed result)`,
});

/**
 * The phrase checks find a straight apostrophe as a typographic one too, which promptfoo's
 * substring test does not: a phrase with an apostrophe goes through the regex check instead.
 */
const phraseSafe = (texts: string[]) => texts.every((text) => !text.includes("'"));

/** Every text appears (case-sensitive or not), as a contract check. */
function allPresent(texts: string[], caseSensitive: boolean): CheckSpec {
  if (phraseSafe(texts)) {
    return { check: 'required_phrases', phrases: texts, case_sensitive: caseSensitive, whole_words: false };
  }
  const lookaheads = texts.map((text) => `(?=[\\s\\S]*?${escapeRegExp(text)})`).join('');
  return { check: 'regex', pattern: `^${lookaheads}`, flags: caseSensitive ? '' : 'i', must_match: true };
}

/** No text appears, as a contract check. */
function nonePresent(texts: string[], caseSensitive: boolean): CheckSpec {
  if (phraseSafe(texts)) {
    return { check: 'forbidden_phrases', phrases: texts, case_sensitive: caseSensitive, whole_words: false };
  }
  return {
    check: 'regex',
    pattern: texts.map(escapeRegExp).join('|'),
    flags: caseSensitive ? '' : 'i',
    must_match: false,
  };
}

/** A contains-family rule: `insensitive` for the i- kinds, `list` for -any/-all, `all` for -all. */
function containsRule(type: string, insensitive: boolean, list: 'one' | 'any' | 'all'): AssertionRule {
  const texts = (value: unknown) => (list === 'one' ? [containsText(value)] : containsList(value));
  const valid = (value: unknown): string[] | undefined => {
    const found = texts(value);
    return found?.every((text): text is string => text !== undefined) ? found : undefined;
  };
  const what = list === 'one' ? 'the text' : list === 'any' ? 'one of the texts' : 'every text';
  return {
    type,
    kind: 'text',
    negatable: true,
    summary: `${what} appears${insensitive ? ', ignoring case' : ''}`,
    component(value, negated) {
      const found = valid(value);
      if (found === undefined) return list === 'one' ? notText(type) : notList(type);
      return { type: negated ? `not-${type}` : type, value: list === 'one' ? found[0]! : found };
    },
    single(value): SingleScorer | undefined {
      if (insensitive) return undefined;
      const found = valid(value);
      if (found === undefined) return undefined;
      if (list === 'any') return { spec: { type: 'contains', all: false }, reference: found };
      return { spec: { type: 'contains' }, reference: list === 'one' ? found[0]! : found };
    },
    contract(value, negated) {
      const found = valid(value);
      if (found === undefined) return list === 'one' ? notText(type) : notList(type);
      const caseSensitive = !insensitive;
      const anyOf = () => ({
        check: 'regex',
        pattern: found.map(escapeRegExp).join('|'),
        flags: caseSensitive ? '' : 'i',
        must_match: !negated,
      });
      if (list === 'any') return negated ? nonePresent(found, caseSensitive) : anyOf();
      if (!negated) return allPresent(found, caseSensitive);
      // not-contains-all: fails only when every text is there.
      if (list === 'one') return nonePresent(found, caseSensitive);
      const lookaheads = found.map((text) => `(?=[\\s\\S]*?${escapeRegExp(text)})`).join('');
      return {
        check: 'regex',
        pattern: `^${lookaheads}`,
        flags: caseSensitive ? '' : 'i',
        must_match: false,
      };
    },
  };
}

/** promptfoo's word count: runs of non-whitespace (`text.trim().split(/\s+/)`), as a regex over the raw output. */
function wordCountPattern(min: number | undefined, max: number | undefined): string {
  const word = '\\S+';
  if (max === 0) return '^\\s*$';
  const low = Math.max(min ?? 0, 1);
  const repeat = max === undefined ? `{${low - 1},}` : `{${low - 1},${max - 1}}`;
  const words = `^\\s*(?:${word}\\s+)${repeat}${word}\\s*$`;
  // At least zero words also accepts an empty output.
  return (min ?? 0) === 0 ? `^\\s*$|${words}` : words;
}

function wordCountBounds(value: unknown): { min?: number; max?: number } | Unmappable {
  const isCount = (number: unknown): number is number =>
    typeof number === 'number' && Number.isInteger(number) && number >= 0;
  if (
    typeof value === 'number' ||
    (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
  ) {
    const exact = Number(value);
    return isCount(exact) ? { min: exact, max: exact } : { unmappable: 'word-count needs a whole number' };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { min, max } = value as { min?: unknown; max?: unknown };
    if (
      (min !== undefined && !isCount(min)) ||
      (max !== undefined && !isCount(max)) ||
      (min ?? max) === undefined
    ) {
      return { unmappable: 'word-count needs {min?, max?} with whole numbers' };
    }
    if (min !== undefined && max !== undefined && min > max) {
      return { unmappable: 'word-count has min above max (promptfoo rejects it)' };
    }
    return { min, max } as { min?: number; max?: number };
  }
  return { unmappable: 'word-count needs a number or {min, max}' };
}

/** promptfoo fails an assertion whose pattern does not compile; fixfirst leaves it out. */
function patternProblem(value: unknown): Unmappable | undefined {
  if (typeof value !== 'string' || value === '') return { unmappable: 'regex needs a pattern' };
  try {
    new RegExp(value);
    return undefined;
  } catch (error) {
    return {
      unmappable: `invalid regular expression (${(error as Error).message}); promptfoo fails it every time`,
    };
  }
}

function schemaOf(type: string, value: unknown): Record<string, JsonValue> | undefined | Unmappable {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, JsonValue>;
  return { unmappable: `${type} needs a JSON Schema object (or a file:// reference to one)` };
}

/** The table. Types not listed are either model-graded (see modelGradedTypes) or not mapped (see unmappedReasons). */
export const assertionRules: readonly AssertionRule[] = [
  {
    type: 'equals',
    kind: 'answer',
    negatable: true,
    summary: 'the output is the value (as text; JSON values compared as parsed JSON)',
    component(value, negated) {
      if (value === undefined) return { unmappable: 'equals needs a value' };
      return { type: negated ? 'not-equals' : 'equals', value: value as JsonValue };
    },
    single(value) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return { spec: { type: 'exact' }, reference: String(value) };
      }
      return undefined;
    },
  },
  containsRule('contains', false, 'one'),
  containsRule('icontains', true, 'one'),
  containsRule('contains-any', false, 'any'),
  containsRule('icontains-any', true, 'any'),
  containsRule('contains-all', false, 'all'),
  containsRule('icontains-all', true, 'all'),
  {
    type: 'starts-with',
    kind: 'text',
    negatable: true,
    summary: 'the output starts with the text (leading whitespace counts)',
    component(value, negated) {
      if (typeof value !== 'string' || value === '') return notText('starts-with');
      return { type: negated ? 'not-starts-with' : 'starts-with', value };
    },
    contract(value, negated) {
      if (typeof value !== 'string' || value === '') return notText('starts-with');
      // fixfirst's starts_with skips leading whitespace, promptfoo's does not: an anchored regex says the same.
      return { check: 'regex', pattern: `^${escapeRegExp(value)}`, flags: '', must_match: !negated };
    },
  },
  {
    type: 'regex',
    kind: 'text',
    negatable: true,
    summary: 'the pattern matches somewhere in the output (no flags)',
    component(value, negated) {
      const problem = patternProblem(value);
      if (problem !== undefined) return problem;
      return { type: negated ? 'not-regex' : 'regex', value: value as string };
    },
    single(value) {
      return patternProblem(value) === undefined
        ? { spec: { type: 'regex' }, reference: value as string }
        : undefined;
    },
    contract(value, negated) {
      const problem = patternProblem(value);
      if (problem !== undefined) return problem;
      return { check: 'regex', pattern: value as string, flags: '', must_match: !negated };
    },
  },
  {
    type: 'is-json',
    kind: 'format',
    negatable: false,
    summary: 'the whole output parses as JSON (and validates against the schema, when one is given)',
    contract(value): CheckSpec | Unmappable {
      const schema = schemaOf('is-json', value);
      if (schema === undefined) return { check: 'json' };
      if ('unmappable' in schema) return schema as Unmappable;
      return { check: 'json_schema', schema };
    },
  },
  {
    type: 'contains-json',
    kind: 'format',
    negatable: true,
    summary:
      'a JSON object appears somewhere in the output, prose around it allowed (one that meets the schema, when one is given)',
    knownDifference:
      'promptfoo reads each {…} as YAML, so `{word}` in prose or `{key: value}` counts as JSON there, and it closes an unfinished object at the end of the output; fixfirst needs strict JSON',
    contract(value, negated): CheckSpec | Unmappable {
      const schema = schemaOf('contains-json', value);
      if (schema !== undefined && 'unmappable' in schema) return schema as Unmappable;
      // promptfoo looks for objects only ({…}), also inside an array.
      const spec: CheckSpec = { check: 'contains_json', kind: 'object' };
      if (schema !== undefined) spec.schema = schema;
      if (negated) spec.must_contain = false;
      return spec;
    },
  },
  {
    type: 'word-count',
    kind: 'format',
    negatable: true,
    summary:
      'the output has that many whitespace-separated words (a regex: promptfoo counts words differently from min_words/max_words)',
    contract(value, negated) {
      const bounds = wordCountBounds(value);
      if ('unmappable' in bounds) return bounds;
      return {
        check: 'regex',
        pattern: wordCountPattern(bounds.min, bounds.max),
        flags: '',
        must_match: !negated,
      };
    },
  },
  {
    type: 'javascript',
    kind: 'script',
    negatable: true,
    summary:
      'your function, as a fixfirst custom scorer (when it is a file:// module and the only correctness check)',
  },
];

/** Graded by a model (or an embedding, a classifier or a person): kept as recorded pass/fail labels. */
export const modelGradedTypes: readonly string[] = [
  'llm-rubric',
  'g-eval',
  'factuality',
  'model-graded-closedqa',
  'model-graded-factuality',
  'answer-relevance',
  'context-faithfulness',
  'context-recall',
  'context-relevance',
  'conversation-relevance',
  'agent-rubric',
  'search-rubric',
  'trajectory:goal-success',
  'similar',
  'similar:cosine',
  'similar:dot',
  'similar:euclidean',
  'classifier',
  'moderation',
  'pi',
  'guardrails',
  'select-best',
  'max-score',
  'human',
];

/** Deterministic types fixfirst does not map, each with why (kept as recorded labels when results have them). */
export const unmappedReasons: Readonly<Record<string, string>> = {
  'is-xml': 'no XML check',
  'contains-xml': 'no XML check',
  'is-html': 'no HTML check',
  'contains-html': 'no HTML check',
  'is-sql': 'no SQL check',
  'contains-sql': 'no SQL check',
  'is-refusal': 'promptfoo’s refusal phrase list is its own',
  python: 'fixfirst runs JavaScript modules only',
  ruby: 'fixfirst runs JavaScript modules only',
  webhook: 'calls a server',
  'rouge-n': 'no ROUGE scorer',
  bleu: 'no BLEU scorer',
  gleu: 'no GLEU scorer',
  meteor: 'no METEOR scorer',
  levenshtein: 'no edit-distance scorer',
  latency: 'about the call, not the output',
  cost: 'about the call, not the output',
  perplexity: 'needs log-probabilities',
  'perplexity-score': 'needs log-probabilities',
  'finish-reason': 'about the call, not the output',
  'is-valid-function-call': 'tool calls are not imported',
  'is-valid-openai-function-call': 'tool calls are not imported',
  'is-valid-openai-tools-call': 'tool calls are not imported',
  'tool-call-f1': 'tool calls are not imported',
  'skill-used': 'agent traces are not imported',
  'trace-span-count': 'traces are not imported',
  'trace-span-duration': 'traces are not imported',
  'trace-error-spans': 'traces are not imported',
  'trajectory:tool-used': 'agent traces are not imported',
  'trajectory:tool-args-match': 'agent traces are not imported',
  'trajectory:tool-sequence': 'agent traces are not imported',
  'trajectory:step-count': 'agent traces are not imported',
  'assert-set': 'assertion sets (with their own threshold) are not imported',
};

/** promptfoo's base assertion types (BaseAssertionTypesSchema), for reading CSV `__expected` cells. */
export const promptfooBaseTypes: readonly string[] = [
  ...assertionRules.map((rule) => rule.type),
  ...modelGradedTypes.filter((type) => !['select-best', 'max-score', 'human'].includes(type)),
  ...Object.keys(unmappedReasons).filter((type) => type !== 'assert-set'),
];

const rulesByType = new Map(assertionRules.map((rule) => [rule.type, rule]));

/** The rule of a base type, if fixfirst maps it. */
export function ruleFor(baseType: string): AssertionRule | undefined {
  return rulesByType.get(baseType);
}
