import type { Estimate } from '../../core/estimate.js';
import { interval, percent, points } from '../format.js';
import { escapeHtml } from './escape.js';

/** Small HTML formatting helpers shared by the sections. Every argument is escaped here. */

/** `52.2% [46.7–57.6]` with the interval muted. */
export function rateHtml(estimate: Pick<Estimate, 'value' | 'low' | 'high'>): string {
  return `<span class="figure">${percent(estimate.value)}</span> <span class="ci">${interval(estimate)}</span>`;
}

/** `+21.9 pts [18.2–25.9]` with the interval muted. */
export function liftHtml(estimate: Pick<Estimate, 'value' | 'low' | 'high'>): string {
  return `<span class="figure">+${points(estimate.value)}</span> <span class="ci">${interval(estimate)}</span>`;
}

/** `(12/40)` counts of a count ratio, when known. */
export function countsHtml(estimate: Pick<Estimate, 'k' | 'n'>): string {
  return estimate.k !== undefined && estimate.n !== undefined
    ? ` <span class="muted">(${estimate.k.toLocaleString('en-US')}/${estimate.n.toLocaleString('en-US')})</span>`
    : '';
}

/** A small label for what kind of figure something is: measured, bound, estimate, prior. */
export function kindBadge(kind: string): string {
  return `<span class="kind kind-${escapeHtml(kind)}">${escapeHtml(kind.replaceAll('_', ' '))}</span>`;
}

/** A status pill (question statuses, item classes). */
export function pill(text: string, tone: string): string {
  return `<span class="pill pill-${escapeHtml(tone)}">${escapeHtml(text)}</span>`;
}

/** `$4,180`, `$12.50`, `$0.0000772` (small amounts keep three significant digits). */
export function dollars(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude > 0 && magnitude < 1) return `$${Number(value.toPrecision(3))}`;
  return `$${value.toLocaleString('en-US', { maximumFractionDigits: magnitude < 100 ? 2 : 0 })}`;
}

/** A cost as `$400 · 4 h · note`. */
export function costHtml(cost: { usd: number | null; hours: number | null; note: string } | null): string {
  if (cost === null) return '<span class="muted">not priced</span>';
  const parts: string[] = [];
  if (cost.usd !== null) parts.push(`<span class="figure">${dollars(cost.usd)}</span>`);
  if (cost.hours !== null) parts.push(`${cost.hours.toLocaleString('en-US')} h`);
  if (cost.note) parts.push(`<span class="muted">${escapeHtml(cost.note)}</span>`);
  return parts.length > 0 ? parts.join(' · ') : '<span class="muted">not priced</span>';
}

/** A section with an id, a title and its content. */
export function section(id: string, title: string, content: string, extraClass = ''): string {
  return `<section id="${escapeHtml(id)}" class="report-section${extraClass ? ` ${extraClass}` : ''}" aria-labelledby="${escapeHtml(id)}-title"><h2 id="${escapeHtml(id)}-title">${escapeHtml(title)}</h2>${content}</section>`;
}

/** Prose from the report (headlines, reasons, notes): escaped, with `backtick spans` shown as code. */
export function proseHtml(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A difference of rates as signed points: `+37.1 pts [12.1–60.5]`. */
export function differenceHtml(estimate: Pick<Estimate, 'value' | 'low' | 'high'>): string {
  const sign = estimate.value >= 0 ? '+' : '−';
  return `<span class="figure">${sign}${points(Math.abs(estimate.value))}</span> <span class="ci">${interval(estimate)}</span>`;
}
