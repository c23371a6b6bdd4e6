import { usageError } from '../core/errors.js';
import type { Report } from '../core/report/report.js';
import { decisions } from '../core/report/verdict.js';
import { didYouMean } from '../core/suggest.js';

/** One parsed --fail-on condition. */
export interface FailCondition {
  text: string;
  holds(report: Report): boolean;
}

const metrics: Record<string, (report: Report) => number> = {
  accuracy: (report) => report.summary.accuracyStrict.value,
  lenient: (report) => report.summary.accuracyLenient.value,
  contract: (report) => report.summary.contractMet.value,
};

/** Parses `FINE_TUNE,accuracy<0.9,data-not-ready`. Unknown words are usage errors with a suggestion. */
export function parseFailOn(text: string): FailCondition[] {
  if (text.split(',').every((part) => part.trim() === ''))
    throw usageError(
      '--fail-on: no condition given',
      `name one or more, comma-separated: a verdict (${decisions.join(', ')}), data-not-ready, or accuracy<X / lenient<X / contract<X — e.g. --fail-on FINE_TUNE,accuracy<0.8`,
    );
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): FailCondition => {
      const upper = part.toUpperCase().replaceAll('-', '_');
      if ((decisions as readonly string[]).includes(upper)) {
        return { text: part, holds: (report) => report.verdict.decision === upper };
      }
      if (part === 'data-not-ready')
        return { text: part, holds: (report) => report.questions.data.status === 'not_ready' };
      const comparison = /^([a-z-]+)\s*<\s*([0-9.]+)$/.exec(part);
      if (comparison) {
        const metric = metrics[comparison[1]!];
        const limit = Number(comparison[2]);
        if (metric === undefined) {
          throw usageError(
            `--fail-on: unknown metric "${comparison[1]}".${didYouMean(comparison[1]!, Object.keys(metrics))}`,
            `use ${Object.keys(metrics).join(', ')}`,
          );
        }
        if (!(limit >= 0 && limit <= 1))
          throw usageError(
            `--fail-on: "${part}": the limit must be a proportion between 0 and 1`,
            'write accuracy<0.9 for 90%',
          );
        return { text: part, holds: (report) => metric(report) < limit };
      }
      throw usageError(
        `--fail-on: cannot read "${part}".${didYouMean(upper, [...decisions, 'data-not-ready'])}`,
        `use verdict names (${decisions.join(', ')}), data-not-ready, or accuracy<X / lenient<X / contract<X`,
      );
    });
}
