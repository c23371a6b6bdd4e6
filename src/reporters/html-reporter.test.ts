import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../core/report/report.js';
import { injectionPayloads, syntheticReport } from '../testing/synthetic-report.js';
import { itemTextsFromCases } from './html/item-data.js';
import { renderHtml } from './html-reporter.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const between = (html: string, open: RegExp, close: string) => {
  const start = open.exec(html);
  if (start === null) throw new Error(`no ${open}`);
  const from = start.index + start[0].length;
  return html.slice(from, html.indexOf(close, from));
};

/** The page without the embedded JSON blocks (whose strings are data, escaped for JSON, not markup). */
const markupOf = (html: string) =>
  html.replace(/(<script type="application\/json" id="fixfirst-[a-z]+">)[\s\S]*?(<\/script>)/g, '$1$2');

describe('renderHtml', () => {
  let plain: string;
  let hostile: string;
  let hostileReport: Report;

  beforeAll(async () => {
    const clean = syntheticReport({ items: 300, assessed: true });
    plain = await renderHtml(clean.report, { texts: itemTextsFromCases(clean.cases) });
    const attack = syntheticReport({ items: 300, assessed: true, payloads: true, live: true });
    hostileReport = attack.report;
    hostile = await renderHtml(attack.report, { texts: itemTextsFromCases(attack.cases) });
  });

  it('puts the verdict first, then the waterfall, failures, data, foundation, cost and the items', () => {
    const order = [
      'id="verdict"',
      'id="headroom"',
      'id="failures"',
      'id="data"',
      'id="foundation"',
      'id="cost"',
      'id="items"',
    ];
    const positions = order.map((marker) => plain.indexOf(marker));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(plain).toContain('Fix the prompt first');
  });

  it('says the payback and its range with the same formatter as the terminal and report.md', () => {
    // syntheticCost: 146.4 months; 119.7 at the top of the lift interval, 194.5 at the bottom.
    expect(plain).toContain(
      '<dt>Fine-tuning pays back in</dt><dd><span class="figure">146 months</span> <span class="ci">[120 months – 195 months]</span></dd>',
    );
  });

  it('labels the gold-missing share of failures an upper bound', () => {
    expect(plain).toContain(
      '<dt>Failures with the gold passage missing <span class="muted">(an upper bound on what retrieval fixes can buy)</span></dt>',
    );
  });

  it('draws the charts as inline SVG: two waterfalls (wide and phone), classes, categories, checks, hit/miss, position, context length, cost', () => {
    expect(plain.match(/<svg [^>]*class="chart/g)).toHaveLength(9);
    expect(plain).toContain('aria-label="Headroom waterfall: Today (strict)');
  });

  it('carries a strict Content-Security-Policy whose hashes match the page’s only script and style', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(plain)?.[1];
    expect(policy).toBeDefined();
    const script = between(plain, /<script>/, '</script>');
    const style = between(plain, /<style>/, '</style>');
    expect(policy).toBe(
      `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; base-uri 'none'; form-action 'none'`.replaceAll(
        "'",
        '&#39;',
      ),
    );
  });

  it('loads nothing from anywhere: no external resource, no inline handler, no style attribute', () => {
    for (const page of [plain, hostile]) {
      // Text is escaped, so every `<` left in the markup opens a real tag: check the tags themselves.
      expect(page.match(/<script\b/g)).toHaveLength(3);
      const tags = markupOf(page).match(/<[a-zA-Z][^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(100);
      const names = new Set(tags.map((tag) => /^<([a-zA-Z0-9]+)/.exec(tag)![1]!.toLowerCase()));
      for (const banned of [
        'link',
        'img',
        'iframe',
        'object',
        'embed',
        'base',
        'form',
        'image',
        'use',
        'foreignobject',
      ])
        expect(names.has(banned)).toBe(false);
      for (const tag of tags) {
        // Attribute values are escaped (no raw quote inside), so blanking them leaves only attribute names.
        expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\s(src|srcset|style|on[a-z]+)=/i);
        expect(tag).not.toMatch(/\shref="(?!#)/i);
        expect(tag).not.toMatch(/url\((?!#)/i);
      }
      expect(page).not.toMatch(/@import|url\((?!#)/i);
    }
  });

  it('never writes a payload from ids, tags, texts, details or question evidence as markup', () => {
    const markup = markupOf(hostile);
    for (const payload of injectionPayloads) expect(markup).not.toContain(payload);
    expect(hostile).not.toContain('<script>window');
    expect(hostile).not.toContain('<svg onload');
    expect(hostile).not.toContain('</script><script>');
    expect(hostile).not.toMatch(/href="javascript:/i);
    // The payloads are there, as text: escaped in the markup, \u003c-escaped in the JSON.
    expect(hostile).toContain('&lt;script&gt;window.__pwned_script=1&lt;/script&gt;');
    expect(hostile).toContain('\\u003cscript\\u003ewindow.__pwned_script=1');
  });

  it('embeds every item, and in a second block their texts, in the JSON the drill-down reads', () => {
    const json = between(hostile, /<script type="application\/json" id="fixfirst-items">/, '</script>');
    const data = JSON.parse(json) as { items: unknown[][]; texts: boolean };
    expect(data.texts).toBe(true);
    expect(data.items).toHaveLength(hostileReport.items.length);
    expect(data.items[0]![0]).toBe(hostileReport.items[0]!.id);
    const texts = JSON.parse(
      between(hostile, /<script type="application\/json" id="fixfirst-texts">/, '</script>'),
    ) as string[][];
    expect(texts).toHaveLength(hostileReport.items.length);
    expect(texts[0]![0]).toContain(injectionPayloads[0]);
  });

  it('says so when the texts are not available', async () => {
    const { report } = syntheticReport({ items: 60 });
    const html = await renderHtml(report);
    expect(html).toContain('This report carries no input, output or reference texts');
    expect(html).toContain('not assessed'.toUpperCase());
  });

  it('shows a field it does not know yet, generically, so new evidence appears without a code change', async () => {
    const { report } = syntheticReport({ items: 60, assessed: true });
    const extended = {
      ...report,
      experiments: { promptRepair: { lift: { value: 0.12, low: 0.05, high: 0.19 }, calls: 412 } },
      questions: {
        ...report.questions,
        data: {
          ...report.questions.data,
          nearDuplicateClusters: [{ size: 14, example: 'refund <b>now</b>' }],
        },
      },
    } as unknown as Report;
    const html = await renderHtml(extended);
    expect(html).toContain('id="more-experiments"');
    expect(html).toContain('12.0%');
    expect(html).toContain('near duplicate clusters');
    expect(html).toContain('refund &lt;b&gt;now&lt;/b&gt;');
  });

  it('draws the k-shot ladder when the report carries one, wherever it is', async () => {
    const { report } = syntheticReport({ items: 60 });
    const rung = (k: number, strategy: string, value: number) => ({
      k,
      strategy,
      accuracy: { value, low: value - 0.05, high: value + 0.05 },
    });
    const withLadder = {
      ...report,
      experiments: {
        kShot: {
          rungs: [
            rung(0, 'random', 0.5),
            rung(4, 'random', 0.55),
            rung(0, 'nearest', 0.5),
            rung(4, 'nearest', 0.62),
          ],
        },
      },
    } as unknown as Report;
    const html = await renderHtml(withLadder);
    expect(html).toContain('id="k-shot"');
    expect(html).toContain('aria-label="k-shot ladder: random k=0 50.0%');
  });

  it('lays out live experiments: each comparison with its anytime interval, and the ladder inside them', async () => {
    const { report } = syntheticReport({ items: 60, live: true });
    const html = await renderHtml(report);
    expect(html).toContain('id="live"');
    expect(html).toContain('<a href="#live">Live</a>');
    expect(html).toContain('deterministic repairs');
    expect(html).toContain('Not run: no retrieval data');
    const live = html.slice(html.indexOf('id="live"'), html.indexOf('id="items"'));
    expect(live).toContain('aria-label="k-shot ladder: nearest k=0 56.0%');
    expect(html).not.toContain('id="k-shot"');
    expect(html).toContain('outputs from diagnose --live (openai:gpt-4o-mini)');
  });

  it('is deterministic: the same report renders to the same bytes', async () => {
    const { report, cases } = syntheticReport({ items: 300, assessed: true });
    expect(await renderHtml(report, { texts: itemTextsFromCases(cases) })).toBe(plain);
  });
});
