import { palette } from '../palette.js';

/**
 * The y encoding of a chart with one row per item (checks, bars, headroom steps): rows keep the
 * order they were given in (`order`), labelled by `label`, with quiet label-only axes. `axis` adds
 * to or overrides the shared axis style; null hides the axis (the chart labels its rows itself).
 */
export function rowLabelAxis(axis: Record<string, unknown> | null) {
  return {
    field: 'label',
    type: 'nominal' as const,
    sort: { field: 'order' },
    title: null,
    axis: axis === null ? null : { labelColor: palette.ink.light, ticks: false, domain: false, ...axis },
  };
}

/**
 * A quiet axis for rates in [0, 1]: whole percentages, grid lines, no domain line or ticks, edge
 * labels centred on their tick.
 */
export function rateAxis(options: { tickCount: number; title: string | null }) {
  return {
    format: '.0%',
    tickCount: options.tickCount,
    title: options.title,
    grid: true,
    domain: false,
    ticks: false,
    labelFlush: false,
  };
}
