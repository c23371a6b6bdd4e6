import {
  CheckResolver,
  type ResolvedCheck,
  type ResolvedScorer,
  resolveScorer,
} from '../../checks/resolve.js';
import { isBlank } from '../../checks/text/python-text.js';
import type { CompileHelpers } from '../../core/check.js';
import { inputText } from '../../core/eval-case.js';
import { ruleFor } from './assertion-rules.js';
import type { ImportPlan, MappedTarget } from './plan-import.js';
import { type ImportedTest, itemId } from './project-files.js';

/**
 * Checks the mapping against promptfoo's own grades: for every test of a results file and every
 * assertion mapped to a fixfirst scorer or check, promptfoo's recorded pass must equal fixfirst's
 * strict result for what it was mapped to, as `fixfirst diagnose` computes it. Disagreements are
 * data for the import log, not errors; the one known kind is a blank output, which fixfirst counts
 * as failing every contract check (IFEval's rule) where promptfoo passes, e.g., not-contains.
 */

/** One assertion on which the two tools disagree. */
export interface Disagreement {
  item: string;
  type: string;
  promptfoo: boolean;
  fixfirst: boolean;
  /** What it was mapped to, e.g. `check regex`, `scorer assertions`. */
  target: string;
  /** The output is blank: fixfirst fails every contract check on it (IFEval's rule), promptfoo may not. */
  blank: boolean;
  /** A known difference between the two tools for this assertion type (assertion-rules.ts), when not blank. */
  note?: string;
}

/** The outcome of the comparison. */
export interface Agreement {
  /** Mapped assertions with a recorded pass, compared. */
  checked: number;
  agreed: number;
  /** Per assertion type: compared and agreed. */
  byType: Record<string, { checked: number; agreed: number }>;
  disagreements: Disagreement[];
  /** Mapped assertions promptfoo recorded no pass for (errors, unaligned results). */
  unrecorded: number;
}

/** Compares every mapped assertion of every recorded test (strict mode, as promptfoo has no other). */
export async function verifyAgreement(
  tests: readonly ImportedTest[],
  plan: ImportPlan,
  helpers: CompileHelpers,
): Promise<Agreement> {
  const checks = new CheckResolver(helpers, 'INPUT_INVALID');
  const scorers = new Map<string, Promise<ResolvedScorer>>();
  const agreement: Agreement = { checked: 0, agreed: 0, byType: {}, disagreements: [], unrecorded: 0 };
  for (const [position, { test, input, output }] of tests.entries()) {
    if (test.recorded === undefined || output === undefined) continue;
    const text = inputText(input);
    for (const outcome of plan.outcomes[position]!) {
      if (outcome.target === undefined) continue;
      const recorded = test.recorded.passes[outcome.index];
      if (recorded === undefined) {
        agreement.unrecorded++;
        continue;
      }
      const ours = await strictResult(
        outcome.target,
        output,
        text,
        itemId(test.index),
        checks,
        scorers,
        helpers,
      );
      const tally = agreement.byType[outcome.type] ?? { checked: 0, agreed: 0 };
      agreement.byType[outcome.type] = tally;
      agreement.checked++;
      tally.checked++;
      if (ours === recorded) {
        agreement.agreed++;
        tally.agreed++;
      } else {
        agreement.disagreements.push({
          item: itemId(test.index),
          type: outcome.type,
          promptfoo: recorded,
          fixfirst: ours,
          target:
            outcome.target.kind === 'check'
              ? `check ${outcome.target.spec.check}`
              : `scorer ${outcome.target.spec.type}`,
          blank: outcome.target.kind === 'check' && isBlank(output),
        });
        const last = agreement.disagreements.at(-1)!;
        const note = ruleFor(outcome.type.replace(/^not-/, ''))?.knownDifference;
        if (!last.blank && note !== undefined) last.note = note;
      }
    }
  }
  return agreement;
}

async function strictResult(
  target: MappedTarget,
  output: string,
  input: string,
  id: string,
  checks: CheckResolver,
  scorers: Map<string, Promise<ResolvedScorer>>,
  helpers: CompileHelpers,
): Promise<boolean> {
  if (target.kind === 'check') {
    // As `fixfirst diagnose` runs it (src/diagnosis/evaluate-items.ts): a blank output follows no instruction.
    if (isBlank(output)) return false;
    const check: ResolvedCheck = await checks.resolve(target.spec, { field: 'contract' });
    return check.run(output, { input }).pass;
  }
  const key = JSON.stringify(target.spec);
  const scorer = scorers.get(key) ?? resolveScorer(target.spec, { file: 'fixfirst.yaml' }, helpers);
  scorers.set(key, scorer);
  const outcome = await (await scorer).score(output, target.reference, { mode: 'strict', input, itemId: id });
  return outcome.correct;
}
