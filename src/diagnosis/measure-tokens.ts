import type { EvalCase } from '../core/eval-case.js';
import { memoByText } from '../core/memo-by-text.js';
import type { DataQuestion } from '../core/report/report.js';
import type { Measured, MeasuredSizes } from '../cost/resolve-economics-inputs.js';
import { countTrainingTokens, type TokenCounter } from '../cost/training-tokens.js';

/** Evenly spaced items, at most `limit`, so a 100,000-item eval set costs no more than 2,000. */
function sample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, index) => items[Math.floor(index * step)]!);
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Mean user-message tokens (input plus retrieved passages) and mean output tokens over the eval
 * set's recorded rows, counted on an evenly spaced sample of at most 2,000 items.
 */
export function measureRequestTokens(
  cases: readonly EvalCase[],
  countText: TokenCounter,
  encoding: string,
): { userTokens?: Measured; outputTokens?: Measured } {
  if (cases.length === 0) return {};
  // Retrieved passages repeat across items: count each distinct text once.
  const count = memoByText(countText);
  const picked = sample(cases, 2000);
  const scope =
    picked.length === cases.length ? `${cases.length}` : `a sample of ${picked.length} of ${cases.length}`;
  const userTokens = mean(
    picked.map((evalCase) => {
      const input =
        typeof evalCase.input === 'string'
          ? count(evalCase.input)
          : evalCase.input.reduce((sum, message) => sum + count(message.content), 0);
      return input + (evalCase.contexts ?? []).reduce((sum, passage) => sum + count(passage.text), 0);
    }),
  );
  const outputs = picked.flatMap((evalCase) => (evalCase.output === undefined ? [] : [evalCase.output]));
  return {
    userTokens: {
      value: Math.round(userTokens),
      how: `mean over ${scope} eval inputs with their contexts (${encoding})`,
    },
    outputTokens:
      outputs.length === 0
        ? undefined
        : {
            value: Math.round(mean(outputs.map(count))),
            how: `mean over ${outputs.length} recorded outputs (${encoding})`,
          },
  };
}

/**
 * Training tokens per epoch as the data audit reports them: `tokens.billing.tokensPerEpoch` (the
 * billed tokens, each example capped at the context limit), or `tokens` as a number or `{total}`;
 * undefined when the audit has none.
 */
export function auditedTrainingTokens(data: DataQuestion): MeasuredSizes['training'] {
  if (data.status === 'not_assessed') return undefined;
  const tokens = (data as { tokens?: unknown }).tokens;
  const perEpoch = (
    tokens as { billing?: { tokensPerEpoch?: { value?: unknown; kind?: unknown } } } | undefined
  )?.billing?.tokensPerEpoch;
  const total =
    typeof tokens === 'number'
      ? tokens
      : typeof perEpoch?.value === 'number'
        ? perEpoch.value
        : typeof tokens === 'object' &&
            tokens !== null &&
            typeof (tokens as { total?: unknown }).total === 'number'
          ? (tokens as { total: number }).total
          : undefined;
  if (total === undefined) return undefined;
  const estimated = perEpoch?.kind === 'estimate' ? ', estimated from a counted sample' : '';
  return {
    tokens: total,
    examples: data.examples ?? data.rows,
    how: `the data audit of ${data.file}${estimated}`,
  };
}

/** Rows the data audit flagged as errors: the candidates for relabelling. */
export function flaggedRows(data: DataQuestion): Measured | undefined {
  if (data.status === 'not_assessed') return undefined;
  const errors = data.findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return { value: 0, how: 'the data audit flagged no rows as errors' };
  const listed = new Set(errors.flatMap((finding) => finding.rows));
  const truncated = errors.some((finding) => finding.rowCount > finding.rows.length);
  if (!truncated) return { value: listed.size, how: `${listed.size} rows the data audit flagged as errors` };
  const upper = Math.min(
    data.rows,
    errors.reduce((sum, finding) => sum + finding.rowCount, 0),
  );
  return { value: upper, how: `at most ${upper} rows the data audit flagged as errors (findings overlap)` };
}

/** Counts a training set's tokens with the given counter (see countTrainingTokens). */
export function countedTrainingTokens(
  records: readonly unknown[],
  count: TokenCounter,
  encoding: string,
  file: string,
  unreadable: number,
): MeasuredSizes['training'] {
  const counted = countTrainingTokens(records, count, { encoding });
  const skipped = unreadable > 0 ? `; ${unreadable} unreadable line(s) skipped` : '';
  return { tokens: counted.tokens, examples: counted.examples, how: `${counted.how} in ${file}${skipped}` };
}
