import type { Config, TopLevelSpec } from 'vega-lite';
import { importModule } from '../../core/import-module.js';
import { escapeHtml } from './escape.js';
import { palette } from './palette.js';

/** A chart to render: a vega-lite spec and the sentence a screen reader hears instead of the picture. */
export interface ChartRequest {
  spec: TopLevelSpec;
  /** What the chart shows, in one sentence (the SVG's accessible name). */
  description: string;
  /** Stretch to the container's width at a fixed CSS height (a one-bar strip), instead of scaling. */
  stretch?: boolean;
}

/** Font stack measured by vega in Node; the page's CSS sets the same stack on chart text. */
const chartFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Chart styling shared by every chart: quiet axes, no frame, the report's palette. */
export const chartConfig: Config = {
  font: chartFont,
  background: null as unknown as string,
  view: { stroke: null },
  axis: {
    labelColor: palette.muted.light,
    titleColor: palette.muted.light,
    domainColor: palette.grid.light,
    tickColor: palette.grid.light,
    gridColor: palette.grid.light,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelPadding: 6,
  },
  legend: {
    labelColor: palette.muted.light,
    titleColor: palette.muted.light,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    symbolType: 'square',
  },
  text: { color: palette.ink.light, fontSize: 12 },
};

/** The two chart libraries, loaded. */
export interface ChartLibraries {
  vega: typeof import('vega');
  vegaLite: typeof import('vega-lite');
}

/** Loads the chart libraries (once; later calls return the same promise). */
export type ChartLibraryLoader = () => Promise<ChartLibraries>;

let imported: Promise<ChartLibraries> | undefined;

/**
 * The default loader: the packages' ES modules. They are heavy (vega is ~80 modules, a few hundred
 * ms to import), so they load the first time a chart is drawn, never otherwise. The CLI passes a
 * faster loader of the same libraries (src/cli/load-chart-libraries.ts).
 */
export const importChartLibraries: ChartLibraryLoader = () => {
  imported ??= Promise.all([
    importModule<typeof import('vega')>('vega'),
    importModule<typeof import('vega-lite')>('vega-lite'),
  ]).then(([vega, vegaLite]) => ({
    vega,
    vegaLite,
  }));
  return imported;
};

/**
 * Renders each chart to an inline SVG string (vega-lite → vega → SVG, in Node; no browser, no
 * network). The SVG is made responsive (viewBox only), labelled for screen readers, and carries
 * no `style` attribute, so the page's Content-Security-Policy never has to allow inline styles.
 */
export async function renderCharts(
  requests: readonly ChartRequest[],
  load: ChartLibraryLoader = importChartLibraries,
): Promise<string[]> {
  if (requests.length === 0) return [];
  const { vega, vegaLite } = await load();
  // vega-lite and vega log layout remarks to the console; a report renderer must not write to it.
  const logger = vega.logger(vega.None);
  const rendered: string[] = [];
  for (const [index, request] of requests.entries()) {
    const compiled = vegaLite.compile(
      { ...request.spec, config: { ...chartConfig, ...request.spec.config } } as TopLevelSpec,
      { logger },
    );
    const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logger, logLevel: vega.None });
    try {
      rendered.push(
        cleanSvg(await view.toSVG(), request.description, {
          stretch: request.stretch === true,
          idPrefix: `chart${index}`,
        }),
      );
    } finally {
      view.finalize();
    }
  }
  return rendered;
}

/** How `cleanSvg` adapts one chart. */
export interface CleanSvgOptions {
  /** See `ChartRequest.stretch`. */
  stretch?: boolean;
  /** Prefix of the chart's element ids, unique in the page. */
  idPrefix?: string;
}

/**
 * Makes vega's SVG fit the page: viewBox sizing, an accessible name, no inline styles, and element
 * ids (clip paths) renumbered under a per-chart prefix — vega numbers them with a process-wide
 * counter, which would make the same report render differently each time.
 */
export function cleanSvg(svg: string, description: string, options: CleanSvgOptions = {}): string {
  const stretch = options.stretch === true;
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (open === null) return '';
  const viewBox = /viewBox="([^"]*)"/.exec(open[0])?.[1] ?? '0 0 100 100';
  const [, , width = '100', height = '100'] = viewBox.split(' ');
  const ids = new Map<string, string>();
  const prefix = options.idPrefix ?? 'chart';
  const renamed = (id: string) => {
    let name = ids.get(id);
    if (name === undefined) {
      name = `${prefix}-${ids.size + 1}`;
      ids.set(id, name);
    }
    return name;
  };
  const body = svg
    .slice(open[0].length)
    // A `style` attribute would need 'unsafe-inline' in the CSP; vega rarely writes one, and nothing in it is needed.
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${renamed(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renamed(id)})`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart${stretch ? ' chart-stretch" preserveAspectRatio="none' : ''}" width="${width}" height="${height}" viewBox="${viewBox}" role="img" aria-label="${escapeHtml(description)}">` +
    `<title>${escapeHtml(description)}</title>${body}`
  );
}
