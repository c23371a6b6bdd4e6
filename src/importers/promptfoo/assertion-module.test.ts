import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeAssertionModule } from './assertion-module.js';

function moduleFile(files: Record<string, string>, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'fixfirst-pf-module-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const absolute = join(dir, name);
  const extension = name.slice(name.lastIndexOf('.'));
  return { dir, file: { absolute, shown: name, extension, functionName: undefined } };
}

describe('placeAssertionModule', () => {
  it('copies a module that stands alone, as .mjs or .cjs after the package.json that governed it', () => {
    const esm = moduleFile(
      { 'package.json': '{"type": "module"}', 'check.js': 'export default () => true;' },
      'check.js',
    );
    expect(placeAssertionModule(esm.file, join(esm.dir, 'out'))).toMatchObject({
      files: { 'promptfoo-assertion-check.mjs': 'export default () => true;' },
      path: 'promptfoo-assertion-check.mjs',
      fallback: undefined,
    });
    // A package.json without "type" (CommonJS), so no package.json above the temporary folder decides.
    const cjs = moduleFile({ 'package.json': '{}', 'check.js': 'module.exports = () => true;' }, 'check.js');
    expect(placeAssertionModule(cjs.file, join(cjs.dir, 'out')).path).toBe('promptfoo-assertion-check.cjs');
  });
  it('keeps a module that imports its neighbours where it is, with its absolute path as the fallback', () => {
    const linked = moduleFile(
      { 'asserts/check.mjs': "import { rule } from './rules.mjs';\nexport default rule;" },
      'asserts/check.mjs',
    );
    const placed = placeAssertionModule(linked.file, join(linked.dir, 'out'));
    expect(placed).toMatchObject({ files: {}, path: '../asserts/check.mjs', fallback: linked.file.absolute });
    expect(placed.note).toContain('imports other files by relative path, so it was not copied');
  });
});
