import type { Thresholds } from '../core/config.js';
import type { ItemClass, ItemResult } from '../core/report/item-result.js';
import type { CheckSummary, Report } from '../core/report/report.js';
import { wilson } from '../stats/wilson.js';

/** Counts per class, plus the foundation-flagged failures. */
export interface ClassCounts {
  pass: number;
  surface: number;
  behavioral: number;
  mixed: number;
  foundation: number;
}

/** Counts items per class. */
export function countClasses(items: readonly ItemResult[]): ClassCounts {
  const counts: ClassCounts = { pass: 0, surface: 0, behavioral: 0, mixed: 0, foundation: 0 };
  for (const item of items) {
    counts[item.class as ItemClass]++;
    if (item.foundation) counts.foundation++;
  }
  return counts;
}

/** The `summary` block of report.json. */
export function summarizeItems(items: readonly ItemResult[], thresholds: Thresholds): Report['summary'] {
  const counts = countClasses(items);
  const n = items.length;
  const alpha = thresholds.alpha;
  const checkResults = items.flatMap((item) => item.checks);
  return {
    items: n,
    classes: {
      pass: counts.pass,
      surface: counts.surface,
      behavioral: counts.behavioral,
      mixed: counts.mixed,
    },
    foundationItems: counts.foundation,
    accuracyStrict: wilson(counts.pass, n, alpha),
    accuracyLenient: wilson(items.filter((item) => item.correctLenient).length, n, alpha),
    contractMet: wilson(items.filter((item) => item.contractMet).length, n, alpha),
    contractMetLoose: wilson(items.filter((item) => item.contractMetLoose).length, n, alpha),
    checksPassed: wilson(checkResults.filter((check) => check.pass).length, checkResults.length, alpha),
    checksPassedLoose: wilson(
      checkResults.filter((check) => check.passLoose).length,
      checkResults.length,
      alpha,
    ),
  };
}

/** Pass rates per check id (strict and loose), in first-seen order. */
export function summarizeChecks(items: readonly ItemResult[], alpha: number): CheckSummary[] {
  const tallies = new Map<
    string,
    { category: string; applied: number; passed: number; passedLoose: number }
  >();
  for (const item of items) {
    for (const check of item.checks) {
      let tally = tallies.get(check.check);
      if (tally === undefined) {
        tally = { category: check.category, applied: 0, passed: 0, passedLoose: 0 };
        tallies.set(check.check, tally);
      }
      tally.applied++;
      if (check.pass) tally.passed++;
      if (check.passLoose) tally.passedLoose++;
    }
  }
  return [...tallies].map(([check, tally]) => ({
    check,
    category: tally.category,
    applied: tally.applied,
    passRate: wilson(tally.passed, tally.applied, alpha),
    passRateLoose: wilson(tally.passedLoose, tally.applied, alpha),
  }));
}
