import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { type Importer, importerKey } from '../core/import-module.js';

/** A CommonJS bundle run in this thread. */
export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** What became of the cache: used, absent (written at exit) or rejected by V8 (rewritten at exit). */
  cache: 'used' | 'absent' | 'rejected';
}

/**
 * Runs a CommonJS bundle (scripts/bundle-cli.mjs) with V8's code cache: the compiled code of the
 * functions a run used is kept next to the bundle (`<bundle>.<size>-<mtime>-<flags>.cache`, so a
 * rebuilt bundle never meets an old cache), and the next run deserializes it instead of parsing and
 * compiling 2 MB of JavaScript again. Node 22's `module.enableCompileCache` does the same
 * for modules; Node 20 has only `vm.Script`. The cache is written when this thread exits, only
 * when there was none or V8 rejected it (another Node version or other V8 flags), and only if the
 * folder is writable: a read-only install runs as before, without it.
 */
export function loadBundle(url: URL): LoadedBundle {
  const path = fileURLToPath(url);
  const { size, mtimeMs } = statSync(path);
  const cachePath = `${path}.${size}-${Math.trunc(mtimeMs)}-${flagsKey()}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const bytes = readFileSync(path);
  // The build keeps the bundle ASCII, which decodes as Latin-1 at twice UTF-8's speed.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  // Node 20 loses `import()` in code that comes from the cache: the bundle imports through this
  // module's (src/core/import-module.ts), which resolves packages from fixfirst's own folder.
  (globalThis as { [importerKey]?: Importer })[importerKey] = (specifier) => import(specifier);
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  const cache =
    cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  if (cache !== 'used') process.once('exit', () => writeCache(script, cachePath));
  wrapper.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  return { exports: module.exports, cache };
}

/**
 * V8 rejects a cache made under other flags (`--cpu-prof`, `--max-old-space-size` in NODE_OPTIONS):
 * one cache per set of flags, so runs with and without them do not overwrite each other's.
 */
function flagsKey(): string {
  const flags = `${process.execArgv.join('\0')}\0${process.env.NODE_OPTIONS ?? ''}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < flags.length; index++)
    hash = Math.imul(hash ^ flags.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Writes the code compiled so far (atomically: parallel runs may race). Best effort. */
function writeCache(script: Script, cachePath: string): void {
  const temporary = `${cachePath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}
