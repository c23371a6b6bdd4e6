import type { ItemResult } from '../../../core/report/item-result.js';
import { itemClasses } from '../../../core/report/item-result.js';
import { classLabels } from '../charts/class-strip-chart.js';
import { escapeHtml } from '../escape.js';
import { section } from '../html-format.js';
import type { ItemData } from '../item-data.js';

/** How many values of one tag the tag filter lists (the most frequent; search finds the rest). */
export const tagValueLimit = 40;
/** How many tag keys the tag filter lists (the ones on most items). */
export const tagKeyLimit = 30;

const count = (value: number) => value.toLocaleString('en-US');
const option = (value: string, label: string, selected = false) =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;

function classOptions(items: readonly ItemResult[]): string {
  const counts = new Map<string, number>();
  let failing = 0;
  let foundation = 0;
  for (const item of items) {
    counts.set(item.class, (counts.get(item.class) ?? 0) + 1);
    if (item.class !== 'pass') failing++;
    if (item.foundation) foundation++;
  }
  return [
    option('failing', `Failing items (${count(failing)})`, failing > 0),
    option('all', `All items (${count(items.length)})`, failing === 0),
    ...itemClasses.map((name) => option(name, `${classLabels[name]} (${count(counts.get(name) ?? 0)})`)),
    option('foundation', `Foundation-flagged (${count(foundation)})`),
  ].join('');
}

function checkOptions(data: ItemData): string {
  const failures = new Map<number, number>();
  const categories = new Map<string, number>();
  for (const row of data.items) {
    const seen = new Set<string>();
    for (const [index] of row[7]) {
      failures.set(index, (failures.get(index) ?? 0) + 1);
      const category = data.checks[index]!.category;
      if (!seen.has(category)) {
        seen.add(category);
        categories.set(category, (categories.get(category) ?? 0) + 1);
      }
    }
  }
  const checks = data.checks
    .map((check, index) => ({ check, index, failed: failures.get(index) ?? 0 }))
    .sort((a, b) => b.failed - a.failed);
  return [
    option('', 'Any check'),
    `<optgroup label="Failed this check">${checks.map(({ check, index, failed }) => option(`check:${index}`, `${check.id} (${count(failed)})`)).join('')}</optgroup>`,
    `<optgroup label="Failed a check of this category">${[...categories.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([category, failed]) => option(`category:${category}`, `${category} (${count(failed)})`))
      .join('')}</optgroup>`,
  ].join('');
}

function tagOptions(items: readonly ItemResult[]): string {
  const byKey = new Map<string, Map<string, number>>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.tags)) {
      let values = byKey.get(key);
      if (values === undefined) {
        values = new Map();
        byKey.set(key, values);
      }
      const text = String(value);
      values.set(text, (values.get(text) ?? 0) + 1);
    }
  }
  const coverage = (values: Map<string, number>) =>
    [...values.values()].reduce((sum, total) => sum + total, 0);
  const keys = [...byKey.entries()].sort((a, b) => coverage(b[1]) - coverage(a[1])).slice(0, tagKeyLimit);
  const groups = keys.map(([key, values]) => {
    const top = [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, tagValueLimit);
    return `<optgroup label="${escapeHtml(key)}">${top
      .map(([value, total]) => option(JSON.stringify([key, value]), `${key} = ${value} (${count(total)})`))
      .join('')}</optgroup>`;
  });
  return [option('', 'Any tag'), ...groups].join('');
}

/**
 * The drill-down to the items: filters (class, failed check or category, tag), free-text search,
 * a paged table, and for the chosen item its input, output and reference side by side with the
 * checks it failed. The browser script fills it from the embedded JSON; without script the
 * section says so and every figure above still reads.
 */
export function itemsSection(items: readonly ItemResult[], data: ItemData, textsNote?: string): string {
  const clipped =
    data.texts && data.clippedAt !== null
      ? `<p class="muted">Texts longer than ${count(data.clippedAt)} characters are clipped (marked …); the full row is at its line in the eval file.</p>`
      : '';
  const missing = data.texts
    ? ''
    : '<p class="notice">This report carries no input, output or reference texts: it was rendered without its eval file. Run <code>fixfirst report report.json --format html --eval EVAL_FILE</code> to add them.</p>';
  const textNote =
    textsNote === undefined
      ? `${clipped}${missing}`
      : `${clipped}<p class="notice">${escapeHtml(textsNote)}</p>`;
  const content = `<p class="lede">Every eval item with its class and the checks it failed. Choose a row to see its input, output and reference side by side.</p>
${textNote}
<div class="filters" role="search" aria-label="Filter items">
<label>Class <select id="filter-class">${classOptions(items)}</select></label>
<label>Check <select id="filter-check">${checkOptions(data)}</select></label>
<label>Tag <select id="filter-tag">${tagOptions(items)}</select></label>
<label class="search">Search <input id="filter-text" type="search" placeholder="id, text, check detail…" autocomplete="off" spellcheck="false"></label>
</div>
<p id="items-status" class="items-status" aria-live="polite">Loading ${count(items.length)} items…</p>
<div class="table-wrap"><table id="items-table" class="items-table">
<thead><tr><th scope="col">Item</th><th scope="col">Class</th><th scope="col">Failed checks</th><th scope="col">Why</th><th scope="col">Tags</th></tr></thead>
<tbody id="items-body"></tbody>
</table></div>
<nav class="pager" aria-label="Item pages"><button type="button" id="page-previous">← Previous</button><span id="page-label"></span><button type="button" id="page-next">Next →</button></nav>
<noscript><p class="notice">The item drill-down needs JavaScript. Every figure above reads without it; report.json holds every item.</p></noscript>`;
  return section('items', 'Items', content);
}
