import type { TopLevelSpec } from 'vega-lite';
import { interval, percent } from '../../format.js';
import { palette } from '../palette.js';
import type { ChartRequest } from '../render-charts.js';
import { rateAxis, rowLabelAxis } from './chart-axes.js';

/** One bar: a rate with its interval. */
export interface IntervalBar {
  label: string;
  value: number;
  low: number;
  high: number;
  /** Light palette colour of the bar. */
  colour: string;
  /** Extra words after the figure, e.g. `12 items`. */
  note?: string;
}

/**
 * Horizontal bars of rates in [0, 1], each with its 95% interval as a whisker and its figure in a
 * column on the right. Used for failures by category and for accuracy with and without the gold
 * passage. Small on purpose (about 460 px): it sits next to its table on a desktop and fits a phone.
 */
export function intervalBarChart(bars: readonly IntervalBar[], description: string): ChartRequest {
  const rows = bars.map((bar, order) => ({
    ...bar,
    order,
    figure: `${percent(bar.value)} ${interval(bar)}${bar.note ? ` · ${bar.note}` : ''}`,
  }));
  const whisker = { color: palette.ink.light, thickness: 1.5, size: 10, orient: 'vertical' as const };
  const spec: TopLevelSpec = {
    width: 240,
    height: { step: 34 },
    padding: { left: 4, top: 4, bottom: 4, right: 8 },
    data: { values: rows },
    encoding: { y: rowLabelAxis({ labelLimit: 180 }) },
    layer: [
      {
        mark: { type: 'bar', cornerRadius: 2, height: { band: 0.6 } },
        encoding: {
          x: {
            field: 'value',
            type: 'quantitative',
            scale: { domain: [0, 1], nice: false },
            axis: rateAxis({ tickCount: 4, title: null }),
          },
          color: { field: 'colour', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        mark: { type: 'rule', color: palette.ink.light, strokeWidth: 1.5 },
        encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
      { mark: { type: 'tick', ...whisker }, encoding: { x: { field: 'low', type: 'quantitative' } } },
      { mark: { type: 'tick', ...whisker }, encoding: { x: { field: 'high', type: 'quantitative' } } },
      {
        mark: { type: 'text', align: 'left', dx: 10, color: palette.ink.light },
        encoding: { x: { datum: 1 }, text: { field: 'figure' } },
      },
    ],
  };
  return { spec, description };
}
