import { describe, expect, it } from 'vitest';
import { renderHtml } from '../reporters/html-reporter.js';
import { syntheticReport } from '../testing/synthetic-report.js';
import { loadChartLibraries } from './load-chart-libraries.js';

describe('loadChartLibraries', () => {
  it('loads vega and vega-lite from their bundles, once', async () => {
    const libraries = await loadChartLibraries();
    expect(typeof libraries.vega.View).toBe('function');
    expect(typeof libraries.vegaLite.compile).toBe('function');
    expect(libraries.vega.version).toBe((await import('vega')).version);
    expect(await loadChartLibraries()).toBe(libraries);
  });

  it('draws exactly the charts the ES modules draw', async () => {
    const { report } = syntheticReport({ items: 200, assessed: true });
    expect(await renderHtml(report, { loadCharts: loadChartLibraries })).toBe(await renderHtml(report));
  });
});
