import type { CheckSpec } from '../core/eval-case.js';
import type { JsonValue } from '../core/json.js';
import type { ItemResult } from '../core/report/item-result.js';

/** A contract check as the repair sees it: the spec, its one-line doc and a loaded JSON schema. */
export interface RepairCheck {
  spec: CheckSpec;
  /** The check's summary (what it verifies). */
  summary: string;
  /** The JSON schema named by a `schema` parameter, when there is one. */
  schema?: unknown;
}

/** One instruction added to the prompt, and the failures it is aimed at. */
export interface RepairRule {
  /** The failure it targets, e.g. `contract check json failed on 12 item(s)`. */
  target: string;
  instruction: string;
}

/** What the deterministic repair reads: the baseline's results and outputs. */
export interface RepairInput {
  baseSystem: string | undefined;
  items: readonly ItemResult[];
  outputs: readonly string[];
  references: readonly (JsonValue | undefined)[];
  checks: readonly RepairCheck[];
}

const fence = /```/;

function parameterText(spec: CheckSpec): string {
  const { check: _check, schema: _schema, ...parameters } = spec;
  const entries = Object.entries(parameters);
  return entries.length === 0
    ? ''
    : ` (${entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')})`;
}

/**
 * Deterministic prompt repairs aimed at the failure classes the baseline showed (DESIGN §3): the
 * contract's own rules for every check that failed (with its JSON schema), no code fences when
 * outputs were fenced, and "the answer only, in the expected form" when items were right in content
 * but wrong in form. Returns the repaired system prompt, or undefined when nothing failed on the
 * surface. Pure: no model writes these.
 */
export function buildDeterministicRepair(
  input: RepairInput,
): { system: string; rules: RepairRule[] } | undefined {
  const rules: RepairRule[] = [];
  const failing = input.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.class !== 'pass');
  const failedChecks = new Map<string, number>();
  for (const { item } of failing) {
    for (const check of item.checks)
      if (!check.pass) failedChecks.set(check.check, (failedChecks.get(check.check) ?? 0) + 1);
  }
  const seen = new Set<string>();
  for (const check of input.checks) {
    const count = failedChecks.get(check.spec.check);
    const key = JSON.stringify(check.spec);
    if (count === undefined || seen.has(key)) continue;
    seen.add(key);
    let instruction = `- ${check.summary}${parameterText(check.spec)}`;
    if (check.schema !== undefined)
      instruction += `\n  The output must be valid against this JSON Schema:\n  ${JSON.stringify(check.schema)}`;
    rules.push({ target: `contract check ${check.spec.check} failed on ${count} item(s)`, instruction });
  }
  const fenced = failing.filter(({ index }) => fence.test(input.outputs[index] ?? '')).length;
  if (fenced > 0) {
    rules.push({
      target: `${fenced} failing output(s) were wrapped in code fences`,
      instruction: '- Do not wrap the output in code fences (```) or any markdown.',
    });
  }
  const surface = failing.filter(({ item }) => item.class === 'surface');
  if (surface.length > 0) {
    rules.push({
      target: `${surface.length} item(s) were right in content but wrong in form`,
      instruction: '- Reply with the answer only, exactly in the expected form: no preamble, no explanation.',
    });
  }
  const formFailures = failing.filter(
    ({ item }) =>
      item.class === 'surface' ||
      item.checks.some(
        (check) => !check.pass && (check.category === 'format' || check.category === 'structure'),
      ),
  ).length;
  // A JSON Schema in the contract is the authority on the shape; references may hold only the
  // fields the scorer compares, and a rule built from them would contradict the schema.
  const schema = input.checks.find((check) => check.schema !== undefined)?.schema;
  const shape =
    schema === undefined ? referenceShape(input.references) : schemaShape(schema, input.references);
  if (formFailures > 0 && shape !== undefined) {
    rules.push({
      target: `${formFailures} item(s) failed on form; ${schema === undefined ? 'the references show' : "the contract's JSON Schema sets"} the expected shape`,
      instruction: shape,
    });
  }
  if (rules.length === 0) return undefined;
  const base = input.baseSystem?.trim() ?? '';
  const block = `Output requirements (follow them exactly):\n${rules.map((rule) => rule.instruction).join('\n')}`;
  return { system: base === '' ? block : `${base}\n\n${block}`, rules };
}

type JsonObject = Record<string, JsonValue>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The expected shape from a contract's JSON Schema: for an object schema, its required keys (else
 * its declared ones), with a reference as the example only when it satisfies both the required keys
 * and `additionalProperties: false`. Undefined for any other schema: the schema itself is the rule.
 */
function schemaShape(schema: unknown, references: readonly (JsonValue | undefined)[]): string | undefined {
  if (!isObject(schema)) return undefined;
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  if (schema.type !== 'object' && properties.length === 0) return undefined;
  const required = Array.isArray(schema.required)
    ? schema.required.filter((key): key is string => typeof key === 'string')
    : [];
  const keys = (required.length > 0 ? required : properties).slice(0, 20);
  if (keys.length === 0) return undefined;
  const closed = schema.additionalProperties === false;
  const example = references.find(
    (reference): reference is JsonObject =>
      isObject(reference) &&
      required.every((key) => key in reference) &&
      (!closed || Object.keys(reference).every((key) => properties.includes(key))),
  );
  const which = required.length > 0 ? 'required by the JSON Schema' : 'of the JSON Schema';
  return `- Reply with a single JSON object with the keys ${keys.map((key) => JSON.stringify(key)).join(', ')} (${which}${closed ? '; no other keys' : ''})${example === undefined ? '' : `, e.g. ${JSON.stringify(example)}`}.`;
}

/** The expected shape of answers, when the references show one: JSON keys, or a short label set. */
function referenceShape(references: readonly (JsonValue | undefined)[]): string | undefined {
  const known = references.filter((reference) => reference !== undefined);
  if (known.length === 0) return undefined;
  const objects = known.filter(
    (reference): reference is Record<string, JsonValue> =>
      typeof reference === 'object' && reference !== null && !Array.isArray(reference),
  );
  if (objects.length === known.length) {
    const keys = [...new Set(objects.flatMap((reference) => Object.keys(reference)))].slice(0, 20);
    return `- Reply with a single JSON object with the keys ${keys.map((key) => JSON.stringify(key)).join(', ')}, e.g. ${JSON.stringify(objects[0])}.`;
  }
  if (!known.every((reference) => typeof reference === 'string')) return undefined;
  const labels = [...new Set(known as string[])];
  // A small set of short answers is a label set: name it, so the model answers with one of them.
  if (labels.length > 20 || labels.length * 3 > known.length || labels.some((label) => label.length > 40))
    return undefined;
  return `- The answer is exactly one of: ${labels.map((label) => JSON.stringify(label)).join(', ')}.`;
}

/** A failing item shown to the optimizer model. */
export interface FailureExample {
  input: string;
  output: string;
  expected: string;
  problems: string[];
}

/** Marker the optimizer prompt contains (and the test server recognises). */
export const rewriteMarker = 'IMPROVED SYSTEM PROMPT';

/**
 * The optimizer's request for rewrite `variant` of `variants`: the task, the current prompt, the
 * contract, and up to four failures from the search split (ProTeGi-style error-driven edits,
 * evidence-cost.md §1.4 and §1.7).
 */
export function rewriteMessages(options: {
  task: string;
  currentSystem: string;
  contract: readonly string[];
  failures: readonly FailureExample[];
  variant: number;
  variants: number;
}): { role: 'system' | 'user'; content: string }[] {
  const examples = options.failures
    .map(
      (failure, index) =>
        `### Failure ${index + 1}\nInput:\n${failure.input}\n\nOutput:\n${failure.output}\n\nExpected:\n${failure.expected}\n\nProblems: ${failure.problems.join('; ') || 'wrong answer'}`,
    )
    .join('\n\n');
  return [
    {
      role: 'system',
      content:
        'You improve the system prompts of LLM features. You answer with a system prompt and nothing else.',
    },
    {
      role: 'user',
      content: [
        `Task of the feature: ${options.task || '(not described)'}`,
        `Current system prompt:\n"""\n${options.currentSystem || '(none)'}\n"""`,
        options.contract.length > 0
          ? `Every output must satisfy:\n${options.contract.map((rule) => `- ${rule}`).join('\n')}`
          : '',
        `The current prompt failed on these inputs:\n\n${examples}`,
        `Diagnose why these outputs failed, then write variant ${options.variant} of ${options.variants} of an ${rewriteMarker} that fixes these failures in general, without quoting or overfitting to these examples. Reply with the new system prompt only.`,
      ]
        .filter((part) => part !== '')
        .join('\n\n'),
    },
  ];
}

/** The rewritten prompt from the optimizer's answer (fences and quotes around it removed), or undefined. */
export function parseRewrite(text: string): string | undefined {
  let result = text.trim();
  const fenced = /^```[a-z]*\n([\s\S]*?)\n```$/i.exec(result);
  if (fenced) result = fenced[1]!.trim();
  if (result.startsWith('"""') && result.endsWith('"""')) result = result.slice(3, -3).trim();
  return result.length >= 10 ? result : undefined;
}
