import { statusLabels } from '../../format.js';
import { escapeHtml } from '../escape.js';
import { humanizeKey, renderGenericValue } from '../generic-value.js';
import { pill, proseHtml } from '../html-format.js';

/** Tone of a question status pill: good news, bad news, or no answer. */
const statusTones: Record<string, string> = {
  surface: 'warn',
  behavioral: 'warn',
  no_gap: 'good',
  inconclusive: 'neutral',
  not_assessed: 'neutral',
  ready: 'good',
  not_ready: 'bad',
  pays_back: 'good',
  does_not_pay_back: 'bad',
  foundation_gap: 'bad',
  no_foundation_gap: 'good',
};

/** The status pill and the one-paragraph reason every question has. */
export function questionHead(question: { status: string; reason: string }): string {
  const label = statusLabels[question.status] ?? question.status.replaceAll('_', ' ').toUpperCase();
  return `<p class="question-status">${pill(label, statusTones[question.status] ?? 'neutral')}</p><p class="question-reason">${proseHtml(question.reason)}</p>`;
}

/**
 * Every field of `question` this renderer does not lay out itself, rendered generically, so a field
 * added to the report schema shows up in the HTML before anyone writes a layout for it.
 */
export function otherFields(question: object, known: readonly string[], title = 'More evidence'): string {
  const rest = Object.entries(question).filter(
    ([key, value]) => !known.includes(key) && key !== 'status' && key !== 'reason' && value !== undefined,
  );
  if (rest.length === 0) return '';
  return `<div class="other-fields"><h3>${escapeHtml(title)}</h3><dl class="kv">${rest
    .map(([key, value]) => `<dt>${escapeHtml(humanizeKey(key))}</dt><dd>${renderGenericValue(value)}</dd>`)
    .join('')}</dl></div>`;
}
