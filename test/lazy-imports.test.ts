import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-cli.js';

/**
 * Heavy modules load only in the commands that need them (house rule 12): the modules a command
 * imports statically, from dist/cli/bin.js down, must not include vega or vega-lite, which only
 * the HTML renderer pulls in, with `await import()`, when a report.html is written.
 */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    // Static forms only: `import x from '…'`, `import '…'`, `export … from '…'` (not `import('…')`).
    for (const match of source.matchAll(/^\s*(?:import|export)\s(?:[^'"()]*?\sfrom\s)?['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else
        packages.add(
          specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!,
        );
    }
  }
  return { files, packages };
}

describe('lazy imports', () => {
  it('the CLI (modules) does not load vega or vega-lite unless a report.html is rendered', () => {
    const { files, packages } = staticGraph(resolve(repoRoot, 'dist/cli/main.js'));
    expect(files.size).toBeGreaterThan(5);
    expect(packages.has('vega')).toBe(false);
    expect(packages.has('vega-lite')).toBe(false);
  });

  it('the CLI (bundle) keeps vega and vega-lite out (importModule loads them where charts are drawn)', () => {
    const bundle = readFileSync(resolve(repoRoot, 'dist/bundle/main.cjs'), 'utf8');
    expect(bundle).not.toMatch(/require\(["']vega(?:-lite)?["']\)/);
    expect(bundle).not.toContain('import("vega")');
    expect(bundle).not.toContain('node_modules/vega/');
  });

  it('the bundles are ASCII, which the loader reads as Latin-1 (src/cli/code-cache.ts)', () => {
    for (const name of ['main.cjs', 'audit-worker.cjs']) {
      const bytes = readFileSync(resolve(repoRoot, 'dist/bundle', name));
      expect(isAscii(bytes), name).toBe(true);
    }
  });

  it('even the HTML renderer loads vega only when it draws a chart', () => {
    const { packages } = staticGraph(resolve(repoRoot, 'dist/reporters/html-reporter.js'));
    expect(packages.has('vega')).toBe(false);
    expect(packages.has('vega-lite')).toBe(false);
    const charts = readFileSync(resolve(repoRoot, 'dist/reporters/html/render-charts.js'), 'utf8');
    expect(charts).toContain("importModule('vega')");
  });
});
