import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
import {
  type ChartLibraries,
  type ChartLibraryLoader,
  importChartLibraries,
} from '../reporters/html/render-charts.js';

let loaded: Promise<ChartLibraries> | undefined;

/** Runs a UMD bundle as CommonJS would, with `require` answering from `dependencies`. */
function runBundle(path: string, dependencies: Record<string, unknown>): Record<string, unknown> {
  const source = readFileSync(path, 'utf8');
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = runInThisContext(`(function (exports, module, require) {${source}\n})`, {
    filename: path,
  }) as (
    exports: Record<string, unknown>,
    module: { exports: Record<string, unknown> },
    require: (name: string) => unknown,
  ) => void;
  wrapper(module.exports, module, (name) => {
    if (!(name in dependencies)) throw new Error(`${path} requires ${name}`);
    return dependencies[name];
  });
  return module.exports;
}

/**
 * Loads vega and vega-lite for `diagnose --out` and `fixfirst report --format html` from the
 * single-file bundles both packages ship (build/vega.min.js, build/vega-lite.min.js): the same
 * code as their ES modules, but one file each instead of ~80 modules, which makes the first
 * report.html of a process about three times cheaper to start. Falls back to the ES modules if a
 * bundle is missing or does not load.
 */
export const loadChartLibraries: ChartLibraryLoader = () => {
  loaded ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const vega = runBundle(join(dirname(require.resolve('vega')), 'vega.min.js'), {});
      const vegaLite = runBundle(join(dirname(require.resolve('vega-lite')), 'vega-lite.min.js'), { vega });
      if (typeof vega.View !== 'function' || typeof vegaLite.compile !== 'function') {
        return importChartLibraries();
      }
      return { vega, vegaLite } as unknown as ChartLibraries;
    } catch {
      return importChartLibraries();
    }
  })();
  return loaded;
};
