import type { TopLevelSpec } from 'vega-lite';
import { palette } from '../palette.js';
import type { ChartRequest } from '../render-charts.js';

/** One rung of the k-shot ladder: accuracy with k examples drawn by `strategy`. */
export interface LadderRung {
  k: number;
  strategy: string;
  value: number;
  low: number;
  high: number;
}

/**
 * The k-shot ladder (live mode): accuracy with 0, 4, 16, 64 training examples in the prompt, one
 * line per selection strategy, each point with its 95% interval. A ladder that keeps climbing says
 * the data can teach the task; a flat one says fine-tuning on it will not buy much.
 */
export function kShotChart(rungs: readonly LadderRung[]): ChartRequest {
  const strategies = [...new Set(rungs.map((rung) => rung.strategy))];
  const colours = [
    palette.ink.light,
    palette.surface.light,
    palette.foundation.light,
    palette.behavioral.light,
  ];
  const spec: TopLevelSpec = {
    width: 320,
    height: 200,
    padding: { left: 4, top: 10, bottom: 4, right: 10 },
    data: { values: [...rungs] },
    encoding: {
      x: {
        field: 'k',
        type: 'ordinal',
        title: 'examples in the prompt (k)',
        axis: { labelAngle: 0, domain: false, ticks: false },
      },
      color: {
        field: 'strategy',
        type: 'nominal',
        title: null,
        scale: { domain: strategies, range: strategies.map((_, index) => colours[index % colours.length]!) },
        legend: { orient: 'bottom', direction: 'horizontal' },
      },
    },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.7 },
        encoding: {
          y: {
            field: 'low',
            type: 'quantitative',
            scale: { domain: [0, 1] },
            // No axis title: a rotated title throws vega's text-bounds estimate off; the caption names it.
            axis: { format: '.0%', title: null, tickCount: 5, grid: true, domain: false, ticks: false },
          },
          y2: { field: 'high' },
        },
      },
      {
        mark: { type: 'line', point: { filled: true, size: 50 }, strokeWidth: 2 },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
    ],
  };
  const description = `k-shot ladder: ${rungs
    .map((rung) => `${rung.strategy} k=${rung.k} ${(rung.value * 100).toFixed(1)}%`)
    .join('; ')}.`;
  return { spec, description };
}
