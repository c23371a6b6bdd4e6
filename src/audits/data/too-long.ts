import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import { RowCollector, rowsText } from './shared/findings.js';

/**
 * Examples over the context limit are truncated in training, so the model learns cut-off targets
 * (cookbook: 16,385 tokens; older 4,096). Rows that could be over the limit are always counted
 * exactly, even in sampled mode.
 */
export const tooLongAudit: DataAudit = {
  id: 'too_long',
  codes: ['too_long'],
  summary: 'Examples longer than the context limit (truncated during fine-tuning).',
  source: 'data.md §1.2 (OpenAI cookbook token-limit warning), §11 item 5',
  needs: ['tokens'],
  start(context) {
    const limit = context.settings.context_limit;
    const collector = new RowCollector();
    const removals: RowRemoval[] = [];
    let longest = 0;
    return {
      observe(row) {
        const tokens = row.measure?.tokens;
        if (tokens === undefined || tokens <= limit) return;
        longest = Math.max(longest, tokens);
        collector.add(row.row, `${tokens} tokens`);
        removals.push({ row: row.row, code: 'too_long', detail: `${tokens} tokens > ${limit}` });
      },
      finish() {
        return {
          findings: collector.finding(
            'too_long',
            'warning',
            `${rowsText(collector.count)} over the ${limit}-token context limit will be truncated in training`,
            { limit, longest },
          ),
          removals,
        };
      },
    };
  },
};
