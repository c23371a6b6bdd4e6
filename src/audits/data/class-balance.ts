import type { DataAudit } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { isJsonObject } from '../../core/json.js';
import { targetText } from './shared/example-text.js';
import { makeFinding } from './shared/findings.js';
import { words } from './shared/words.js';

/** Label counts for one label source (the whole target, or one JSON field). */
class LabelCounts {
  readonly counts = new Map<string, { count: number; rows: number[] }>();
  rows = 0;
  overflow = false;

  add(label: string, row: number, maxLabels: number): void {
    this.rows++;
    if (this.overflow) return;
    let entry = this.counts.get(label);
    if (entry === undefined) {
      if (this.counts.size >= maxLabels) {
        this.overflow = true;
        this.counts.clear();
        return;
      }
      entry = { count: 0, rows: [] };
      this.counts.set(label, entry);
    }
    entry.count++;
    if (entry.rows.length < 100) entry.rows.push(row);
  }
}

/**
 * Class balance of label-like targets: when targets (or a field of JSON targets) take a few short
 * values, the rarest class's share q is compared with threshold / K (cleanlab's rule, 0.1). A
 * model fine-tuned on a skewed set over-predicts the common class (OpenAI's 60% vs 5% example).
 */
export const classBalanceAudit: DataAudit = {
  id: 'class_balance',
  codes: ['class_imbalance'],
  summary: 'Label-like targets (or JSON target fields) whose rarest class is under 0.1/K of rows.',
  source: 'data.md §2 (cleanlab class_imbalance, threshold 0.1), §1.6 (OpenAI balance), §11 item 12',
  start(context) {
    const settings = context.settings.class_balance;
    const whole = new LabelCounts();
    const fields = new Map<string, LabelCounts>();
    let examples = 0;
    const labelOf = (value: unknown): string | undefined => {
      if (typeof value === 'boolean' || typeof value === 'number') return String(value);
      if (typeof value !== 'string') return undefined;
      const trimmed = value.trim().toLowerCase();
      if (trimmed === '' || trimmed.length > 60 || words(trimmed).length > settings.max_label_words)
        return undefined;
      return trimmed;
    };
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        examples++;
        const target = targetText(example);
        const label = labelOf(target);
        if (label !== undefined) whole.add(label, row.row, settings.max_labels);
        const trimmed = target.trimStart();
        if (!trimmed.startsWith('{')) return;
        let value: unknown;
        try {
          value = JSON.parse(trimmed);
        } catch {
          return;
        }
        if (!isJsonObject(value)) return;
        for (const [key, field] of Object.entries(value)) {
          const fieldLabel = labelOf(field);
          if (fieldLabel === undefined) continue;
          let counts = fields.get(key);
          if (counts === undefined) {
            if (fields.size >= 20) continue;
            counts = new LabelCounts();
            fields.set(key, counts);
          }
          counts.add(fieldLabel, row.row, settings.max_labels);
        }
      },
      finish() {
        const findings: Finding[] = [];
        const check = (counts: LabelCounts, field: string | undefined) => {
          if (counts.overflow || counts.counts.size < 2) return;
          if (counts.rows < settings.min_label_share * examples) return;
          const classes = counts.counts.size;
          let rarest: [string, { count: number; rows: number[] }] | undefined;
          for (const entry of counts.counts)
            if (rarest === undefined || entry[1].count < rarest[1].count) rarest = entry;
          const share = rarest![1].count / counts.rows;
          const limit = settings.threshold / classes;
          if (share >= limit) return;
          const distribution: Record<string, number> = {};
          for (const [label, entry] of [...counts.counts].sort((a, b) => b[1].count - a[1].count)) {
            distribution[label] = entry.count;
          }
          findings.push(
            makeFinding(
              'class_imbalance',
              'warning',
              `${field === undefined ? 'target' : `field "${field}"`} class "${rarest![0]}" is ${(share * 100).toFixed(1)}% of ${counts.rows} rows, under ${(limit * 100).toFixed(1)}% (${settings.threshold}/${classes} classes)`,
              rarest![1].rows,
              {
                ...(field === undefined ? {} : { field }),
                rarest: rarest![0],
                share: Number(share.toFixed(4)),
                limit: Number(limit.toFixed(4)),
                distribution,
              },
              rarest![1].count,
            ),
          );
        };
        check(whole, undefined);
        for (const [key, counts] of fields) check(counts, key);
        return { findings };
      },
    };
  },
};
