import { describe, expect, it } from 'vitest';
import { formatNumber, genericRowLimit, humanizeKey, renderGenericValue } from './generic-value.js';

describe('renderGenericValue', () => {
  it('renders a rate with its interval and counts', () => {
    const html = renderGenericValue({
      value: 0.522,
      low: 0.467,
      high: 0.576,
      method: 'wilson',
      k: 47,
      n: 90,
    });
    expect(html).toContain('52.2%');
    expect(html).toContain('[46.7–57.6]');
    expect(html).toContain('(47/90)');
    expect(html).toContain('wilson');
  });

  it('renders values outside [-1, 1] with an interval as plain numbers', () => {
    expect(renderGenericValue({ value: 12.5, low: 10, high: 15 })).toContain(
      '12.5</span> <span class="ci">[10–15]',
    );
  });

  it('turns an array of records into a table and a record into a definition list', () => {
    const html = renderGenericValue({
      goldDepth: [
        { rank: 1, items: 410 },
        { rank: 2, items: 120 },
      ],
    });
    expect(html).toContain('<dt>gold depth</dt>');
    expect(html).toContain('<th scope="col">rank</th>');
    expect(html).toContain('<td>410</td>');
  });

  it('caps long arrays and says how many more there are', () => {
    const rows = Array.from({ length: genericRowLimit + 5 }, (_, index) => ({ row: index }));
    const html = renderGenericValue(rows);
    expect(html.match(/<tr>/g)).toHaveLength(genericRowLimit + 1);
    expect(html).toContain('… 5 more');
  });

  it('escapes every string, key and value', () => {
    const html = renderGenericValue({ '<b>key</b>': ['<img src=x onerror=alert(1)>'], text: '"><script>' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says what is missing rather than printing nothing', () => {
    expect(renderGenericValue(null)).toContain('—');
    expect(renderGenericValue([])).toContain('none');
    expect(renderGenericValue('')).toContain('(empty)');
  });
});

describe('formatNumber and humanizeKey', () => {
  it.each([
    [2400, '2,400'],
    [0.123456, '0.1235'],
    [1234.56, '1,235'],
    [-3, '-3'],
  ])('formatNumber(%s) = %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    ['goldMissingShareOfFailures', 'gold missing share of failures'],
    ['fine_tune_cost', 'fine tune cost'],
    ['MRR', 'MRR'],
    ['recall@5', 'recall@5'],
    ['P_10', 'P_10'],
  ])('humanizeKey(%s) = %s', (key, text) => {
    expect(humanizeKey(key)).toBe(text);
  });
});

describe('findings anywhere', () => {
  it('renders an array of findings as the findings table, with evidence folded, wherever it appears', () => {
    const html = renderGenericValue({
      hygiene: [
        {
          code: 'duplicate_item',
          severity: 'warning',
          message: '3 items repeat',
          rows: [4, 9],
          rowCount: 3,
          evidence: { twin: 9 },
        },
        {
          code: 'empty_reference',
          severity: 'error',
          message: '1 empty reference',
          rows: [2],
          rowCount: 1,
          evidence: {},
        },
      ],
    });
    expect(html).toContain('<table class="findings">');
    expect(html.indexOf('empty_reference')).toBeLessThan(html.indexOf('duplicate_item'));
    expect(html).toContain('<summary>Evidence and example rows</summary>');
  });
});
