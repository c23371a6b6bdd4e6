/**
 * report.html: render time in Node, file size, and load in Chromium (first paint, the verdict on
 * screen, the drill-down ready, a filter, a search), for the example project and for a synthetic
 * 100,000-item report with texts. Run: npm run bench -- html. Figures depend on machine load;
 * the run prints the load average next to them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../test/helpers/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });

const started = performance.now();
const { renderHtml } = await import('../src/reporters/html-reporter.js');
const { itemTextsFromCases } = await import('../src/reporters/html/item-data.js');
const { prepareProject } = await import('../src/project/prepare-project.js');
const { diagnose } = await import('../src/diagnosis/diagnose.js');
const { syntheticReport } = await import('../src/testing/synthetic-report.js');
// The loader the CLI uses (the packages' single-file bundles), so render1 is what `diagnose --out` pays.
const { loadChartLibraries } = await import('../src/cli/load-chart-libraries.js');
const moduleLoad = performance.now() - started;

interface Case {
  name: string;
  file: string;
  items: number;
  coldMs?: number;
  coldCpuMs?: number;
  warmMs: number;
  warmCpuMs: number;
  bytes: number;
}

/** CPU time of this process in ms (steadier than wall time on a shared machine). */
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const cases: Case[] = [];

// The example project: examples/support-bot once it exists, else the HTML fixture project.
const exampleDir = ['examples/support-bot', 'test/fixtures/html-report'].find((dir) =>
  existsSync(join(root, dir)),
)!;
const project = await prepareProject(join(root, exampleDir), { requireOutput: true });
const report = await diagnose(project, { now: () => new Date(0), version: 'bench' });
const texts = itemTextsFromCases(project.cases.map((prepared) => prepared.evalCase));
let time = performance.now();
let cpu = cpuMs();
let html = await renderHtml(report, { texts, loadCharts: loadChartLibraries });
const coldMs = performance.now() - time; // includes importing vega and vega-lite
const coldCpuMs = cpuMs() - cpu;
time = performance.now();
cpu = cpuMs();
html = await renderHtml(report, { texts, loadCharts: loadChartLibraries });
const warmMs = performance.now() - time;
const warmCpuMs = cpuMs() - cpu;
const exampleFile = join(out, 'example-report.html');
writeFileSync(exampleFile, html);
cases.push({
  name: exampleDir,
  file: exampleFile,
  items: report.items.length,
  coldMs,
  coldCpuMs,
  warmMs,
  warmCpuMs,
  bytes: Buffer.byteLength(html),
});

for (const items of [10_000, 100_000]) {
  const synthetic = syntheticReport({ items, assessed: true });
  const syntheticTexts = itemTextsFromCases(synthetic.cases);
  time = performance.now();
  cpu = cpuMs();
  const page = await renderHtml(synthetic.report, { texts: syntheticTexts, loadCharts: loadChartLibraries });
  const ms = performance.now() - time;
  const msCpu = cpuMs() - cpu;
  const file = join(out, `synthetic-${items}.html`);
  writeFileSync(file, page);
  cases.push({
    name: `synthetic ${items.toLocaleString('en-US')} items`,
    file,
    items,
    warmMs: ms,
    warmCpuMs: msCpu,
    bytes: Buffer.byteLength(page),
  });
}

const browser = await launchChromium();
const rows: string[] = [];
for (const entry of cases) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(entry.file).href, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-texts="ready"]', { timeout: 300_000 });
  // Times measured by the page itself, from navigation start: first paint, the verdict heading
  // painted (Element Timing), the filters usable, the texts parsed.
  const timings = await page.evaluate<number[]>(`new Promise((done) => {
      const mark = (name) => (performance.getEntriesByName(name)[0] || { startTime: NaN }).startTime;
      const finish = (verdict) => done([
        mark('first-contentful-paint'),
        verdict ? verdict.renderTime || verdict.loadTime : NaN,
        mark('fixfirst-items-ready'),
        mark('fixfirst-texts-ready'),
      ]);
      new PerformanceObserver((list) => {
        finish(list.getEntries().find((entry) => entry.identifier === 'verdict'));
      }).observe({ type: 'element', buffered: true });
      setTimeout(() => finish(null), 3000);
    })`);
  const [paint, verdictPaint, ready, textsReady] = timings as [number, number, number, number];
  const filterMs = await page.evaluate<number>(
    "(() => { const select = document.getElementById('filter-class'); const start = performance.now(); select.value = 'surface'; select.dispatchEvent(new Event('change')); return performance.now() - start; })()",
  );
  const searchMs = await page.evaluate<number>(`new Promise((done) => {
      const input = document.getElementById('filter-text');
      const status = document.getElementById('items-status');
      const before = status.textContent;
      const start = performance.now();
      new MutationObserver((_, observer) => { observer.disconnect(); done(performance.now() - start); })
        .observe(status, { childList: true, characterData: true, subtree: true });
      input.value = 'refund';
      input.dispatchEvent(new Event('input'));
      if (status.textContent !== before) done(performance.now() - start);
    })`);
  await page.close();
  rows.push(
    [
      entry.name.padEnd(28),
      entry.items.toLocaleString('en-US').padStart(8),
      `${(entry.bytes / 1e6).toFixed(2)} MB`.padStart(9),
      (entry.coldMs === undefined
        ? '—'
        : `${entry.coldMs.toFixed(0)}/${entry.coldCpuMs!.toFixed(0)}`
      ).padStart(11),
      `${entry.warmMs.toFixed(0)}/${entry.warmCpuMs.toFixed(0)}`.padStart(11),
      `${paint.toFixed(0)} ms`.padStart(9),
      `${verdictPaint.toFixed(0)} ms`.padStart(9),
      `${ready.toFixed(0)} ms`.padStart(9),
      `${textsReady.toFixed(0)} ms`.padStart(9),
      `${filterMs.toFixed(0)} ms`.padStart(8),
      `${searchMs.toFixed(0)} ms`.padStart(8),
      errors.length === 0 ? '' : ` ${errors.length} console errors!`,
    ].join(' '),
  );
}
await browser.close();

console.log(`module load (reporter, loaders, diagnosis): ${moduleLoad.toFixed(0)} ms`);
console.log(
  `${'report'.padEnd(28)} ${'items'.padStart(8)} ${'size'.padStart(9)} ${'render1 ms'.padStart(11)} ${'render ms'.padStart(11)} ${'paint'.padStart(9)} ${'verdict'.padStart(9)} ${'ready'.padStart(9)} ${'texts'.padStart(9)} ${'filter'.padStart(8)} ${'search'.padStart(8)}`,
);
for (const row of rows) console.log(row);
console.log(
  'render1: first render in this process (imports vega), wall/CPU ms; render: a further render, wall/CPU ms.',
);
console.log(
  'paint: first contentful paint; verdict: the verdict heading painted; ready: the filters usable; texts: the texts',
);
console.log(
  'parsed (all four from navigation start, measured by the page); filter: class filter applied and',
);
console.log('rendered; search: free-text search incl. its 120 ms debounce. Chromium headless, 1280 px.');
// The whole command, as a user runs it: diagnose alone (vega never loads) and with --out (report.html too).
const cli = join(root, 'dist/cli/bin.js');
for (const extra of [[], ['--out', join(out, 'cli')]]) {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [
      cli,
      'diagnose',
      join(root, exampleDir),
      '--quiet',
      ...extra,
    ]);
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(result.stderr.toString());
  }
  console.log(
    `fixfirst diagnose ${exampleDir}${extra.length > 0 ? ' --out DIR' : ''}: best of 3 ${Math.min(...times).toFixed(0)} ms wall`,
  );
}
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')} on 2 cores`,
);
