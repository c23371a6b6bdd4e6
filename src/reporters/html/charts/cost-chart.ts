import type { TopLevelSpec } from 'vega-lite';
import type { Action } from '../../../core/report/verdict.js';
import { colourFor, palette } from '../palette.js';
import type { ChartRequest } from '../render-charts.js';

/** Short names of the action kinds, for chart labels. */
export const actionKindLabels: Record<Action['kind'], string> = {
  fix_prompt: 'prompt',
  fix_foundation: 'foundation',
  fix_data: 'data',
  fine_tune: 'fine-tune',
  collect_items: 'collect items',
  assess: 'assess',
  stop: 'stop',
};

/** One action placed on the chart: what it costs and what it can buy. */
export interface CostPoint {
  /** Action kind (colours the point). */
  kind: string;
  /** Dollars over the horizon (one-off plus running). */
  usd: number;
  lift: { value: number; low: number; high: number };
}

/**
 * Cost against expected lift for each priced action: the cheap, high-lift fixes sit top left.
 * Lifts carry their 95% interval; the dollar axis turns logarithmic when costs span more than
 * twentyfold. Returns null when fewer than two actions can be placed (a table says it better).
 */
export function costChart(points: readonly CostPoint[]): ChartRequest | null {
  if (points.length < 2) return null;
  const rows = points.map((point) => ({
    usd: Math.max(1, point.usd),
    lift: point.lift.value,
    low: point.lift.low,
    high: point.lift.high,
    label: actionKindLabels[point.kind as Action['kind']] ?? point.kind,
    colour: colourFor(point.kind),
  }));
  const costs = rows.map((row) => row.usd);
  const logarithmic = Math.max(...costs) / Math.min(...costs) > 20;
  const spec: TopLevelSpec = {
    width: 340,
    height: 220,
    padding: { left: 4, top: 10, bottom: 4, right: 8 },
    data: { values: rows },
    encoding: {
      x: {
        field: 'usd',
        type: 'quantitative',
        scale: logarithmic ? { type: 'log', nice: true } : { zero: true, nice: true },
        axis: {
          format: '$,.0f',
          title: `cost (USD${logarithmic ? ', log scale' : ''})`,
          tickCount: 4,
          grid: true,
          domain: false,
          ticks: false,
        },
      },
    },
    layer: [
      {
        mark: { type: 'rule', color: palette.ink.light, strokeWidth: 1.5 },
        encoding: {
          y: {
            field: 'low',
            type: 'quantitative',
            scale: { zero: true, nice: true },
            axis: {
              format: '.0%',
              // A rotated axis title throws vega's text-bounds estimate off (blank space above the
              // chart); the figure caption names the axes instead.
              title: null,
              tickCount: 5,
              grid: true,
              domain: false,
              ticks: false,
            },
          },
          y2: { field: 'high' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: {
          y: { field: 'lift', type: 'quantitative' },
          color: { field: 'colour', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 9, dy: -9, color: palette.ink.light },
        encoding: { y: { field: 'lift', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
  const description = `Cost against expected lift: ${rows
    .map((row) => `${row.label} $${row.usd.toFixed(0)} for +${(row.lift * 100).toFixed(1)} points`)
    .join('; ')}.`;
  return { spec, description };
}
