import type { TopLevelSpec } from 'vega-lite';
import { itemClasses } from '../../../core/report/item-result.js';
import type { Report } from '../../../core/report/report.js';
import { colourFor } from '../palette.js';
import type { ChartRequest } from '../render-charts.js';

/** Display names of the item classes (DESIGN §2.1). */
export const classLabels: Record<string, string> = {
  pass: 'Pass',
  surface: 'Surface',
  behavioral: 'Behavioral',
  mixed: 'Mixed',
};

/** One stacked bar: every item by class (pass, surface, behavioral, mixed), with a legend of counts. */
export function classStripChart(summary: Report['summary']): ChartRequest {
  const total = Math.max(1, summary.items);
  const rows = itemClasses.map((name, order) => ({
    name: `${classLabels[name]} ${summary.classes[name].toLocaleString('en-US')} (${((summary.classes[name] / total) * 100).toFixed(0)}%)`,
    count: summary.classes[name],
    order,
  }));
  const spec: TopLevelSpec = {
    width: 800,
    height: 22,
    padding: 0,
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'count', type: 'quantitative', stack: 'normalize', axis: null },
      order: { field: 'order' },
      color: {
        field: 'name',
        type: 'nominal',
        sort: rows.map((row) => row.name),
        scale: { domain: rows.map((row) => row.name), range: itemClasses.map((name) => colourFor(name)) },
        // The class table under the strip is its legend (with counts and intervals).
        legend: null,
      },
    },
  };
  const description = `Items by class: ${itemClasses.map((name) => `${name} ${summary.classes[name]}`).join(', ')} of ${summary.items}.`;
  return { spec, description, stretch: true };
}
