import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemTextsFromCases } from '../../src/reporters/html/item-data.js';
import { renderHtml } from '../../src/reporters/html-reporter.js';
import { injectionPayloads, syntheticReport } from '../../src/testing/synthetic-report.js';
import { launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * report.html in a real browser (Debian's Chromium through playwright-core): it renders without a
 * console error or a network request, the drill-down filters and search work, it reads on a phone
 * and in dark mode, and no script-injection payload planted in the data ever runs.
 */

interface Watched {
  page: Page;
  problems: string[];
  requests: string[];
  dialogs: string[];
}

const folder = mkdtempSync(join(tmpdir(), 'fixfirst-html-'));
const screenshots = join(folder, 'screenshots');
let browser: Browser;
let hostileFile: string;
let projectFile: string;
/** A report with Q3 priced from the shipped price data: its sources carry long URLs. */
let pricedFile: string;

async function open(
  file: string,
  options: { width?: number; scheme?: 'light' | 'dark' } = {},
): Promise<Watched> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
  });
  const watched: Watched = { page, problems: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      watched.problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-items="ready"]', { timeout: 20_000 });
  return watched;
}

// Browser-side code is passed as strings: this test program is type-checked without the DOM library.
/** Flags the planted payloads would set if any of them ran. */
const pwned = (page: Page) =>
  page.evaluate<string[]>("Object.keys(window).filter((key) => key.startsWith('__pwned'))");

const statusText = async (page: Page) => (await page.locator('#items-status').textContent()) ?? '';
const rowCount = (page: Page) => page.locator('tr.item-row').count();

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium();
  const attack = syntheticReport({ items: 400, assessed: true, payloads: true, live: true });
  hostileFile = join(folder, 'hostile.html');
  writeFileSync(hostileFile, await renderHtml(attack.report, { texts: itemTextsFromCases(attack.cases) }));
  const out = join(folder, 'project');
  const run = runCli(['diagnose', 'test/fixtures/html-report', '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  projectFile = join(out, 'report.html');
  const priced = join(folder, 'priced');
  const pricedRun = runCli([
    'diagnose',
    'examples/behavioral-gap',
    '--out',
    priced,
    '--quiet',
    '--today',
    '2026-11-30',
  ]);
  expect(pricedRun.code, pricedRun.stderr).toBe(0);
  pricedFile = join(priced, 'report.html');
  // Shown once per run so a human can look at the pictures.
  console.log(`report.html screenshots: ${screenshots}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('report.html in Chromium', () => {
  it.each([
    ['desktop', 1280],
    ['phone', 390],
  ])(
    'renders at %s width (%i px) with no console error and no request but the file itself',
    async (name, width) => {
      for (const [label, file] of [
        ['synthetic', hostileFile],
        ['project', projectFile],
        ['priced', pricedFile],
      ] as const) {
        const { page, problems, requests } = await open(file, { width });
        // Every <details> open, so what a reader unfolds (price sources, assumptions) is measured too.
        await page.evaluate(
          "document.querySelectorAll('details').forEach((element) => { element.open = true; })",
        );
        const path = join(screenshots, `${label}-${name}.png`);
        await page.screenshot({ path, fullPage: true });
        expect(statSync(path).size).toBeGreaterThan(10_000);
        expect(problems).toEqual([]);
        expect(requests).toEqual([pathToFileURL(file).href]);
        // Nothing wider than the screen except inside the scrolling table wrappers.
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - window.innerWidth',
        );
        expect(overflow, `${label} at ${width} px`).toBeLessThanOrEqual(0);
        await page.close();
      }
    },
  );

  it('shows the verdict and the waterfall for the screen size: wide on a desktop, compact on a phone', async () => {
    const desktop = await open(hostileFile, { width: 1280 });
    await expect(desktop.page.locator('#verdict-title').textContent()).resolves.toContain(
      'Fix the prompt first',
    );
    expect(await desktop.page.locator('.chart-wide svg').isVisible()).toBe(true);
    expect(await desktop.page.locator('.chart-compact svg').isVisible()).toBe(false);
    await desktop.page.close();
    const phone = await open(hostileFile, { width: 390 });
    expect(await phone.page.locator('.chart-wide svg').isVisible()).toBe(false);
    expect(await phone.page.locator('.chart-compact svg').isVisible()).toBe(true);
    await phone.page.close();
  });

  it('filters by class, failed check, tag and free text, and pages through the rest', async () => {
    const report = syntheticReport({ items: 400, assessed: true, payloads: true, live: true }).report;
    const { page, problems } = await open(hostileFile);
    const failing = report.items.filter((item) => item.class !== 'pass').length;
    expect(await statusText(page)).toContain(`of ${failing} matching items`);
    expect(await rowCount(page)).toBe(50);

    await page.selectOption('#filter-class', 'surface');
    expect(await statusText(page)).toContain(`of ${report.summary.classes.surface} matching`);
    for (const text of await page.locator('tr.item-row .item-class').allTextContents())
      expect(text).toBe('surface');

    await page.selectOption('#filter-class', 'all');
    const jsonIndex = await page.evaluate<string>(
      "[...document.querySelectorAll('#filter-check option')].find((option) => option.textContent.startsWith('json (')).value",
    );
    await page.selectOption('#filter-check', jsonIndex!);
    const failedJson = report.items.filter((item) =>
      item.checks.some((check) => check.check === 'json' && !check.pass),
    ).length;
    expect(await statusText(page)).toContain(`of ${failedJson} matching`);
    for (const text of await page.locator('tr.item-row .item-checks').allTextContents())
      expect(text).toContain('json');

    await page.selectOption('#filter-check', '');
    await page.selectOption('#filter-tag', JSON.stringify(['segment', 'smb']));
    const smb = report.items.filter((item) => item.tags.segment === 'smb').length;
    expect(await statusText(page)).toContain(`of ${smb} matching`);
    for (const text of await page.locator('tr.item-row .item-tags').allTextContents())
      expect(text).toContain('segment=smb');

    await page.selectOption('#filter-tag', '');
    await page.fill('#filter-text', 'TICKET-000123');
    await expect.poll(() => statusText(page)).toContain('of 1 matching');
    await page.fill('#filter-text', 'no item says this');
    await expect.poll(() => statusText(page)).toBe('No item matches these filters.');

    await page.fill('#filter-text', '');
    await expect.poll(() => statusText(page)).toContain('Showing 1–50 of 400');
    await page.click('#page-next');
    expect(await statusText(page)).toContain('Showing 51–100 of 400');
    expect(await page.locator('tr.item-row').first().locator('.item-toggle').getAttribute('title')).toBe(
      report.items[50]!.id,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens an item with its input, output and reference side by side and the checks it failed', async () => {
    const attack = syntheticReport({ items: 400, assessed: true, payloads: true, live: true });
    const { page } = await open(hostileFile);
    await page.selectOption('#filter-class', 'all');
    await page.fill('#filter-text', 'ticket-000004');
    await expect.poll(() => statusText(page)).toContain('of 1 matching');
    await page.locator('tr.item-row').first().click();
    const detail = page.locator('tr.item-detail');
    const boxes = await detail.locator('.text-box pre').allTextContents();
    const source = attack.cases[3]!;
    expect(boxes[0]).toBe(source.input);
    expect(boxes[1]).toBe(source.output);
    expect(boxes[2]).toBe(JSON.stringify(source.reference, null, 2));
    expect(await page.locator('tr.item-row button').getAttribute('aria-expanded')).toBe('true');
    await page.locator('tr.item-row').first().click();
    expect(await detail.count()).toBe(0);
    await page.close();
  });

  it('never runs a payload planted in ids, tags, inputs, outputs, check details, task or question evidence', {
    timeout: 180_000,
  }, async () => {
    for (const file of [hostileFile, projectFile]) {
      const { page, problems, dialogs } = await open(file);
      // Touch everything a payload could hide behind: the first rows opened (each payload kind is
      // among them, in ids, texts, tags and check details), the pointer over them, every <details>
      // open, the print stylesheet.
      await page.selectOption('#filter-class', 'all');
      const rows = Math.min(14, await page.locator('tr.item-row').count());
      for (let index = 0; index < rows; index++) {
        const row = page.locator('tr.item-row').nth(index);
        await row.hover();
        await row.click();
        expect(await page.locator('tr.item-detail').count()).toBe(1);
      }
      await page.evaluate("for (const element of document.querySelectorAll('details')) element.open = true");
      await page.emulateMedia({ media: 'print' });
      await page.emulateMedia({ media: 'screen' });
      expect(await pwned(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      // The payloads are shown, as text.
      expect(await page.locator('#items-body').textContent()).toContain('window.__pwned');
      await page.close();
    }
  });

  it('enforces its Content-Security-Policy: a script the page did not ship is refused', async () => {
    const { page, problems } = await open(hostileFile);
    await page.evaluate(
      "const script = document.createElement('script'); script.textContent = 'window.__pwned_injected = 1'; document.body.appendChild(script);",
    );
    expect(await pwned(page)).toEqual([]);
    expect(problems.join('\n')).toContain('Content Security Policy');
    await page.close();
  });

  it('repaints the charts for dark mode and keeps the light colours for print', async () => {
    const bar = '.chart-wide svg path[fill="#13806f"]';
    const { page } = await open(hostileFile, { scheme: 'dark' });
    const fillOf = () => page.evaluate<string>(`getComputedStyle(document.querySelector('${bar}')).fill`);
    expect(await fillOf()).toBe('rgb(69, 191, 174)');
    expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe(
      'rgb(18, 21, 25)',
    );
    await page.screenshot({ path: join(screenshots, 'synthetic-desktop-dark.png') });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await fillOf()).toBe('rgb(19, 128, 111)');
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await page.close();
  });

  it('shows the payload strings literally in the markup it rendered on the server', async () => {
    const html = readFileSync(hostileFile, 'utf8');
    const { page } = await open(hostileFile);
    const task = (await page.locator('.brand').textContent()) ?? '';
    expect(task).toContain(injectionPayloads[0]);
    expect(html).not.toContain(injectionPayloads[0]);
    await page.close();
  });
});
