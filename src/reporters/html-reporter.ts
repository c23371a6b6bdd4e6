import type { Report } from '../core/report/report.js';
import { checksChart } from './html/charts/checks-chart.js';
import { classStripChart } from './html/charts/class-strip-chart.js';
import { costChart } from './html/charts/cost-chart.js';
import { headroomChart } from './html/charts/headroom-chart.js';
import { intervalBarChart } from './html/charts/interval-bars.js';
import { kShotChart } from './html/charts/k-shot-chart.js';
import { clientScript } from './html/client-script.js';
import { cspHash, escapeHtml, jsonForScriptElement } from './html/escape.js';
import { findLadder } from './html/find-ladder.js';
import { renderGenericValue } from './html/generic-value.js';
import { section } from './html/html-format.js';
import { buildItemData, type ItemDataLimits, type ItemTexts } from './html/item-data.js';
import { palette } from './html/palette.js';
import { type ChartLibraryLoader, type ChartRequest, renderCharts } from './html/render-charts.js';
import { costPoints, costSection } from './html/sections/cost-section.js';
import { dataSection } from './html/sections/data-section.js';
import { failuresSection } from './html/sections/failures-section.js';
import { footerSection } from './html/sections/footer-section.js';
import { foundationSection } from './html/sections/foundation-section.js';
import { headroomSection } from './html/sections/headroom-section.js';
import { itemsSection } from './html/sections/items-section.js';
import { liveSection } from './html/sections/live-section.js';
import { questionHead } from './html/sections/question-parts.js';
import { decisionTitles, verdictSection } from './html/sections/verdict-section.js';
import { styles } from './html/styles.js';

/** What the HTML view needs besides the report. */
export interface HtmlOptions {
  /** Input, output and reference of each item, by id, for the drill-down (report.json does not carry them). */
  texts?: ReadonlyMap<string, ItemTexts>;
  /** Clipping limits of the embedded texts. */
  limits?: ItemDataLimits;
  /** How to load vega and vega-lite (default: their ES modules). */
  loadCharts?: ChartLibraryLoader;
  /** Why the texts are missing or partial, shown above the items (replaces the default notice). */
  textsNote?: string;
}

/** Top-level report fields laid out by a section; any other field is rendered generically. */
const knownReportFields = new Set([
  'schemaVersion',
  'tool',
  'generatedAt',
  'project',
  'inputs',
  'thresholds',
  'verdict',
  'questions',
  'summary',
  'headroom',
  'checks',
  'items',
  'warnings',
  'live',
]);
const knownQuestions = new Set(['surface', 'data', 'cost', 'foundation']);

/** Content-Security-Policy of the page: nothing loads from anywhere; only the page's own script and style run. */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function chartRequests(report: Report) {
  const foundation = report.questions.foundation;
  const hitMiss =
    foundation.status !== 'not_assessed' && foundation.accuracyGoldPresent && foundation.accuracyGoldMissing
      ? intervalBarChart(
          [
            {
              label: 'gold in prompt',
              ...foundation.accuracyGoldPresent,
              colour: palette.current.light,
              note: counts(foundation.accuracyGoldPresent),
            },
            {
              label: 'gold missing',
              ...foundation.accuracyGoldMissing,
              colour: palette.foundation.light,
              note: counts(foundation.accuracyGoldMissing),
            },
          ],
          'Accuracy when the gold passage reached the prompt and when it did not, with 95% intervals.',
        )
      : null;
  const categories = report.questions.surface.byCategory;
  const ladder = findLadder(report);
  const requests: Record<string, ChartRequest | null> = {
    headroomWide: headroomChart(report.headroom, 'wide'),
    headroomCompact: headroomChart(report.headroom, 'compact'),
    classes: report.summary.items > 0 ? classStripChart(report.summary) : null,
    categories:
      categories.length > 0
        ? intervalBarChart(
            categories.map((entry) => ({
              label: entry.category,
              ...entry.share,
              colour: palette.current.light,
              note: `${entry.items.toLocaleString('en-US')}`,
            })),
            `Share of failing items that broke a check of each category: ${categories.map((entry) => `${entry.category} ${(entry.share.value * 100).toFixed(1)}%`).join(', ')}.`,
          )
        : null,
    checks: report.checks.length > 0 ? checksChart(report.checks) : null,
    hitMiss,
    byPosition: slicesChart(
      foundation,
      'byPosition',
      'Accuracy by the gold passage’s position in the prompt',
    ),
    byContextLength: slicesChart(foundation, 'byContextLength', 'Accuracy by context length'),
    cost: costChart(costPoints(report)),
    ladder: ladder ? kShotChart(ladder) : null,
  };
  return requests;
}

/** Accuracy per slice (position of the gold passage, context length), when Q4 measured it. */
function slicesChart(
  foundation: Report['questions']['foundation'],
  key: 'byPosition' | 'byContextLength',
  title: string,
): ChartRequest | null {
  if (foundation.status === 'not_assessed' || foundation[key].length === 0) return null;
  const slices = foundation[key];
  return intervalBarChart(
    slices.map((slice) => ({
      label: slice.label,
      ...slice.accuracy,
      colour: palette.current.light,
      note: counts(slice.accuracy),
    })),
    `${title}: ${slices.map((slice) => `${slice.label} ${(slice.accuracy.value * 100).toFixed(1)}%`).join(', ')}.`,
  );
}

function counts(estimate: { k?: number; n?: number }): string | undefined {
  return estimate.k !== undefined && estimate.n !== undefined ? `${estimate.k}/${estimate.n}` : undefined;
}

/**
 * report.html: one self-contained file (no network, works offline) rendered from report.json —
 * the verdict and action plan, the headroom waterfall, failures by class, category and check, the
 * data findings, retrieval evidence, cost against lift, the k-shot ladder when there is one, and a
 * drill-down to every item. Charts are SVG drawn in Node; the only script is the drill-down.
 */
export async function renderHtml(report: Report, options: HtmlOptions = {}): Promise<string> {
  const requests = chartRequests(report);
  const names = Object.keys(requests).filter((name) => requests[name] !== null);
  const svgs = await renderCharts(
    names.map((name) => requests[name]!),
    options.loadCharts,
  );
  const figure = (name: string) => {
    const index = names.indexOf(name);
    return index === -1 ? '' : svgs[index]!;
  };
  const drillDown = buildItemData(report.items, options.texts, options.limits);
  const extraQuestions = Object.entries(report.questions)
    .filter(([key]) => !knownQuestions.has(key))
    .map(([key, question]) =>
      section(
        `question-${key}`,
        key,
        `${questionHead(question as { status: string; reason: string })}${renderGenericValue(question)}`,
      ),
    );
  const extraFields = Object.entries(report)
    .filter(([key]) => !knownReportFields.has(key))
    .map(([key, value]) => section(`more-${key}`, key, renderGenericValue(value)));
  // Live mode draws its ladder inside the live section; a ladder found elsewhere gets its own.
  const ladder =
    figure('ladder') && report.live === undefined
      ? section(
          'k-shot',
          'The k-shot ladder',
          `<p class="lede">Accuracy with 0, 4, 16, 64 training examples in the prompt. A ladder that keeps climbing says the data can teach the task; a flat one says fine-tuning on it will not buy much.</p><figure class="figure-small">${figure('ladder')}<figcaption>Accuracy (with 95% intervals) by the number of examples in the prompt.</figcaption></figure>`,
        )
      : '';
  const body = [
    verdictSection(report),
    headroomSection(report, { wide: figure('headroomWide'), compact: figure('headroomCompact') }),
    failuresSection(report, {
      classes: figure('classes'),
      categories: figure('categories'),
      checks: figure('checks'),
    }),
    dataSection(report.questions.data),
    foundationSection(report.questions.foundation, {
      hitMiss: figure('hitMiss'),
      byPosition: figure('byPosition'),
      byContextLength: figure('byContextLength'),
    }),
    costSection(report.questions.cost, report.verdict, figure('cost')),
    ladder,
    liveSection(report, figure('ladder')),
    ...extraQuestions,
    ...extraFields,
    itemsSection(report.items, drillDown.items, options.textsNote),
  ].join('\n');
  const style = styles();
  const policy = contentSecurityPolicy(clientScript, style);
  const title = `${decisionTitles[report.verdict.decision] ?? report.verdict.decision} · ${report.project.task || 'fixfirst report'}`;
  const nav = [
    ['verdict', 'Verdict'],
    ['headroom', 'Headroom'],
    ['failures', 'Failures'],
    ['data', 'Data'],
    ['foundation', 'Foundation'],
    ['cost', 'Cost'],
    ...(report.live === undefined ? [] : [['live', 'Live']]),
    ['items', 'Items'],
  ]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="fixfirst ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<header class="masthead"><div class="wrap"><span class="brand">fixfirst <span class="muted">· ${escapeHtml(report.project.task || 'report')}</span></span><nav class="toc" aria-label="Sections">${nav}</nav></div></header>
<main class="wrap">
${body}
</main>
${footerSection(report)}
<script type="application/json" id="fixfirst-items">${jsonForScriptElement(drillDown.items)}</script>
${drillDown.texts === null ? '' : `<script type="application/json" id="fixfirst-texts">${jsonForScriptElement(drillDown.texts)}</script>\n`}
<script>${clientScript}</script>
</body>
</html>
`;
}
