import type { DataAudit } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { makeFinding, rowsText } from './shared/findings.js';
import { GrowableUint32 } from './shared/growable.js';
import { quantile, sortedCopy } from './shared/quantiles.js';

/**
 * Target-length outliers: targets longer than Q3 + 1.7 x IQR of the target-token distribution
 * (cleanlab's outlier fence, 1/0.37037 - 1), and near-empty targets of at most 2 tokens, unless
 * most targets are that short (a label set). Information for review: length alone is no defect.
 */
export const lengthOutliersAudit: DataAudit = {
  id: 'length_outliers',
  codes: ['length_outlier'],
  summary: 'Targets far longer than the rest (Q3 + 1.7 IQR) or near-empty (at most 2 tokens).',
  source: 'data.md §2 (cleanlab outlier threshold 0.37037), §7, §11 item 14',
  needs: ['tokens'],
  start(context) {
    const settings = context.settings.length;
    const rows = new GrowableUint32();
    const lengths = new GrowableUint32();
    return {
      observe(row) {
        const measure = row.measure;
        if (row.example === undefined || measure === undefined) return;
        if (row.example.messages[row.example.targetIndex]?.toolCalls !== undefined) return;
        rows.push(row.row);
        lengths.push(measure.targetTokens);
      },
      finish() {
        const values = lengths.view();
        if (values.length < 4) return { findings: [] };
        const sorted = sortedCopy(values);
        const q1 = quantile(sorted, 0.25);
        const q3 = quantile(sorted, 0.75);
        const fence = q3 + settings.iqr_multiplier * (q3 - q1);
        const long: number[] = [];
        const short: number[] = [];
        let longest = 0;
        for (let index = 0; index < values.length; index++) {
          const value = values[index]!;
          if (value > fence) {
            long.push(rows.get(index));
            longest = Math.max(longest, value);
          } else if (value <= settings.short_target_tokens) short.push(rows.get(index));
        }
        const findings: Finding[] = [];
        if (long.length > 0) {
          findings.push(
            makeFinding(
              'length_outlier',
              'info',
              `${rowsText(long.length, 'have targets over')} ${Math.round(fence)} tokens (Q3 ${Math.round(q3)} + ${settings.iqr_multiplier} x IQR ${Math.round(q3 - q1)})`,
              long,
              { kind: 'long', fence: Math.round(fence), q1, q3, longest },
            ),
          );
        }
        // Short targets are only suspicious when short answers are the exception.
        if (
          short.length > 0 &&
          short.length < 0.5 * values.length &&
          quantile(sorted, 0.5) > settings.short_target_tokens * 2
        ) {
          findings.push(
            makeFinding(
              'length_outlier',
              'warning',
              `${rowsText(short.length, 'have targets of at most')} ${settings.short_target_tokens} token(s) while the median is ${Math.round(quantile(sorted, 0.5))}`,
              short,
              { kind: 'near_empty', maxTokens: settings.short_target_tokens },
            ),
          );
        }
        return { findings };
      },
    };
  },
};
