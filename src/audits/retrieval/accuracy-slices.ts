import type { Estimate } from '../../core/estimate.js';
import { groupDigits } from '../../core/group-digits.js';
import { fisherExact } from '../../stats/fisher-exact.js';
import { holmAdjust } from '../../stats/holm.js';
import { wilson } from '../../stats/wilson.js';

/** Accuracy of one slice, tested against the other slices together. */
export interface AccuracySlice {
  label: string;
  accuracy: Estimate;
  /** Fisher exact test, this slice vs the rest. */
  pValue: number;
  /** Holm-adjusted over the slices. */
  adjustedPValue: number;
}

/**
 * Accuracy per slice (Wilson), each slice tested against all other items with Fisher's exact test,
 * p-values Holm-adjusted across the slices (rag.md §2.3 step 5). Slices come out in `order`; empty
 * slices are left out.
 */
export function accuracySlices(
  entries: readonly { slice: string; correct: boolean }[],
  order: readonly string[],
  alpha: number,
): AccuracySlice[] {
  const totalCorrect = entries.filter((entry) => entry.correct).length;
  const slices = order
    .map((label) => {
      const inSlice = entries.filter((entry) => entry.slice === label);
      const correct = inSlice.filter((entry) => entry.correct).length;
      const restCorrect = totalCorrect - correct;
      const restWrong = entries.length - inSlice.length - restCorrect;
      return {
        label,
        accuracy: wilson(correct, inSlice.length, alpha),
        pValue: fisherExact(correct, inSlice.length - correct, restCorrect, restWrong),
        count: inSlice.length,
      };
    })
    .filter((slice) => slice.count > 0);
  const adjusted = holmAdjust(slices.map((slice) => slice.pValue));
  return slices.map(({ label, accuracy, pValue }, index) => ({
    label,
    accuracy,
    pValue,
    adjustedPValue: adjusted[index]!,
  }));
}

/** Prompt-position slices in the order reported: the U-shape of "lost in the middle" reads left to right. */
export const positionSlices = ['first', '2–3', 'middle', 'last'] as const;

/** The slice of a gold passage at 1-based `position` among `count` passages. */
export function positionSlice(position: number, count: number): (typeof positionSlices)[number] {
  if (position === 1) return 'first';
  if (position === count) return 'last';
  if (position <= 3) return '2–3';
  return 'middle';
}

/**
 * Context-length slices at the quartiles of `lengths` (characters), labelled with their ranges; empty
 * when fewer than 8 items or too few distinct lengths to cut.
 */
export function lengthSlices(lengths: readonly number[]): {
  labels: string[];
  sliceOf(length: number): string;
} {
  const sorted = [...lengths].sort((left, right) => left - right);
  if (sorted.length < 8 || sorted[0] === sorted.at(-1)) return { labels: [], sliceOf: () => '' };
  const cut = (fraction: number) => sorted[Math.floor(fraction * (sorted.length - 1))]!;
  const bounds = [...new Set([cut(0.25), cut(0.5), cut(0.75)])].filter((bound) => bound < sorted.at(-1)!);
  if (bounds.length === 0) return { labels: [], sliceOf: () => '' };
  const labels = bounds.map((bound, index) =>
    index === 0
      ? `≤ ${groupDigits(bound)} chars`
      : `${groupDigits(bounds[index - 1]! + 1)}–${groupDigits(bound)} chars`,
  );
  labels.push(`> ${groupDigits(bounds.at(-1)!)} chars`);
  return {
    labels,
    sliceOf(length) {
      const index = bounds.findIndex((bound) => length <= bound);
      return labels[index === -1 ? labels.length - 1 : index]!;
    },
  };
}
