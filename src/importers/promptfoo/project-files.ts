import { stringify } from 'yaml';
import type { JsonValue } from '../../core/json.js';
import type { MappedModel } from './map-provider.js';
import type { ImportPlan } from './plan-import.js';
import type { PromptfooTest } from './promptfoo-test.js';
import type { RenderedInput } from './render-prompt.js';

/**
 * The files of the fixfirst project: eval.jsonl (one row per test: the rendered prompt as input,
 * the recorded output, the reference the scorer reads, the per-item contract and tags) and
 * fixfirst.yaml (task, prompt, model, scorer, contract). Pure: returns the file texts.
 */

/** One test ready to be a row. */
export interface ImportedTest {
  test: PromptfooTest;
  input: RenderedInput;
  output: string | undefined;
}

/** Where the project came from, for the header of fixfirst.yaml. */
export interface ProjectSources {
  config: string | undefined;
  results: string | undefined;
  promptfooVersion: string | undefined;
  evalId: string | undefined;
  description: string | undefined;
  /** The promptfoo prompt template (shown as a comment). */
  template: string;
  providerId: string | undefined;
}

/** A var is a tag when it reads like a category: short values, at least two and few of them. */
function categoricalVars(tests: readonly ImportedTest[]): string[] {
  const values = new Map<string, Set<string>>();
  const rejected = new Set<string>();
  for (const { test } of tests) {
    for (const [name, value] of Object.entries(test.vars)) {
      if (rejected.has(name)) continue;
      if (!['string', 'number', 'boolean'].includes(typeof value) || String(value).length > 40) {
        rejected.add(name);
        continue;
      }
      const set = values.get(name) ?? new Set<string>();
      values.set(name, set);
      set.add(String(value));
    }
  }
  const limit = Math.max(10, Math.floor(tests.length / 4));
  return [...values]
    .filter(
      ([name, set]) =>
        !rejected.has(name) &&
        set.size >= 2 &&
        set.size <= limit &&
        (tests.length < 4 || set.size < tests.length),
    )
    .map(([name]) => name);
}

function scalar(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return undefined;
}

/** The id of the item made from promptfoo test `index` (its testIdx + 1). */
export const itemId = (index: number) => `test-${index + 1}`;

/** eval.jsonl: one row per test, in promptfoo's order. */
export function renderEvalRows(tests: readonly ImportedTest[], plan: ImportPlan): string {
  const tagVars = categoricalVars(tests);
  const lines = tests.map(({ test, input, output }, index) => {
    const tags: Record<string, string | number | boolean> = {};
    if (test.description !== undefined) tags.description = test.description;
    for (const [key, value] of Object.entries(test.metadata)) {
      const tag = scalar(value);
      if (tag !== undefined) tags[`metadata.${key}`] = tag;
    }
    for (const name of tagVars) {
      const tag = scalar(test.vars[name]);
      if (tag !== undefined) tags[`vars.${name}`] = tag;
    }
    Object.assign(tags, plan.labels[index]);
    if (test.recorded !== undefined && test.recorded.error === undefined) {
      tags['promptfoo.success'] = test.recorded.success ? 'pass' : 'fail';
    }
    const row: Record<string, JsonValue> = { id: itemId(test.index), input: input as JsonValue };
    const reference = plan.references[index];
    if (reference !== undefined) row.reference = reference;
    if (output !== undefined) row.output = output;
    if (plan.itemContracts[index]!.length > 0)
      row.contract = plan.itemContracts[index] as unknown as JsonValue;
    row.tags = tags;
    return JSON.stringify(row);
  });
  return `${lines.join('\n')}\n`;
}

const flow = (value: unknown) => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();

/** fixfirst.yaml, with comments saying where everything came from. */
export function renderProjectConfig(
  plan: ImportPlan,
  sources: ProjectSources,
  model: MappedModel | undefined,
  testCount: number,
): string {
  // A carriage return would end a YAML comment early.
  const templateLines = sources.template.split(/\r?\n|\r/);
  const lines = ['# A fixfirst project written by `fixfirst import promptfoo` from:'];
  if (sources.config !== undefined) lines.push(`#   config:  ${sources.config}`);
  if (sources.results !== undefined) {
    const about = [
      sources.promptfooVersion && `promptfoo ${sources.promptfooVersion}`,
      sources.evalId,
    ].filter(Boolean);
    lines.push(`#   results: ${sources.results}${about.length > 0 ? ` (${about.join(', ')})` : ''}`);
  }
  lines.push(
    '# What each promptfoo assertion became, and what could not be mapped: import-log.md',
    `task: ${JSON.stringify(sources.description ?? `Imported from promptfoo (${testCount} tests)`)}`,
    'eval: eval.jsonl',
    "# Each item's input is the prompt promptfoo rendered for that test, from this template:",
    ...templateLines.slice(0, 12).map((line) => `#   ${line}`),
    ...(templateLines.length > 12 ? ['#   …'] : []),
    'prompt: { template: "{{input}}" }',
  );
  if (model?.model !== undefined) {
    lines.push(
      `model: ${model.model}${sources.providerId ? `   # promptfoo provider ${sources.providerId}` : ''}`,
    );
    if (Object.keys(model.live).length > 0) lines.push(`live: ${flow(model.live)}`);
  } else {
    lines.push(
      `# model: none mapped${sources.providerId ? ` (promptfoo provider ${sources.providerId})` : ''}; set one (e.g. openai:gpt-4o-mini) for live mode`,
    );
  }
  const scoreComment: Record<string, string> = {
    assertions: "   # each item's reference lists its promptfoo correctness assertions",
    none: '   # no promptfoo assertion judged the answer: the contract alone decides',
    custom: '   # your promptfoo javascript assertion, through promptfoo-javascript.mjs',
  };
  lines.push(
    `score: ${flow(plan.score)}${scoreComment[plan.score.type] ?? "   # each item's reference is its promptfoo value"}`,
  );
  if (plan.contract.length === 0) lines.push('contract: []');
  else {
    lines.push('contract:   # assertions every promptfoo test carries');
    for (const spec of plan.contract) lines.push(`  - ${flow(spec)}`);
  }
  return `${lines.join('\n')}\n`;
}
