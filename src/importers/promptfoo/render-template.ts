/**
 * The part of Nunjucks that promptfoo prompts use in practice: `{{ name }}`, `{{ name.field }}`,
 * `{{ name[0] }}`, a few filters and `{# comments #}`. A template is compiled once and rendered
 * per test; anything else (tags such as `{% if %}` and `{% for %}`, whitespace control, operators,
 * custom filters, `env`) is refused with the construct named, never rendered wrongly.
 */

/** A literal argument of a filter call. */
type Literal = string | number | boolean | null;

/** `upper`, or `default("n/a")`. */
interface FilterCall {
  name: string;
  args: Literal[];
}

/** One piece of a compiled template. */
type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'output'; path: (string | number)[]; filters: FilterCall[]; source: string };

/** A compiled template, ready to render with any vars. */
export interface CompiledTemplate {
  readonly parts: readonly TemplatePart[];
  /** The root names it reads (`ticket` for `{{ ticket.subject }}`). */
  readonly variables: readonly string[];
}

/** Why a template cannot be rendered, in words that name the construct. */
export interface TemplateProblem {
  problem: string;
}

type Filter = (value: unknown, args: Literal[]) => unknown;

const normalized = (value: unknown): unknown => (value === undefined || value === null ? '' : value);
const text = (value: unknown): string => String(normalized(value));
const capitalize = (value: string) => {
  const lower = value.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};

/** The filters fixfirst renders exactly as Nunjucks does. */
const filters: Record<string, Filter> = {
  upper: (value) => text(value).toUpperCase(),
  lower: (value) => text(value).toLowerCase(),
  trim: (value) => text(value).replace(/^\s*|\s*$/g, ''),
  capitalize: (value) => capitalize(text(value)),
  title: (value) => text(value).split(' ').map(capitalize).join(' '),
  // promptfoo turns autoescaping off, so `safe` and `string` only make a string.
  safe: (value) => value,
  string: (value) => text(value),
  dump: (value, [spaces]) => JSON.stringify(value, null, typeof spaces === 'number' ? spaces : undefined),
  default: (value, [fallback, ifFalsy]) =>
    ifFalsy === true ? value || fallback : value !== undefined ? value : fallback,
  join: (value, [separator]) =>
    Array.isArray(value) ? value.join(typeof separator === 'string' ? separator : '') : value,
  length: (value) => {
    if (value === undefined || value === null) return 0;
    if (typeof value === 'string' || Array.isArray(value)) return value.length;
    return typeof value === 'object' ? Object.keys(value).length : undefined;
  },
  first: (value) => (typeof value === 'string' || Array.isArray(value) ? value[0] : undefined),
  last: (value) => (typeof value === 'string' || Array.isArray(value) ? value.at(-1) : undefined),
};
filters.d = filters.default!;

/** The filters fixfirst supports, for messages. */
export const supportedFilters = Object.keys(filters);

/** promptfoo renders a template with an unclosed tag on any line as plain text (autoWrapRawIfPartialNunjucks). */
const partialTag = /({%[^%]*$|{{[^}]*$|{#[^#]*$)/m;

const identifier = /^[A-Za-z_$][\w$]*/;

/** Parses `"x"`, `'x'`, numbers, true/false/none/null; undefined when it is none of these. */
function parseLiteral(source: string): { value: Literal } | undefined {
  const trimmed = source.trim();
  const quoted = /^(['"])((?:\\.|(?!\1).)*)\1$/s.exec(trimmed);
  if (quoted) return { value: quoted[2]!.replace(/\\(.)/g, '$1') };
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (trimmed === 'true' || trimmed === 'True') return { value: true };
  if (trimmed === 'false' || trimmed === 'False') return { value: false };
  if (trimmed === 'none' || trimmed === 'None' || trimmed === 'null') return { value: null };
  return undefined;
}

/**
 * Splits `source` at each `separator` outside quotes (a backslash escapes inside them) and, when
 * `nested`, outside parentheses too.
 */
function splitOutside(source: string, separator: string, nested: boolean): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (quote !== undefined) {
      current += character;
      if (character === '\\') current += source[++index] ?? '';
      else if (character === quote) quote = undefined;
      continue;
    }
    if (character === '"' || character === "'") quote = character;
    else if (nested && character === '(') depth++;
    else if (nested && character === ')') depth--;
    if (character === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts;
}

/** Splits `a, "b, c"` at the commas outside quotes; no arguments at all is an empty list. */
function splitArguments(source: string): string[] {
  const parts = splitOutside(source, ',', false);
  return parts.length === 1 && parts[0]!.trim() === '' ? [] : parts;
}

/** Splits `name | default("a|b") | upper` at the pipes outside quotes and parentheses. */
const splitPipes = (source: string) => splitOutside(source, '|', true);

function parsePath(source: string): (string | number)[] | TemplateProblem {
  const path: (string | number)[] = [];
  let rest = source.trim();
  const head = identifier.exec(rest);
  if (head === null) return { problem: `"{{ ${source.trim()} }}" is not a variable name` };
  path.push(head[0]);
  rest = rest.slice(head[0].length);
  while (rest !== '') {
    const dotted = /^\s*\.\s*([A-Za-z_$][\w$]*)/.exec(rest);
    if (dotted) {
      path.push(dotted[1]!);
      rest = rest.slice(dotted[0].length);
      continue;
    }
    const indexed = /^\s*\[\s*(\d+|"[^"]*"|'[^']*')\s*\]/.exec(rest);
    if (indexed) {
      const key = indexed[1]!;
      path.push(/^\d+$/.test(key) ? Number(key) : key.slice(1, -1));
      rest = rest.slice(indexed[0].length);
      continue;
    }
    return {
      problem: `"{{ ${source.trim()} }}" is an expression; fixfirst renders variables, fields and filters only`,
    };
  }
  return path;
}

function parseFilter(source: string): FilterCall | TemplateProblem {
  const match = /^\s*([A-Za-z_]\w*)\s*(?:\(([\s\S]*)\))?\s*$/.exec(source);
  if (match === null) return { problem: `cannot read the filter "${source.trim()}"` };
  const name = match[1]!;
  if (filters[name] === undefined) {
    return {
      problem: `filter "${name}" is not one fixfirst can render (it renders ${supportedFilters.join(', ')})`,
    };
  }
  const args: Literal[] = [];
  for (const argument of match[2] === undefined ? [] : splitArguments(match[2])) {
    const literal = parseLiteral(argument);
    if (literal === undefined) {
      return {
        problem: `filter "${name}" takes literal arguments only, not ${JSON.stringify(argument.trim())}`,
      };
    }
    args.push(literal.value);
  }
  return { name, args };
}

function parseOutput(source: string): TemplatePart | TemplateProblem {
  if (source.startsWith('-') || source.endsWith('-')) {
    return { problem: `whitespace control "{{-" / "-}}" is not supported` };
  }
  const [pathSource, ...filterSources] = splitPipes(source);
  const path = parsePath(pathSource!);
  if (!Array.isArray(path)) return path;
  if (path[0] === 'env') return { problem: '"env" (environment variables in a prompt) is not supported' };
  const calls: FilterCall[] = [];
  for (const filterSource of filterSources) {
    const call = parseFilter(filterSource);
    if ('problem' in call) return call;
    calls.push(call);
  }
  return { kind: 'output', path, filters: calls, source: `{{${source}}}` };
}

/**
 * Compiles a template, or says why fixfirst cannot render it. Comments are dropped; a template
 * with an unclosed `{{`, `{%` or `{#` is plain text, as promptfoo treats it.
 */
export function compileTemplate(template: string): CompiledTemplate | TemplateProblem {
  if (partialTag.test(template)) return { parts: [{ kind: 'text', text: template }], variables: [] };
  const parts: TemplatePart[] = [];
  const tag = /{{([\s\S]*?)}}|{%([\s\S]*?)%}|{#[\s\S]*?#}/g;
  let last = 0;
  for (let match = tag.exec(template); match !== null; match = tag.exec(template)) {
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[2] !== undefined) {
      const word = /^\s*-?\s*(\w+)/.exec(match[2])?.[1] ?? match[2].trim();
      return {
        problem: `the tag "{% ${word} %}" is not supported (fixfirst renders {{ variables }} and filters, no tags)`,
      };
    }
    if (match[1] === undefined) continue;
    const part = parseOutput(match[1].trim());
    if ('problem' in part) return part;
    parts.push(part);
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  const variables = [
    ...new Set(parts.flatMap((part) => (part.kind === 'output' ? [String(part.path[0])] : []))),
  ];
  return { parts, variables };
}

function lookup(vars: Readonly<Record<string, unknown>>, path: readonly (string | number)[]): unknown {
  let value: unknown = vars;
  for (const key of path) {
    if (value === undefined || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Renders a compiled template: undefined and null print as nothing, anything else as String() does. */
export function renderTemplate(compiled: CompiledTemplate, vars: Readonly<Record<string, unknown>>): string {
  let rendered = '';
  for (const part of compiled.parts) {
    if (part.kind === 'text') {
      rendered += part.text;
      continue;
    }
    let value = lookup(vars, part.path);
    for (const call of part.filters) value = filters[call.name]!(value, call.args);
    rendered += text(value);
  }
  return rendered;
}
