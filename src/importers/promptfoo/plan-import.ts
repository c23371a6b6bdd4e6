import { FixfirstError, type ProblemCollector } from '../../core/errors.js';
import type { CheckSpec } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';
import {
  type AssertionRule,
  modelGradedTypes,
  ruleFor,
  type ScorerComponent,
  type SingleScorer,
  type Unmappable,
  unmappedReasons,
} from './assertion-rules.js';
import { type PreparedValue, prepareValue } from './prepare-value.js';
import type { PromptfooTest } from './promptfoo-test.js';
import type { ReferencedFile } from './source-files.js';

/**
 * Decides what every assertion of every test becomes, and builds the scorer, the contract and the
 * labels from that. The rule (README "Coming from promptfoo"): equals and javascript judge the
 * answer; is-json and word-count judge its shape; a text assertion (contains, icontains, regex,
 * starts-with and their variants) is part of the contract when every test carries the very same one
 * (a house rule such as not-icontains "as an AI"), and judges the answer when its value changes from
 * test to test (the expected answer). `--as-contract` / `--as-correctness` override it by type.
 */

/** `score:` of fixfirst.yaml. */
export type ScoreSpec = { type: string; [parameter: string]: JsonValue };

/** Overrides of the classification, by assertion type as written (`not-icontains`). */
export interface PlanOptions {
  asContract: ReadonlySet<string>;
  asCorrectness: ReadonlySet<string>;
}

/** What an assertion became. */
export type AssertionRole = 'correctness' | 'contract' | 'label' | 'not-mapped';

/** The fixfirst scorer or check an assertion maps to, run strictly to compare with promptfoo's pass. */
export type MappedTarget =
  | { kind: 'scorer'; spec: ScoreSpec; reference: JsonValue | undefined }
  | { kind: 'check'; spec: CheckSpec };

/** One assertion of one test, decided. */
export interface AssertionOutcome {
  /** Index in the test's assertions. */
  index: number;
  type: string;
  role: AssertionRole;
  /** Set for correctness and contract roles. */
  target: MappedTarget | undefined;
  /** Why it is not mapped. */
  reason: string | undefined;
}

/** One line of the mapping table in the import log. */
export interface MappingRow {
  type: string;
  role: AssertionRole;
  /** `score: assertions`, `contract: forbidden_phrases (every item)`, `tag promptfoo.llm-rubric`, or why not. */
  target: string;
  /** How many assertions (over all tests). */
  count: number;
  /** How many of them were kept as recorded pass/fail labels. */
  labelled: number;
}

/** Everything the project files are made from. */
export interface ImportPlan {
  score: ScoreSpec;
  /** Per test: its reference (undefined when the scorer needs none for it). */
  references: (JsonValue | undefined)[];
  /** Checks every test carries: the project contract. */
  contract: CheckSpec[];
  /** Per test: the checks only it carries. */
  itemContracts: CheckSpec[][];
  /** Per test: recorded pass/fail of assertions kept as labels (`promptfoo.llm-rubric: pass`). */
  labels: Record<string, string>[];
  /** Per test: every assertion's outcome. */
  outcomes: AssertionOutcome[][];
  rows: MappingRow[];
  /** The JavaScript assertion run as the custom scorer, if any. */
  javascript: { file: ReferencedFile; functionName: string | undefined } | undefined;
  /** Things the user should know (thresholds, weights). */
  notes: string[];
}

/** The module fixfirst writes next to eval.jsonl to call a promptfoo javascript assertion. */
export const javascriptAdapterFile = 'promptfoo-javascript.mjs';

interface Occurrence {
  test: number;
  index: number;
  type: string;
  negated: boolean;
  rule: AssertionRule | undefined;
  prepared: PreparedValue | undefined;
  role: AssertionRole;
  reason: string | undefined;
  component: ScorerComponent | undefined;
  check: CheckSpec | undefined;
  recorded: boolean | undefined;
}

/** JSON with sorted keys, so equal values give equal keys whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([left], [right]) =>
      left < right ? -1 : left > right ? 1 : 0,
    );
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const specialModelTypes = new Set(['select-best', 'max-score', 'human']);

function firstPass(
  tests: readonly PromptfooTest[],
  baseDir: string,
  collector: ProblemCollector,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  tests.forEach((test, testIndex) => {
    test.assertions.forEach((assertion, index) => {
      const negated = assertion.type.startsWith('not-');
      const baseType = negated ? assertion.type.slice(4) : assertion.type;
      const occurrence: Occurrence = {
        test: testIndex,
        index,
        type: assertion.type,
        negated,
        rule: ruleFor(baseType),
        prepared: undefined,
        role: 'not-mapped',
        reason: undefined,
        component: undefined,
        check: undefined,
        recorded: test.recorded?.passes[index],
      };
      occurrences.push(occurrence);
      if (modelGradedTypes.includes(baseType) || specialModelTypes.has(assertion.type)) {
        occurrence.role = 'label';
        return;
      }
      if (assertion.weight === 0) {
        occurrence.reason = 'weight 0 (promptfoo passes it whatever the output)';
        return;
      }
      if (assertion.transform !== undefined) {
        occurrence.reason = 'transform (promptfoo checks a transformed output)';
        return;
      }
      if (occurrence.rule === undefined) {
        occurrence.reason = unmappedReasons[baseType] ?? `unknown assertion type "${assertion.type}"`;
        return;
      }
      if (negated && !occurrence.rule.negatable) {
        occurrence.reason = `${assertion.type} has no fixfirst equivalent`;
        return;
      }
      occurrence.prepared = prepareValue(test, index, baseDir, collector);
      if (occurrence.prepared.kind === 'unmappable') occurrence.reason = occurrence.prepared.reason;
    });
  });
  return occurrences;
}

const isUnmappable = (value: object): value is Unmappable =>
  'unmappable' in value && typeof (value as Unmappable).unmappable === 'string' && !('check' in value);

function usage(problem: string, hint: string): FixfirstError {
  return new FixfirstError('USAGE', problem, { hint });
}

/** Sets role, component and check of the assertions that carry a value. */
function classify(occurrences: Occurrence[], testCount: number, options: PlanOptions): void {
  const testsWith = new Map<string, Set<number>>();
  const keyOf = (occurrence: Occurrence) =>
    `${occurrence.type}\u0000${stableJson((occurrence.prepared as { value: unknown }).value)}`;
  for (const occurrence of occurrences) {
    if (occurrence.prepared?.kind !== 'value' || occurrence.reason !== undefined) continue;
    const key = keyOf(occurrence);
    const tests = testsWith.get(key) ?? new Set<number>();
    testsWith.set(key, tests);
    tests.add(occurrence.test);
  }
  for (const occurrence of occurrences) {
    const { rule, prepared } = occurrence;
    if (rule === undefined || prepared === undefined || occurrence.reason !== undefined) continue;
    if (prepared.kind === 'script') {
      occurrence.role = 'correctness';
      continue;
    }
    if (prepared.kind !== 'value') continue;
    let role: 'correctness' | 'contract' =
      rule.kind === 'format'
        ? 'contract'
        : rule.kind === 'answer'
          ? 'correctness'
          : testCount >= 2 && testsWith.get(keyOf(occurrence))!.size === testCount
            ? 'contract'
            : 'correctness';
    if (options.asContract.has(occurrence.type)) {
      if (rule.contract === undefined) {
        throw usage(
          `--as-contract: ${occurrence.type} cannot be a contract check`,
          'it always judges the answer',
        );
      }
      role = 'contract';
    }
    if (options.asCorrectness.has(occurrence.type)) {
      if (rule.component === undefined) {
        throw usage(
          `--as-correctness: ${occurrence.type} cannot judge the answer`,
          'it is always a contract check',
        );
      }
      role = 'correctness';
    }
    const mapped =
      role === 'contract'
        ? rule.contract!(prepared.value, occurrence.negated)
        : rule.component!(prepared.value, occurrence.negated);
    if (isUnmappable(mapped)) {
      occurrence.reason = mapped.unmappable;
      continue;
    }
    occurrence.role = role;
    if (role === 'contract') occurrence.check = mapped as CheckSpec;
    else occurrence.component = mapped as ScorerComponent;
  }
}

/** promptfoo's javascript assertion as the custom scorer: only when it is every test's one correctness check. */
function planJavascript(
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

function chooseScorer(
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

function targetText(
  occurrence: Occurrence,
  plan: Pick<ImportPlan, 'score' | 'javascript'>,
  projectWide: boolean,
): string {
  switch (occurrence.role) {
    case 'correctness':
      if (plan.score.type === 'custom') {
        const { file, functionName } = plan.javascript!;
        return `score: custom (${file.shown}${functionName ? `#${functionName}` : ''}, through ${javascriptAdapterFile})`;
      }
      return plan.score.type === 'assertions'
        ? `score: assertions (${occurrence.type})`
        : `score: ${plan.score.type}`;
    case 'contract':
      return `contract: ${occurrence.check!.check}${occurrence.check!.check === 'regex' ? ` /${String(occurrence.check!.pattern)}/` : ''} (${projectWide ? 'every item' : 'per item'})`;
    case 'label':
      return 'recorded pass/fail, as a tag';
    case 'not-mapped':
      return `not mapped: ${occurrence.reason ?? 'no recorded result'}`;
  }
}

/** Plans the import of tests (all of them imported as items, in order). */
export function planImport(
  tests: readonly PromptfooTest[],
  baseDir: string,
  options: PlanOptions,
  collector: ProblemCollector,
): ImportPlan {
  const occurrences = firstPass(tests, baseDir, collector);
  classify(occurrences, tests.length, options);
  const javascript = planJavascript(occurrences);
  const { score, references, single } = chooseScorer(occurrences, tests, javascript);

  // The contract: a check on every test is project-wide, the others are per item.
  const checkTests = new Map<string, Set<number>>();
  for (const occurrence of occurrences) {
    if (occurrence.check === undefined) continue;
    const key = stableJson(occurrence.check);
    const set = checkTests.get(key) ?? new Set<number>();
    checkTests.set(key, set);
    set.add(occurrence.test);
  }
  const projectKeys = new Set(
    [...checkTests].filter(([, set]) => tests.length >= 2 && set.size === tests.length).map(([key]) => key),
  );
  const contract: CheckSpec[] = [];
  const itemContracts = tests.map(() => [] as CheckSpec[]);
  const itemKeys = tests.map(() => new Set<string>());
  const added = new Set<string>();
  for (const occurrence of occurrences) {
    if (occurrence.check === undefined) continue;
    const key = stableJson(occurrence.check);
    if (projectKeys.has(key)) {
      if (!added.has(key)) contract.push(occurrence.check);
      added.add(key);
    } else if (!itemKeys[occurrence.test]!.has(key)) {
      itemKeys[occurrence.test]!.add(key);
      itemContracts[occurrence.test]!.push(occurrence.check);
    }
  }

  // Labels, outcomes and the mapping table.
  const labels = tests.map(() => ({}) as Record<string, string>);
  const outcomes = tests.map(() => [] as AssertionOutcome[]);
  const rows = new Map<string, MappingRow>();
  const correctnessIndex = tests.map(() => 0);
  for (const occurrence of occurrences) {
    let target: MappedTarget | undefined;
    if (occurrence.role === 'contract') target = { kind: 'check', spec: occurrence.check! };
    if (occurrence.role === 'correctness') {
      const position = correctnessIndex[occurrence.test]!++;
      if (score.type === 'custom')
        target = { kind: 'scorer', spec: score, reference: references[occurrence.test] };
      else if (single !== undefined)
        target = { kind: 'scorer', spec: score, reference: single[occurrence.test]!.reference };
      else {
        const reference = [(references[occurrence.test] as JsonValue[])[position]!];
        target = { kind: 'scorer', spec: { type: 'assertions' }, reference };
      }
    }
    let labelled = 0;
    if (
      (occurrence.role === 'label' || occurrence.role === 'not-mapped') &&
      occurrence.recorded !== undefined
    ) {
      const testLabels = labels[occurrence.test]!;
      let key = `promptfoo.${occurrence.type}`;
      for (let copy = 2; key in testLabels; copy++) key = `promptfoo.${occurrence.type}.${copy}`;
      testLabels[key] = occurrence.recorded ? 'pass' : 'fail';
      labelled = 1;
    }
    outcomes[occurrence.test]!.push({
      index: occurrence.index,
      type: occurrence.type,
      role: occurrence.role,
      target,
      reason: occurrence.reason,
    });
    const projectWide = occurrence.check !== undefined && projectKeys.has(stableJson(occurrence.check));
    const text = targetText(occurrence, { score, javascript }, projectWide);
    const rowKey = `${occurrence.type}\u0000${text}`;
    const row = rows.get(rowKey) ?? {
      type: occurrence.type,
      role: occurrence.role,
      target: text,
      count: 0,
      labelled: 0,
    };
    row.count++;
    row.labelled += labelled;
    rows.set(rowKey, row);
  }

  const notes: string[] = [];
  const thresholded = tests.filter((test) => test.threshold !== undefined).length;
  if (thresholded > 0) {
    notes.push(
      `${thresholded} test(s) set a threshold: promptfoo passes them on a weighted score, fixfirst requires every mapped assertion to hold`,
    );
  }
  const weighted = occurrences.filter((occurrence) => {
    const weight = tests[occurrence.test]!.assertions[occurrence.index]!.weight;
    return weight !== undefined && weight !== 0 && weight !== 1;
  }).length;
  if (weighted > 0)
    notes.push(`${weighted} assertion(s) carry a weight, which only matters for promptfoo's thresholds`);
  if (
    contract
      .concat(...itemContracts)
      .some((spec) => spec.check === 'json_schema' && JSON.stringify(spec.schema).includes('"format"'))
  ) {
    notes.push(
      'a JSON Schema uses "format": promptfoo validates formats (ajv-formats), fixfirst’s json_schema does not',
    );
  }
  return {
    score,
    references,
    contract,
    itemContracts,
    labels,
    outcomes,
    rows: [...rows.values()],
    javascript,
    notes,
  };
}
