import { escapeHtml } from './escape.js';
import { areFindings, findingsTable } from './findings-table.js';

/**
 * Readable HTML for any JSON value: the `details` records of the questions, finding evidence and
 * fields this version of the renderer does not know yet, so new evidence shows up in the report
 * without a code change. Rates with an interval (`{value, low, high}`) read as `52.2% [46.7–57.6]`;
 * arrays of records become small tables; records become definition lists.
 */
export function renderGenericValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '<span class="muted">—</span>';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return escapeHtml(formatNumber(value));
  if (typeof value === 'string') {
    if (value === '') return '<span class="muted">(empty)</span>';
    return value.includes('\n') ? `<span class="text-block">${escapeHtml(value)}</span>` : escapeHtml(value);
  }
  if (Array.isArray(value)) return renderArray(value, depth);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (isRateWithInterval(record)) return renderRate(record);
    if (depth >= 4) return `<code>${escapeHtml(JSON.stringify(record))}</code>`;
    const entries = Object.entries(record).filter(([, entry]) => entry !== undefined);
    if (entries.length === 0) return '<span class="muted">—</span>';
    return `<dl class="kv">${entries
      .map(
        ([key, entry]) =>
          `<dt>${escapeHtml(humanizeKey(key))}</dt><dd>${renderGenericValue(entry, depth + 1)}</dd>`,
      )
      .join('')}</dl>`;
  }
  return escapeHtml(String(value));
}

/** How many rows an array of records shows before "… N more". */
export const genericRowLimit = 20;

function renderArray(values: readonly unknown[], depth: number): string {
  if (values.length === 0) return '<span class="muted">none</span>';
  // Findings (data audit, eval-set hygiene, ...) read best in their own table, wherever they appear.
  if (areFindings(values)) return findingsTable(values);
  const shown = values.slice(0, genericRowLimit);
  const more =
    values.length > shown.length
      ? ` <span class="muted">… ${(values.length - shown.length).toLocaleString('en-US')} more</span>`
      : '';
  const records = shown.every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      !Array.isArray(entry) &&
      !isRateWithInterval(entry as Record<string, unknown>),
  );
  if (!records || depth >= 4) {
    return `${shown.map((entry) => renderGenericValue(entry, depth + 1)).join(', ')}${more}`;
  }
  const columns = [...new Set(shown.flatMap((entry) => Object.keys(entry as object)))];
  const head = columns.map((column) => `<th scope="col">${escapeHtml(humanizeKey(column))}</th>`).join('');
  const body = shown
    .map(
      (entry) =>
        `<tr>${columns.map((column) => `<td>${renderGenericValue((entry as Record<string, unknown>)[column], depth + 1)}</td>`).join('')}</tr>`,
    )
    .join('');
  const footer = more ? `<p class="table-note">${more.trim()}</p>` : '';
  return `<div class="table-wrap"><table class="generic"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${footer}`;
}

/** `{value, low, high}` with numbers: a figure with its interval. */
export function isRateWithInterval(record: Record<string, unknown>): boolean {
  return (
    typeof record.value === 'number' && typeof record.low === 'number' && typeof record.high === 'number'
  );
}

function renderRate(record: Record<string, unknown>): string {
  const value = record.value as number;
  const low = record.low as number;
  const high = record.high as number;
  const proportion = [value, low, high].every((entry) => entry >= -1 && entry <= 1);
  const show = (entry: number) => (proportion ? (entry * 100).toFixed(1) : formatNumber(entry));
  const counts =
    typeof record.k === 'number' && typeof record.n === 'number'
      ? ` <span class="muted">(${record.k.toLocaleString('en-US')}/${record.n.toLocaleString('en-US')})</span>`
      : '';
  const method =
    typeof record.method === 'string' ? ` <span class="muted">${escapeHtml(record.method)}</span>` : '';
  return `<span class="figure">${show(value)}${proportion ? '%' : ''}</span> <span class="ci">[${show(low)}–${show(high)}]</span>${counts}${method}`;
}

/** Numbers as people read them: integers with separators, fractions with four significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return Number(value.toPrecision(4)).toString();
}

/** `goldMissingShare` → `gold missing share`; keys with digits (`recall@5`, `P_10`) stay as written. */
export function humanizeKey(key: string): string {
  if (/\d/.test(key)) return key;
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .replace(/\b([A-Z])([a-z])/g, (_, first: string, rest: string) => first.toLowerCase() + rest)
    .trim();
}
