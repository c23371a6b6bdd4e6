import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import { trainedTargets, userMessageBefore } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';

/**
 * Trained assistant messages with no text and no tool call: the model learns to answer with
 * nothing (AlpacaDataCleaned's "empty outputs"). Every trained assistant turn is checked, not just
 * the last one.
 */
export const emptyTargetAudit: DataAudit = {
  id: 'empty_target',
  codes: ['empty_target'],
  summary: 'Trained assistant messages (targets) that are empty or whitespace only.',
  source: 'data.md §5 item 3 (AlpacaDataCleaned), §11 item 8',
  start() {
    const collector = new RowCollector();
    const removals: RowRemoval[] = [];
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        for (const { index, message } of trainedTargets(example)) {
          if (message.toolCalls === undefined && message.content.trim() === '') {
            collector.add(row.row, `prompt: ${snippet(userMessageBefore(example, index), 80)}`);
            removals.push({ row: row.row, code: 'empty_target' });
            return;
          }
        }
      },
      finish() {
        return {
          findings: collector.finding(
            'empty_target',
            'warning',
            `${rowsText(collector.count, 'have an empty target')}`,
          ),
          removals,
        };
      },
    };
  },
};
