import { createColors } from 'picocolors';
import type { JsonValue } from '../core/json.js';
import type { AuditReport } from '../core/report/data-audit-report.js';
import { clip } from './format.js';

/** Options for the audit's terminal view. */
export interface AuditTerminalOptions {
  color: boolean;
  /** Example rows shown per reason. */
  examples: number;
  /**
   * The `fixfirst clean` command to print, with the eval set and config the audit read (built by
   * the CLI from its flags); without one, a bare command is shown.
   */
  cleanCommand?: string;
  /** The audit command that checks the cleaned copy, printed after `cleanCommand`. */
  reauditCommand?: string;
}

/** A finding as the report carries it. */
type ReportFinding = AuditReport['findings'][number];

const number = (value: number) => Math.round(value).toLocaleString('en-US');

/** Up to `limit` lines showing example rows of a code's findings (evidence snippets, redacted). */
export function exampleLines(findings: readonly ReportFinding[], limit: number): string[] {
  const lines: string[] = [];
  for (const finding of findings) {
    if (lines.length >= limit) break;
    const evidence = finding.evidence;
    const examples = evidence.examples as { row: number; text: string }[] | undefined;
    if (Array.isArray(examples) && examples.length > 0) {
      for (const example of examples) {
        if (lines.length >= limit) break;
        lines.push(`row ${example.row}: ${clip(example.text, 90)}`);
      }
      continue;
    }
    const text = [evidence.text, evidence.prompt, evidence.item].find(
      (value): value is string => typeof value === 'string',
    );
    const twin = typeof evidence.twin === 'number' ? evidence.twin : undefined;
    const rows = finding.rows.slice(0, 6).join(', ') + (finding.rowCount > 6 ? ', …' : '');
    const similarity =
      typeof evidence.similarity === 'number' ? ` J=${(evidence.similarity as number).toFixed(2)}` : '';
    if (finding.rows.length === 0) continue;
    if (twin !== undefined)
      lines.push(`rows ${rows} (twin of row ${twin}${similarity})${text ? `: ${clip(text, 70)}` : ''}`);
    else lines.push(`rows ${rows}${text ? `: ${clip(text, 80)}` : ''} — ${clip(finding.message, 60)}`);
  }
  return lines;
}

function describeThresholds(thresholds: Record<string, unknown>): string {
  const get = (path: string): JsonValue | undefined => {
    let value: unknown = thresholds;
    for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    return value as JsonValue | undefined;
  };
  return [
    `context ${get('context_limit')} tokens`,
    `near duplicate J ≥ ${get('near_duplicates.threshold')} (word ${get('near_duplicates.shingle_words')}-grams, ${get('near_duplicates.bands')}×${get('near_duplicates.rows_per_band')} LSH)`,
    `template lines in ≥ ${Number(get('boilerplate.share')) * 100}% of rows ignored`,
    `conflict: prompt J ≥ ${get('conflicts.prompt_threshold')}, target similarity < ${get('conflicts.max_target_similarity')}`,
    `leakage: ${get('leakage.ngram')}-grams, ${get('leakage.substring_chars')}-char substrings`,
    `class balance: rarest < ${get('class_balance.threshold')}/K`,
  ].join(' · ');
}

/** The terminal view of an audit: the status, the reasons ranked by impact with example rows, tokens and cost. */
export function renderAuditTerminal(report: AuditReport, options: AuditTerminalOptions): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  lines.push(
    c.dim(
      `fixfirst audit · ${report.file} · ${report.format} (${report.fileFormat}, ${report.formatOrigin}) · ${number(report.rows)} rows · ${number(report.examples)} examples`,
    ),
  );
  lines.push('');
  const { readiness } = report;
  const errors = readiness.reasons.filter((reason) => reason.severity === 'error');
  const warnings = readiness.reasons.filter((reason) => reason.severity !== 'error');
  lines.push(
    readiness.status === 'ready'
      ? `${c.bold(c.green('READY'))}  no blocking problem${warnings.length > 0 ? ` · ${warnings.length} warning(s)` : ''}`
      : `${c.bold(c.red('NOT READY'))}  ${errors.length} blocking problem(s), ranked by impact`,
  );
  const byCode = new Map<string, ReportFinding[]>();
  for (const finding of report.findings)
    byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const block = (
    title: string,
    reasons: typeof readiness.reasons,
    mark: string,
    paint: (text: string) => string,
  ) => {
    if (reasons.length === 0) return;
    lines.push('');
    lines.push(c.bold(title));
    reasons.forEach((reason, index) => {
      lines.push(` ${String(index + 1).padStart(2)}. ${paint(mark)} ${reason.text}`);
      const relevant = (byCode.get(reason.code) ?? []).filter((finding) => finding.severity !== 'info');
      for (const line of exampleLines(relevant, options.examples)) lines.push(`       ${c.dim(line)}`);
    });
  };
  block('Blocking', errors, '✗', c.red);
  block('Warnings', warnings, '!', c.yellow);

  const tokens = report.tokens;
  const total = tokens.total;
  const range =
    total.kind === 'estimate'
      ? ` (95% interval ${number(total.low)}–${number(total.high)}, ${tokens.exactRows.toLocaleString('en-US')} rows counted exactly)`
      : '';
  lines.push('');
  lines.push(
    `${c.bold('Tokens')}  ${number(total.value)} ${total.kind}${range} · ${tokens.encoding}${report.model.exactTokenizer ? '' : ' (approximates the model tokenizer)'} for ${report.model.name}`,
  );
  const per = tokens.perExample;
  lines.push(
    `        per example: median ${number(per.median)} · p5 ${number(per.p5)} · p95 ${number(per.p95)} · max ${number(per.max)} · ${tokens.overLimit} over the ${number(tokens.contextLimit)}-token limit`,
  );
  const billing = tokens.billing;
  lines.push(
    `        ${billing.epochs} epoch(s) by the cookbook rule → ${number(billing.chargedTokens.value)} billed training tokens${billing.chargedTokens.kind === 'estimate' ? ` (${number(billing.chargedTokens.low)}–${number(billing.chargedTokens.high)})` : ''}`,
  );
  if (report.boilerplate.lines > 0) {
    lines.push(
      c.dim(
        `Template lines ignored for similarity: ${report.boilerplate.lines} (e.g. "${clip(report.boilerplate.samples[0] ?? '', 60)}")`,
      ),
    );
  }
  lines.push('');
  lines.push(c.dim(`Thresholds: ${describeThresholds(report.thresholds)}`));
  lines.push(c.dim(`Rule: ${readiness.rule}`));
  if (readiness.status === 'not_ready') {
    lines.push(
      c.dim(
        `Fix: \`${options.cleanCommand ?? `fixfirst clean ${report.file} --out CLEAN_FILE`}\` drops duplicate, empty, placeholder, leaked, malformed and contract-breaking rows${options.reauditCommand === undefined ? '' : `; then \`${options.reauditCommand}\``}; the rest needs a person.`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
