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

/** The actions the cost chart can place: priced in dollars and with an expected lift. */
export function plottableActions(actions: readonly Action[]): { action: Action; number: number }[] {
  return actions
    .map((action, index) => ({ action, number: index + 1 }))
    .filter(({ action }) => action.cost?.usd != null && action.expectedLift !== null);
}

/**
 * Cost against expected lift for each priced action of the plan: the cheap, high-lift fixes sit
 * top left. Lifts carry their 95% interval; the dollar axis turns logarithmic when costs span more
 * than twentyfold. Returns null when fewer than two actions are priced (a table says it better).
 */
export function costChart(actions: readonly Action[]): ChartRequest | null {
  const plotted = plottableActions(actions);
  if (plotted.length < 2) return null;
  const rows = plotted.map(({ action, number }) => ({
    usd: Math.max(1, action.cost!.usd!),
    lift: action.expectedLift!.value,
    low: action.expectedLift!.low,
    high: action.expectedLift!.high,
    label: `${number}. ${actionKindLabels[action.kind]}`,
    colour: colourFor(action.kind),
  }));
  const costs = rows.map((row) => row.usd);
  const logarithmic = Math.max(...costs) / Math.min(...costs) > 20;
  const spec: TopLevelSpec = {
    width: 320,
    height: 220,
    padding: { left: 4, top: 10, bottom: 4, right: 40 },
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
              title: 'expected lift (accuracy points)',
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
