/** Where the CLI bundle's loader leaves an `import()` that works (src/cli/code-cache.ts). */
export const importerKey: unique symbol = Symbol.for('fixfirst.importModule');

/** An `import()` made by a real ES module. */
export type Importer = (specifier: string) => Promise<unknown>;

/**
 * `import()` of a module outside fixfirst's own code: a user's custom scorer or check, and the
 * packages the CLI bundle leaves external (vega, better-sqlite3, the tokenizer's rank lists). The
 * bundle runs as a `vm.Script` with V8's code cache, and on Node 20 an `import()` in code that comes
 * from the cache fails ("A dynamic import callback was not specified"); the bundle's loader
 * therefore provides one (`importerKey`). Elsewhere (the unbundled modules, tests) it is `import()`.
 */
export function importModule<Module>(specifier: string): Promise<Module> {
  const provided = (globalThis as { [importerKey]?: Importer })[importerKey];
  return (provided === undefined ? import(specifier) : provided(specifier)) as Promise<Module>;
}
