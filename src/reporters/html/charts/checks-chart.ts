import type { TopLevelSpec } from 'vega-lite';
import type { CheckSummary } from '../../../core/report/report.js';
import { percent } from '../../format.js';
import { palette } from '../palette.js';
import type { ChartRequest } from '../render-charts.js';
import { rateAxis, rowLabelAxis } from './chart-axes.js';

/** How many checks the chart shows (the worst ones); the table lists every check. */
export const checksChartLimit = 20;

/**
 * Pass rate of each contract check, worst first: a dot for the strict rate with its 95% interval,
 * a hollow dot for the IFEval-loose rate. The gap between the two is what output clean-up recovers.
 */
export function checksChart(checks: readonly CheckSummary[]): ChartRequest {
  const worst = [...checks].sort((a, b) => a.passRate.value - b.passRate.value).slice(0, checksChartLimit);
  const rows = worst.map((check, order) => ({
    label: check.check,
    order,
    strict: check.passRate.value,
    low: check.passRate.low,
    high: check.passRate.high,
    loose: check.passRateLoose.value,
  }));
  // A dot plot needs no zero baseline: zoom to the rates so 93% and 97% do not sit on one pixel.
  const lowest = Math.min(...rows.flatMap((row) => [row.low, row.loose]));
  const from = Math.max(0, Math.floor((lowest - 0.02) * 10) / 10);
  const spec: TopLevelSpec = {
    width: 380,
    height: { step: 26 },
    padding: { left: 4, top: 4, bottom: 4, right: 12 },
    data: { values: rows },
    encoding: { y: rowLabelAxis({ labelLimit: 170, grid: true }) },
    layer: [
      {
        mark: { type: 'rule', color: palette.ink.light, strokeWidth: 1.5 },
        encoding: {
          x: {
            field: 'low',
            type: 'quantitative',
            scale: { domain: [from, 1], nice: false, zero: false },
            axis: rateAxis({ tickCount: 5, title: 'pass rate (strict ●, loose ○)' }),
          },
          x2: { field: 'high' },
        },
      },
      {
        mark: {
          type: 'point',
          shape: 'circle',
          size: 60,
          filled: false,
          color: palette.surface.light,
          strokeWidth: 1.5,
        },
        encoding: { x: { field: 'loose', type: 'quantitative' } },
      },
      {
        mark: {
          type: 'point',
          shape: 'circle',
          size: 60,
          filled: true,
          opacity: 1,
          color: palette.ink.light,
        },
        encoding: { x: { field: 'strict', type: 'quantitative' } },
      },
    ],
  };
  const description = `Pass rate by contract check, worst first: ${worst
    .map(
      (check) =>
        `${check.check} ${percent(check.passRate.value)} strict, ${percent(check.passRateLoose.value)} loose`,
    )
    .join('; ')}.`;
  return { spec, description };
}
