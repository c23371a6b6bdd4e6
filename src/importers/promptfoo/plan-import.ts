import type { ProblemCollector } from '../../core/errors.js';
import type { CheckSpec } from '../../core/eval-case.js';
import type { JsonValue } from '../../core/json.js';
import { type Occurrence, readOccurrences } from './assertion-occurrences.js';
import { chooseScorer, planJavascript } from './choose-scorer.js';
import { javascriptAdapterFile } from './javascript-adapter.js';
import type { PromptfooTest } from './promptfoo-test.js';
import type { ReferencedFile } from './source-files.js';
import { stableJson } from './stable-json.js';

/**
 * The import plan: from every assertion's decision (assertion-occurrences.ts) and the scorer
 * (choose-scorer.ts), the project contract (a check every test carries) and the per-item checks,
 * the recorded labels, what each assertion maps to (for the check against promptfoo's grades), the
 * mapping table of the import log, and notes on what promptfoo judges differently (thresholds).
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
  const occurrences = readOccurrences(tests, baseDir, options, collector);
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
