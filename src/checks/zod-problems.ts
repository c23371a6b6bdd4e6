import type { z } from 'zod';
import type { LocatedProblem, SourceLocation } from '../core/errors.js';
import { didYouMean, nearestName } from '../core/suggest.js';
import { keysAt } from './schema-keys.js';

/** Renders a zod issue path as `contract[1].n`. */
export function renderPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** What was validated, so messages can say what was found and what each key means. */
export interface ZodProblemContext {
  /** The value that was validated (the raw parameters or the parsed YAML). */
  input?: unknown;
  /** The schema it was validated against: parameter descriptions and the accepted keys come from it. */
  schema?: z.ZodType;
  /** Where the accepted keys are documented, for unknown-key hints, e.g. "see `fixfirst checks`". */
  reference?: string;
}

type Issue = z.core.$ZodIssue;

/** The parts of zod's schema definitions read here (zod 4 `_zod.def`). */
interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
}

const definitionOf = (schema: z.ZodType): SchemaDefinition =>
  (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;

/** Follows wrappers (optional, default, lazy, pipe …) to the schema that does the work, keeping the first description. */
function unwrap(schema: z.ZodType | undefined): { schema?: z.ZodType; description?: string } {
  let current = schema;
  let description: string | undefined;
  for (let depth = 0; current !== undefined && depth < 20; depth++) {
    description ??= current.description;
    const definition = definitionOf(current);
    if (definition.innerType !== undefined) current = definition.innerType;
    else if (definition.type === 'pipe' && definition.in !== undefined) current = definition.in;
    else if (definition.type === 'lazy' && definition.getter !== undefined) current = definition.getter();
    else break;
  }
  return { schema: current, description };
}

/** The schema (and its description) at a path inside `schema`, as far as it can be followed. */
function schemaAt(
  schema: z.ZodType | undefined,
  path: readonly PropertyKey[],
): { schema?: z.ZodType; description?: string } {
  let found = unwrap(schema);
  for (const part of path) {
    const definition = found.schema === undefined ? undefined : definitionOf(found.schema);
    let next: z.ZodType | undefined;
    if (definition?.type === 'object') {
      next = definition.shape?.[String(part)];
      if (next === undefined && definitionOf(definition.catchall ?? ({} as z.ZodType))?.type !== 'never')
        next = definition.catchall;
    } else if (definition?.type === 'array') next = definition.element;
    else if (definition?.type === 'record') next = definition.valueType;
    if (next === undefined) return {};
    found = unwrap(next);
  }
  return found;
}

/** The keys an object schema accepts (empty when it is not an object or accepts any key). */
function acceptedKeys(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] | undefined {
  if (schema === undefined) return undefined;
  const keys = keysAt(schema, path);
  if (keys.length > 0) return keys;
  // An object that takes no keys at all (a scorer without parameters) says so; anything else is unknown.
  const found = schemaAt(schema, path).schema;
  return found !== undefined && definitionOf(found).type === 'object' ? [] : undefined;
}

/** The value at a path inside the validated input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** What a zod type name means to a person writing YAML or JSON. */
function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'object':
    case 'record':
    case 'map':
      return 'a mapping (key: value)';
    case 'null':
      return 'null';
    default:
      return `a ${expected}`;
  }
}

/** What was found, in words: `the text "category"`, `the number 2.5`, `a list [a]`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  if (typeof value === 'string') return `the text ${shown(JSON.stringify(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list ${shown(JSON.stringify(value))}`;
  if (typeof value === 'object') return `a mapping ${shown(JSON.stringify(value))}`;
  return typeof value;
}

/** The first key an object schema requires, for examples such as `score: {type: exact}`. */
function firstRequiredKey(schema: z.ZodType | undefined): string | undefined {
  const definition = schema === undefined ? undefined : definitionOf(schema);
  if (definition?.type !== 'object') return undefined;
  return Object.entries(definition.shape ?? {}).find(
    ([, value]) => !['optional', 'default'].includes(definitionOf(value).type),
  )?.[0];
}

/** A YAML example of a value of the expected type, built from what was written when that helps. */
function exampleValue(expected: string, got: unknown, schema?: z.ZodType): string {
  const key = firstRequiredKey(schema);
  if (key !== undefined && (expected === 'object' || expected === 'record'))
    return `{${key}: ${typeof got === 'string' || typeof got === 'number' ? got : '...'}}`;
  switch (expected) {
    case 'array':
    case 'tuple':
      return typeof got === 'string' && got.trim() !== '' ? `[${got}]` : '[a, b]';
    case 'object':
    case 'record':
    case 'map':
      return '{name: value}';
    case 'int':
      if (typeof got === 'number' && Number.isFinite(got)) return String(Math.max(0, Math.round(got)));
      if (typeof got === 'string' && Number.isFinite(Number.parseFloat(got)))
        return String(Math.round(Number.parseFloat(got)));
      return '3';
    case 'number':
      return typeof got === 'string' && Number.isFinite(Number(got)) && got.trim() !== '' ? got.trim() : '1';
    case 'boolean':
      return typeof got === 'string' && /^(no|false|off|0)$/i.test(got.trim()) ? 'false' : 'true';
    case 'string':
      return got !== undefined && got !== null && typeof got !== 'object' ? `"${String(got)}"` : '"..."';
    default:
      return '...';
  }
}

/** `` `key: value` `` when the path ends at a key, else the bare value (a list entry). */
function example(path: readonly PropertyKey[], value: string): string {
  const key = path.at(-1);
  return typeof key === 'string' ? `\`${key}: ${value}\`` : `\`${value}\``;
}

/** " (what it is)" from the schema description, for the hint. */
const meaning = (description: string | undefined) =>
  description === undefined ? '' : ` — ${description.replace(/\.$/, '')}`;

/** A value of the wrong type, or none where one is required, with an example that fits. */
function wrongType(
  expected: string,
  got: unknown,
  sample: string,
  description: string | undefined,
): { problem: string; hint: string } {
  if (got === undefined)
    return {
      problem: `missing: ${expected} is required here`,
      hint: `add it, e.g. ${sample}${meaning(description)}`,
    };
  return {
    problem: `expected ${expected}, got ${describeValue(got)}`,
    hint: `write ${expected}, e.g. ${sample}${meaning(description)}`,
  };
}

/** The one union branch that got furthest (its issues have the longest paths), else undefined. */
function deepestBranch(errors: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestDepth = 0;
  for (const branch of errors) {
    const depth = Math.max(0, ...branch.map((issue) => issue.path.length));
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function bound(issue: Issue & { code: 'too_small' | 'too_big' }): { phrase: string; limit: string } {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small && limit === '1') return { phrase: 'must not be empty', limit };
      return { phrase: `must have ${small ? 'at least' : 'at most'} ${limit} characters`, limit };
    case 'array':
    case 'set':
      if (small && limit === '1') return { phrase: 'must list at least one entry', limit };
      return { phrase: `must list ${small ? 'at least' : 'at most'} ${limit} entries`, limit };
    default: {
      const relation = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      return { phrase: `must be ${relation} ${limit}`, limit };
    }
  }
}

/** A problem in words, and the path it is about (a union's inner issue reaches deeper than the union). */
interface Explained {
  path: readonly PropertyKey[];
  problem: string;
  hint: string;
  /** The unknown keys, for an unknown-key problem (their line is the key's own). */
  keys?: string[];
}

/** What an issue is explained with: the validated input and schema, and the field prefix. */
interface IssueContext extends ZodProblemContext {
  prefix: string;
}

/** One zod issue in plain words, with what was expected and how to fix it. */
function explain(issue: Issue, path: readonly PropertyKey[], context: IssueContext): Explained {
  const { problem, hint, deeper, keys } = describeIssue(issue, path, context);
  return deeper ?? { path, problem, hint, ...(keys === undefined ? {} : { keys }) };
}

function describeIssue(
  issue: Issue,
  path: readonly PropertyKey[],
  context: IssueContext,
): { problem: string; hint: string; deeper?: Explained; keys?: string[] } {
  const got = valueAt(context.input, path);
  const { description, schema } = schemaAt(context.schema, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = describeExpected(issue.expected);
      const sample = example(path, exampleValue(issue.expected, got, schema));
      return wrongType(expected, got, sample, description);
    }
    case 'invalid_union': {
      const deeper = deepestBranch(issue.errors);
      if (deeper !== undefined && got !== undefined) {
        const [first] = deeper;
        if (first !== undefined)
          return { problem: '', hint: '', deeper: explain(first, [...path, ...first.path], context) };
      }
      const expectedTypes = [
        ...new Set(
          issue.errors.flatMap((branch) =>
            branch
              .filter((inner) => inner.code === 'invalid_type')
              .map((inner) => (inner as { expected: string }).expected),
          ),
        ),
      ];
      const expected =
        expectedTypes.length > 0 ? expectedTypes.map(describeExpected).join(' or ') : 'another value';
      const sample = example(path, exampleValue(expectedTypes[0] ?? '', got, schema));
      return wrongType(expected, got, sample, description);
    }
    case 'too_small':
    case 'too_big': {
      const { phrase, limit } = bound(issue);
      const isNumber = issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint';
      return {
        problem: `${phrase}, got ${describeValue(got)}`,
        hint: isNumber
          ? `use a value ${phrase.replace(/^must be /, '')}, e.g. ${example(path, limit)}${meaning(description)}`
          : `change it: it ${phrase}${meaning(description)}`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value));
      const nearest = typeof got === 'string' ? didYouMean(got, issue.values.map(String)) : '';
      return {
        problem:
          `expected ${options.length === 1 ? options[0] : `one of ${options.join(', ')}`}, got ${describeValue(got)}.${nearest}`.replace(
            /\.$/,
            '',
          ),
        hint: `use ${options.length === 1 ? options[0] : `one of: ${issue.values.map(String).join(', ')}`}${meaning(description)}`,
      };
    }
    case 'unrecognized_keys': {
      const known = acceptedKeys(context.schema, path);
      const [only] = issue.keys;
      const problem =
        issue.keys.length === 1
          ? `unknown key "${only}".${didYouMean(only!, known ?? [])}`
          : `unknown keys ${issue.keys
              .map((key) => {
                const nearest = nearestName(key, known ?? []);
                return nearest === undefined ? `"${key}"` : `"${key}" (did you mean "${nearest}"?)`;
              })
              .join(', ')}`;
      const field = renderPath(context.prefix, path);
      const reference = context.reference === undefined ? '' : ` (${context.reference})`;
      return {
        problem,
        keys: [...issue.keys],
        hint:
          known === undefined
            ? `remove ${issue.keys.length === 1 ? 'it' : 'them'} or check the spelling`
            : known.length === 0
              ? `remove ${issue.keys.length === 1 ? 'it' : 'them'}: nothing else is accepted here`
              : `${field === '' ? 'top-level keys' : `keys under ${field}`} are: ${known.join(', ')}${reference}`,
      };
    }
    case 'invalid_format':
      return {
        problem: `${describeValue(got)} is not in the expected form`,
        hint: `${issue.message.replace(/^Invalid string: /, '')}${meaning(description)}`,
      };
    case 'not_multiple_of':
      return {
        problem: `must be a multiple of ${String(issue.divisor)}, got ${describeValue(got)}`,
        hint: `use a multiple of ${String(issue.divisor)}${meaning(description)}`,
      };
    case 'invalid_key':
    case 'invalid_element':
      return {
        problem: `${issue.code === 'invalid_key' ? 'a key' : 'an entry'} is invalid (${issue.issues[0]?.message.replace(/^Invalid input: /, '') ?? 'not accepted'})`,
        hint: `fix the keys of this mapping${meaning(description)}`,
      };
    default: {
      const known = acceptedKeys(context.schema, path.slice(0, -1)) ?? [];
      // A refinement may carry its own fix in `params.hint`.
      const own =
        issue.code === 'custom' ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
      return {
        problem: issue.message,
        hint:
          typeof own === 'string'
            ? own
            : description !== undefined
              ? `${description}`
              : known.length > 0
                ? `the keys accepted here are: ${known.join(', ')}`
                : 'see `fixfirst checks` / `fixfirst scorers` for what each parameter takes',
      };
    }
  }
}

/** A located problem with the path it is about, as keys and indexes (to look its line up). */
export interface ZodProblem extends LocatedProblem {
  path: (string | number)[];
  /** For an unknown-key problem: the keys (each has its own line). */
  keys?: string[];
}

/**
 * Turns a zod error into located problems, one per issue, each in plain words with what was
 * expected and a `fix:` hint (never zod's own "Invalid input"). Pass the validated `input` and the
 * `schema` so messages can say what was found, suggest the nearest key and quote the key's doc.
 */
export function zodProblems(
  error: z.ZodError,
  location: SourceLocation,
  fieldPrefix: string,
  context: ZodProblemContext = {},
): ZodProblem[] {
  return error.issues.map((issue) => {
    const { path, problem, hint, keys } = explain(issue, issue.path, { ...context, prefix: fieldPrefix });
    const field = renderPath(fieldPrefix, path);
    return {
      location: { ...location, field: field || undefined },
      problem,
      hint,
      path: path.filter((part): part is string | number => typeof part !== 'symbol'),
      ...(keys === undefined ? {} : { keys }),
    };
  });
}
