import { FixfirstError, type ProblemCollector } from '../../core/errors.js';
import type { CheckSpec } from '../../core/eval-case.js';
import {
  type AssertionRule,
  modelGradedTypes,
  ruleFor,
  type ScorerComponent,
  type Unmappable,
  unmappedReasons,
} from './assertion-rules.js';
import type { AssertionRole, PlanOptions } from './plan-import.js';
import { type PreparedValue, prepareValue } from './prepare-value.js';
import type { PromptfooTest } from './promptfoo-test.js';
import { stableJson } from './stable-json.js';

/**
 * Every assertion of every test, decided: its value prepared, and whether it judges the answer
 * (correctness), the output's shape (contract), is kept as a recorded label, or is not mapped, and
 * why. The rule is README "Coming from promptfoo": equals and javascript judge the answer; is-json
 * and word-count the shape; a text assertion is contract when every test carries the very same one,
 * correctness when its value changes from test to test; --as-contract / --as-correctness override.
 */

/** One assertion of one test, as the planner works on it. */
export interface Occurrence {
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

const specialModelTypes = new Set(['select-best', 'max-score', 'human']);

function readAssertions(
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

/** Reads and classifies every assertion of every test. */
export function readOccurrences(
  tests: readonly PromptfooTest[],
  baseDir: string,
  options: PlanOptions,
  collector: ProblemCollector,
): Occurrence[] {
  const occurrences = readAssertions(tests, baseDir, collector);
  classify(occurrences, tests.length, options);
  return occurrences;
}
