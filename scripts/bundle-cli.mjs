// Build step (after tsc): bundles the compiled CLI (dist/cli/main.js and the audit worker) into
// dist/bundle/, a few dozen chunks instead of ~440 ES modules, because loading modules one by one
// was a fifth of `fixfirst diagnose`'s time. dist/cli/bin.js loads the bundle when it is at least
// as new as dist/cli/main.js, else the unbundled modules. Dynamic imports stay lazy (chunks);
// native, optional and very large packages stay external.
import { rmSync } from 'node:fs';
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
await esbuild.build({
  entryPoints: { main: `${dist}cli/main.js`, 'audit-worker': `${dist}project/audit-worker.js` },
  outdir: `${dist}bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded only on some paths, native, or big data files read by the fallback path only.
  external: ['better-sqlite3', 'vega', 'vega-lite', 'playwright-core', 'gpt-tokenizer/bpeRanks/*'],
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __fixfirstRequire } from 'node:module';\nconst require = __fixfirstRequire(import.meta.url);",
  },
  plugins: [withoutZodLocales],
  logLevel: 'warning',
});
