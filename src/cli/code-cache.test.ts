import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The bundle loader in a child process each time (the cache is written when the process exits):
 * the compiled dist/cli/code-cache.js, which `npm test` builds before the tests run.
 */
const loader = new URL('../../dist/cli/code-cache.js', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'fixfirst-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle that imports a package through the loader's importer, as src/core/import-module.ts does. */
const bundleSource = `
const importer = globalThis[Symbol.for('fixfirst.importModule')];
exports.run = async () => {
  const os = await importer('node:os');
  return typeof os.cpus === 'function' ? 'imported' : 'missing';
};
`;

function run(bundle: string): { cache: string; result: string; stderr: string } {
  const script = `import { loadBundle } from ${JSON.stringify(loader)};
const loaded = loadBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}));
console.log(JSON.stringify({ cache: loaded.cache, result: await loaded.exports.run() }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return { ...(JSON.parse(child.stdout) as { cache: string; result: string }), stderr: child.stderr };
}

function cacheFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.cache'));
}

/** A folder of its own holding the bundle; returns the bundle's path. */
function bundleIn(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const bundle = join(folder, 'bundle.cjs');
  writeFileSync(bundle, bundleSource);
  return bundle;
}

describe('the bundle loader with V8 code cache', () => {
  it('writes the cache after the first run and uses it on the next, import() included', () => {
    const bundle = bundleIn('fresh');
    const folder = dirname(bundle);
    expect(run(bundle)).toMatchObject({ cache: 'absent', result: 'imported' });
    expect(cacheFiles(folder)).toHaveLength(1);
    const second = run(bundle);
    expect(second).toMatchObject({ cache: 'used', result: 'imported' });
    // Nothing on stderr (no warning about the loader).
    expect(second.stderr).toBe('');
  });

  it('ignores a cache of another build of the bundle (its name carries size and time)', () => {
    const bundle = bundleIn('rebuilt');
    run(bundle);
    writeFileSync(bundle, `${bundleSource}\n// rebuilt\n`);
    expect(run(bundle).cache).toBe('absent');
    expect(run(bundle).cache).toBe('used');
  });

  it('rewrites a cache V8 rejects', () => {
    const bundle = bundleIn('corrupt');
    const folder = dirname(bundle);
    run(bundle);
    const [name] = cacheFiles(folder);
    writeFileSync(join(folder, name!), 'not a V8 code cache');
    expect(run(bundle)).toMatchObject({ cache: 'rejected', result: 'imported' });
    expect(run(bundle).cache).toBe('used');
  });

  it('runs without a cache where it cannot write one', () => {
    const bundle = bundleIn('unwritable');
    const folder = dirname(bundle);
    run(bundle);
    const [name] = cacheFiles(folder);
    // A folder where the cache file would go: the rename fails, the run does not.
    rmSync(join(folder, name!));
    mkdirSync(join(folder, name!));
    const blocked = run(bundle);
    expect(blocked.result).toBe('imported');
    expect(blocked.stderr).toBe('');
    expect(readdirSync(folder).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});
