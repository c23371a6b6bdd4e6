import type { TopLevelSpec } from 'vega-lite';
import type { HeadroomStep } from '../../../core/report/report.js';
import { interval, percent } from '../../format.js';
import { colourFor, palette } from '../palette.js';
import type { ChartRequest } from '../render-charts.js';
import { rateAxis, rowLabelAxis } from './chart-axes.js';

/** Desktop or phone layout of the waterfall. */
export type HeadroomLayout = 'wide' | 'compact';

const signed = (value: number) => `+${(value * 100).toFixed(1)}`;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The headroom waterfall (DESIGN §2.2), the figure the whole report argues from: one row per step,
 * each bar starting where the previous one ended, from today's strict accuracy to 100%, with the
 * 95% interval of each step as a whisker on the bar's free end and the figures in a column on the
 * right. `compact` puts the step names above the bars so the figure fits a phone.
 */
export function headroomChart(steps: readonly HeadroomStep[], layout: HeadroomLayout): ChartRequest {
  const wide = layout === 'wide';
  const rows = steps.map((step, order) => {
    if (step.kind === 'not_assessed') {
      // No bar and no whisker (vega-lite drops null positions): the row still names the step.
      return {
        order,
        label: step.label,
        step: step.step,
        start: step.start,
        end: step.start,
        low: null,
        high: null,
        figure: 'not assessed',
        range: '',
      };
    }
    const end = step.start + step.value;
    // Bars grow from the left, so an increment's uncertainty shows where it ends; the remainder is
    // anchored at 100%, so its uncertainty shows where it begins.
    const anchoredRight = step.step === 'behavioral';
    const low = anchoredRight ? end - step.high : step.start + step.low;
    const high = anchoredRight ? end - step.low : step.start + step.high;
    return {
      order,
      label: step.label,
      step: step.step,
      start: step.start,
      end,
      low: clamp(low),
      high: clamp(high),
      figure: step.step === 'current' ? percent(step.value) : `${signed(step.value)} pts`,
      range: interval(step),
    };
  });
  const y = rowLabelAxis(wide ? { labelFontSize: 13, labelLimit: 240 } : null);
  const whisker = { color: palette.ink.light, thickness: 1.5, size: 12, orient: 'vertical' as const };
  const spec: TopLevelSpec = {
    width: wide ? 600 : 250,
    height: { step: wide ? 54 : 54 },
    padding: { left: 4, top: wide ? 8 : 22, bottom: 4, right: 8 },
    data: { values: rows },
    encoding: { y },
    layer: [
      {
        mark: {
          type: 'bar',
          cornerRadius: 2,
          height: { band: wide ? 0.62 : 0.5 },
          ...(wide ? {} : { yOffset: 6 }),
        },
        encoding: {
          x: {
            field: 'start',
            type: 'quantitative',
            scale: { domain: [0, 1], nice: false },
            axis: rateAxis({ tickCount: wide ? 10 : 4, title: null }),
          },
          x2: { field: 'end' },
          color: {
            field: 'step',
            type: 'nominal',
            scale: {
              domain: steps.map((step) => step.step),
              range: steps.map((step) => colourFor(step.step)),
            },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'rule', color: palette.ink.light, strokeWidth: 1.5, ...(wide ? {} : { yOffset: 6 }) },
        encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
      {
        mark: { type: 'tick', ...whisker, ...(wide ? {} : { yOffset: 6 }) },
        encoding: { x: { field: 'low', type: 'quantitative' } },
      },
      {
        mark: { type: 'tick', ...whisker, ...(wide ? {} : { yOffset: 6 }) },
        encoding: { x: { field: 'high', type: 'quantitative' } },
      },
      {
        mark: { type: 'rule', color: palette.muted.light, strokeDash: [3, 3] },
        encoding: { x: { datum: 1 }, y: null as never },
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          dx: 14,
          fontWeight: 'bold',
          fontSize: wide ? 14 : 13,
          color: palette.ink.light,
          ...(wide ? {} : { yOffset: 6 }),
        },
        encoding: { x: { datum: 1 }, text: { field: 'figure' } },
      },
      ...(wide
        ? [
            {
              mark: {
                type: 'text' as const,
                align: 'left' as const,
                dx: 104,
                fontSize: 12,
                color: palette.muted.light,
              },
              encoding: { x: { datum: 1 }, text: { field: 'range' } },
            },
          ]
        : [
            {
              mark: {
                type: 'text' as const,
                align: 'left' as const,
                baseline: 'bottom' as const,
                yOffset: -6,
                fontSize: 13,
                color: palette.ink.light,
              },
              encoding: { x: { datum: 0 }, text: { field: 'label' } },
            },
          ]),
    ],
  };
  const description = `Headroom waterfall: ${steps
    .map((step) =>
      step.kind === 'not_assessed'
        ? `${step.label} not assessed`
        : `${step.label} ${step.step === 'current' ? percent(step.value) : `${signed(step.value)} points`} ${interval(step)} (${step.kind})`,
    )
    .join('; ')}.`;
  return { spec, description };
}
