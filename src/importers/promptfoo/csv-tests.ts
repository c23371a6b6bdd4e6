import type { PromptfooAssertion } from './promptfoo-test.js';

/**
 * promptfoo's CSV test rows (testCaseFromCsvRow and assertionFromString in src/csv.ts): columns
 * are vars, except `__expected`, `__expected1..n` (one assertion each, written `icontains:Paris`,
 * `not-regex:^\d`, `javascript:…`, or a bare value meaning `equals`), `__description`,
 * `__providerOutput`, `__prefix`, `__suffix`, `__threshold`, `__metric`, `__metadata:<key>` (and
 * `__metadata:<key>[]` for a comma-separated list) and `__config:__expectedN:threshold`.
 */

/** A CSV row read as a test, before defaultTest is merged. */
export interface CsvTest {
  description: string | undefined;
  vars: Record<string, string>;
  assert: PromptfooAssertion[];
  providerOutput: string | undefined;
  metadata: Record<string, unknown>;
  threshold: number | undefined;
  prefix: string | undefined;
  suffix: string | undefined;
}

/** A cell problem: which column, and why. */
export interface CsvCellProblem {
  column: string;
  problem: string;
}

const javascriptExtensions = /\.(js|cjs|mjs|ts|cts|mts)$/i;

/**
 * Splits `a, "b, c", d` into fields (promptfoo's parseCommaSeparatedValues): whitespace around
 * commas dropped, repeated commas ignored, quoted fields may hold commas and `\"` or `""`.
 * Undefined when a quote never closes.
 */
export function splitCommaList(value: string): string[] | undefined {
  const fields: string[] = [];
  let index = 0;
  const skipSpace = () => {
    while (index < value.length && /\s/.test(value[index]!)) index++;
  };
  while (index < value.length) {
    for (;;) {
      skipSpace();
      if (value[index] !== ',') break;
      index++;
    }
    if (index >= value.length) break;
    if (value[index] === '"') {
      index++;
      let field = '';
      let closed = false;
      while (index < value.length) {
        const character = value[index]!;
        const next = value[index + 1];
        if (character === '\\' && (next === '"' || next === '\\')) {
          field += next;
          index += 2;
        } else if (character === '"' && next === '"') {
          field += '"';
          index += 2;
        } else if (character === '"') {
          index++;
          closed = true;
          break;
        } else {
          field += character;
          index++;
        }
      }
      if (!closed) return undefined;
      fields.push(field);
      skipSpace();
      if (index < value.length && value[index] !== ',') return undefined;
    } else {
      const start = index;
      while (index < value.length && value[index] !== ',') index++;
      fields.push(value.slice(start, index).trim());
    }
  }
  return fields;
}

/** promptfoo's assertion regex: `[not-]type[(threshold)][:value]` over its base types. */
function assertionPattern(types: readonly string[]): RegExp {
  const names = types.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`^(not-)?(${names})(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::([\\s\\S]*))?$`);
}

const thresholdTypes = new Set([
  'answer-relevance',
  'classifier',
  'context-faithfulness',
  'context-recall',
  'context-relevance',
  'cost',
  'latency',
  'levenshtein',
  'perplexity-score',
  'perplexity',
  'rouge-n',
  'similar',
  'starts-with',
]);

/** Reads one `__expected` cell as promptfoo does; a bare value is an `equals` assertion. */
export function assertionFromCell(
  cell: string,
  baseTypes: readonly string[],
): PromptfooAssertion | CsvCellProblem['problem'] {
  for (const prefix of ['javascript:', 'fn:', 'eval:']) {
    if (cell.startsWith(prefix)) return { type: 'javascript', value: cell.slice(prefix.length).trim() };
  }
  if (cell.startsWith('file://') && javascriptExtensions.test(cell.slice(7))) {
    return { type: 'javascript', value: cell.trim() };
  }
  if (cell.startsWith('grade:')) return { type: 'llm-rubric', value: cell.slice(6) };
  if (cell.startsWith('llm-rubric:')) return { type: 'llm-rubric', value: cell.slice(11) };
  if (cell.startsWith('python:') || (cell.startsWith('file://') && /\.py($|:)/.test(cell))) {
    return { type: 'python', value: cell.slice(7).trim() };
  }
  const match = assertionPattern(baseTypes).exec(cell);
  if (match === null) return { type: 'equals', value: cell };
  const [, not, type, thresholdText, value] = match;
  const fullType = `${not ?? ''}${type!}`;
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (type!.endsWith('-any') || type!.endsWith('-all')) {
    if (value === undefined) return { type: fullType };
    const list = splitCommaList(value);
    return list === undefined
      ? `unterminated quote in the list of "${cell}"`
      : { type: fullType, value: list };
  }
  if (type === 'contains-json' || type === 'is-json')
    return value === undefined ? { type: fullType } : { type: fullType, value };
  const assertion: PromptfooAssertion = { type: fullType };
  if (value !== undefined) assertion.value = value.trim();
  if (thresholdTypes.has(type!)) assertion.threshold = threshold ?? (type === 'similar' ? 0.8 : 0.75);
  return assertion;
}

/** A finite number from a cell, or undefined for an empty or non-numeric cell. */
function finiteNumber(cell: string): number | undefined {
  const trimmed = cell.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/** Reads one CSV row (header → cell) as a promptfoo test. */
export function testFromCsvRow(
  row: Readonly<Record<string, string>>,
  baseTypes: readonly string[],
): CsvTest | CsvCellProblem {
  const test: CsvTest = {
    description: undefined,
    vars: {},
    assert: [],
    providerOutput: undefined,
    metadata: {},
    threshold: undefined,
    prefix: undefined,
    suffix: undefined,
  };
  let metric: string | undefined;
  const thresholds = new Map<number, number>();
  for (const [rawKey, value] of Object.entries(row)) {
    const key = rawKey.trim();
    if (key.startsWith('__expected')) {
      if (value.trim() === '') continue;
      const assertion = assertionFromCell(value.trim(), baseTypes);
      if (typeof assertion === 'string') return { column: key, problem: assertion };
      test.assert.push(assertion);
    } else if (key === '__prefix') test.prefix = value;
    else if (key === '__suffix') test.suffix = value;
    else if (key === '__description') test.description = value === '' ? undefined : value;
    else if (key === '__providerOutput') test.providerOutput = value === '' ? undefined : value;
    else if (key === '__metric') metric = value;
    else if (key === '__threshold') test.threshold = finiteNumber(value);
    else if (key.startsWith('__metadata:')) {
      const name = key.slice(11);
      if (value.trim() === '') continue;
      if (name.endsWith('[]')) {
        test.metadata[name.slice(0, -2)] = value
          .split(/(?<!\\),/)
          .map((part) => part.trim().replace(/\\,/g, ','));
      } else test.metadata[name] = value;
    } else if (key.startsWith('__config:')) {
      const match = /^__config:__expected(\d*):(\w+)$/.exec(key);
      if (match === null || match[2] !== 'threshold' || match[1] === '0') {
        return {
          column: key,
          problem: 'write __config:__expected:threshold or __config:__expected<N>:threshold',
        };
      }
      const number = finiteNumber(value);
      if (number === undefined) return { column: key, problem: `"${value}" is not a number` };
      thresholds.set(match[1] === '' ? 0 : Number(match[1]) - 1, number);
    } else if (key !== '__metadata') test.vars[key] = value;
  }
  test.assert.forEach((assertion, index) => {
    if (metric !== undefined) assertion.metric = metric;
    const threshold = thresholds.get(index);
    if (threshold !== undefined) {
      assertion.threshold = threshold;
      test.metadata.threshold = threshold;
    }
  });
  return test;
}
