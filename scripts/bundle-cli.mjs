// Build step (after tsc): bundles the compiled CLI (dist/cli/main.js and the audit worker) into
// dist/bundle/, one CommonJS file each instead of ~440 ES modules, because loading modules one by
// one was a fifth of `fixfirst diagnose`'s time, and runs them with V8's code cache
// (src/cli/code-cache.ts). dist/cli/bin.js loads the bundle when it is at least as new as
// dist/cli/main.js, else the unbundled modules. Native, optional and very large packages stay external.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle-cli: esbuild is not installed; the CLI runs unbundled (slower start)');
  process.exit(0);
}
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * zod's `z.locales` and `z.core.locales` namespaces pull in its 60-odd translations (370 KB,
 * parsed on every run); the CLI never reads them (zod's English messages come from
 * locales/en.js, imported directly), so the bundle gets empty namespaces instead.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic[\\/]external|core[\\/]index)\.js$/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'without-zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({ contents: 'export {};' }));
  },
};
rmSync(`${dist}bundle`, { recursive: true, force: true });
/** How every file in dist/bundle/ is built. */
const commonJs = {
  bundle: true,
  // CommonJS, one file per entry: dist/cli/code-cache.js runs it with V8's code cache (Node 20 has
  // no compile cache for ES modules). Dynamic imports of bundled modules become lazy initialisers.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Without comments and indentation the bundle is a quarter smaller to read; names stay, so stack
  // traces of internal errors still name their functions.
  minifyWhitespace: true,
  // Files next to the modules (token tables, the worker) are found from the bundle's own URL.
  define: { 'import.meta.url': '__fixfirstBundleUrl' },
  banner: { js: "const __fixfirstBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};
const built = await esbuild.build({
  ...commonJs,
  entryPoints: { main: `${dist}cli/main.js`, 'audit-worker': `${dist}project/audit-worker.js` },
  outdir: `${dist}bundle`,
  outExtension: { '.js': '.cjs' },
  // Loaded only on some paths, native, or big data files read by the fallback path only.
  external: ['better-sqlite3', 'vega', 'vega-lite', 'playwright-core', 'gpt-tokenizer/bpeRanks/*'],
  plugins: [withoutZodLocales],
  metafile: true,
});
// Code from V8's code cache cannot `import()` on Node 20: external modules must be imported
// through src/core/import-module.ts, never with a literal `import('package')` in the bundle.
for (const [file, output] of Object.entries(built.metafile.outputs)) {
  const literal = output.imports.filter((entry) => entry.kind === 'dynamic-import' && entry.external);
  if (literal.length > 0) {
    console.error(
      `bundle-cli: ${file} has import() of ${literal.map((entry) => entry.path).join(', ')}: use importModule (src/core/import-module.ts)`,
    );
    process.exit(1);
  }
}
// The loader reads an all-ASCII bundle as Latin-1, twice as fast as UTF-8 (esbuild escapes strings
// and templates; regular expressions and String.raw in src/ spell non-ASCII characters as \u escapes).
for (const file of Object.keys(built.metafile.outputs)) {
  const text = readFileSync(file, 'latin1');
  const at = text.search(/[\u0080-\u00ff]/);
  if (at >= 0)
    console.warn(
      `bundle-cli: ${file} is not ASCII (loads slower): ...${text.slice(Math.max(0, at - 60), at + 10)}...`,
    );
}
// The worker thread's entry (new URL('./audit-worker.js', import.meta.url) in the bundle) is
// CommonJS, like the loader it calls (dist/cli/code-cache.js bundled alone): a worker whose entry is
// an ES module first sets up Node's ES module loader, 10-20 ms more on the critical path of diagnose.
await esbuild.build({
  ...commonJs,
  entryPoints: [`${dist}cli/code-cache.js`],
  outfile: `${dist}bundle/load-bundle.cjs`,
});
writeFileSync(`${dist}bundle/package.json`, '{ "type": "commonjs" }\n');
writeFileSync(
  `${dist}bundle/audit-worker.js`,
  [
    '// Written by scripts/bundle-cli.mjs: the audit worker thread runs its bundle with the code cache.',
    "const { join } = require('node:path');",
    "const { pathToFileURL } = require('node:url');",
    "require('./load-bundle.cjs').loadBundle(pathToFileURL(join(__dirname, 'audit-worker.cjs')));",
    '',
  ].join('\n'),
);
// One run on the bundled example compiles what `fixfirst diagnose` uses and keeps it in the code
// cache (main thread and audit worker), so the first run after install is as fast as the next.
const root = fileURLToPath(new URL('../', import.meta.url));
if (existsSync(`${root}examples/support-bot/fixfirst.yaml`)) {
  const warm = spawnSync(process.execPath, [`${dist}cli/bin.js`, 'diagnose', `${root}examples/support-bot`], {
    stdio: 'ignore',
  });
  if (warm.status !== 0) console.warn(`bundle-cli: the code-cache run exited with ${warm.status}`);
}
