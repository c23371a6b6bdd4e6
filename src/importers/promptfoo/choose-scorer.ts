import type { JsonValue } from '../../core/json.js';
import type { Occurrence } from './assertion-occurrences.js';
import type { SingleScorer } from './assertion-rules.js';
import { javascriptAdapterFile } from './javascript-adapter.js';
import type { ImportPlan, ScoreSpec } from './plan-import.js';
import type { PromptfooTest } from './promptfoo-test.js';
import type { ReferencedFile } from './source-files.js';
import { stableJson } from './stable-json.js';

/**
 * The scorer of the imported project, from the assertions that judge the answer: promptfoo's
 * javascript file as the custom scorer when it is every test's one such assertion; else one kind on
 * every test as the built-in scorer that says the same (exact, contains, regex); else the
 * `assertions` scorer with each test's list as its reference; none at all gives `none`.
 */

/** promptfoo's javascript assertion as the custom scorer: only when it is every test's one correctness check. */
export function planJavascript(
  occurrences: Occurrence[],
): { file: ReferencedFile; functionName: string | undefined } | undefined {
  const scripts = occurrences.filter(
    (occurrence) => occurrence.prepared?.kind === 'script' && occurrence.role === 'correctness',
  );
  if (scripts.length === 0) return undefined;
  const others = occurrences.some(
    (occurrence) => occurrence.role === 'correctness' && occurrence.prepared?.kind !== 'script',
  );
  const perTest = new Map<number, number>();
  for (const script of scripts) perTest.set(script.test, (perTest.get(script.test) ?? 0) + 1);
  const references = new Set(scripts.map((script) => (script.prepared as { reference: string }).reference));
  let reason: string | undefined;
  if (others)
    reason = 'javascript next to other correctness assertions (fixfirst runs one scorer per project)';
  else if (references.size > 1)
    reason = `several javascript files or functions (${[...references].join(', ')}); fixfirst runs one`;
  else if ([...perTest.values()].some((count) => count > 1))
    reason = 'several javascript assertions in one test';
  if (reason !== undefined) {
    for (const script of scripts) {
      script.role = 'not-mapped';
      script.reason = reason;
    }
    return undefined;
  }
  const prepared = scripts[0]!.prepared as { file: ReferencedFile };
  return { file: prepared.file, functionName: prepared.file.functionName };
}

export function chooseScorer(
  occurrences: Occurrence[],
  tests: readonly PromptfooTest[],
  javascript: ImportPlan['javascript'],
): { score: ScoreSpec; references: (JsonValue | undefined)[]; single: SingleScorer[] | undefined } {
  const correctness = tests.map(() => [] as Occurrence[]);
  for (const occurrence of occurrences) {
    if (occurrence.role === 'correctness') correctness[occurrence.test]!.push(occurrence);
  }
  if (javascript !== undefined) {
    const references = correctness.map((list, testIndex): JsonValue | undefined => {
      const script = list[0];
      if (script === undefined) return undefined;
      const assertion = tests[testIndex]!.assertions[script.index]!;
      const reference: Record<string, JsonValue> = {
        vars: tests[testIndex]!.vars as Record<string, JsonValue>,
      };
      if (typeof assertion.threshold === 'number') reference.threshold = assertion.threshold;
      if (script.negated) reference.negated = true;
      return reference;
    });
    const everyTest = references.every((reference) => reference !== undefined);
    return {
      score: {
        type: 'custom',
        module: javascriptAdapterFile,
        ...(everyTest ? {} : { requires_reference: false }),
      },
      references,
      single: undefined,
    };
  }
  if (correctness.every((list) => list.length === 0)) {
    return { score: { type: 'none' }, references: tests.map(() => undefined), single: undefined };
  }
  if (correctness.every((list) => list.length === 1 && !list[0]!.negated)) {
    const singles = correctness.map((list) =>
      list[0]!.rule!.single?.((list[0]!.prepared as { value: unknown }).value),
    );
    const specs = new Set(singles.map((single) => (single === undefined ? '' : stableJson(single.spec))));
    const types = new Set(correctness.map((list) => list[0]!.type));
    if (types.size === 1 && specs.size === 1 && !specs.has('')) {
      const chosen = singles as SingleScorer[];
      return { score: chosen[0]!.spec, references: chosen.map((single) => single.reference), single: chosen };
    }
  }
  return {
    score: { type: 'assertions' },
    references: correctness.map((list) =>
      list.map((occurrence) => occurrence.component! as unknown as JsonValue),
    ),
    single: undefined,
  };
}
