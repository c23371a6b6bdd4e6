import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { readTextFile } from '../../loaders/read-text.js';
import type { ReferencedFile } from './source-files.js';

/** How the generated adapter reaches the user's javascript assertion module. */
export interface AssertionModule {
  /** Files to write into the project (the copy), by name. */
  files: Record<string, string>;
  /** Where the adapter imports the module from, relative to the project folder. */
  path: string;
  /** Where to look when `path` is gone (the original module, absolute), if any. */
  fallback: string | undefined;
  /** What the import log says about it. */
  note: string;
}

/** An import or require of a relative path: a copy of the module alone would not find that file. */
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]\.\.?\//;

/** Whether a `.js` file is an ES module: the nearest package.json says `"type": "module"`. */
function isEsModuleJs(file: string): boolean {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type === 'module';
      } catch {
        return false;
      }
    }
    if (dirname(folder) === folder) return false;
  }
}

/**
 * Puts the user's javascript assertion module where the project can always reach it. A module
 * that stands alone is copied into the project (`.js` renamed `.mjs` or `.cjs` after the
 * package.json that governed it, so it loads the same way anywhere), so the project can be moved
 * or shared. One that imports other files by relative path cannot be copied alone: it is imported
 * from where it is, by a path relative to the project, with its absolute path as the fallback.
 */
export function placeAssertionModule(file: ReferencedFile, outDir: string): AssertionModule {
  const source = readTextFile(file.absolute, file.shown);
  const original = relative(outDir, file.absolute).split('\\').join('/');
  if (relativeImport.test(source)) {
    return {
      files: {},
      path: original,
      fallback: file.absolute,
      note: `${file.shown} imports other files by relative path, so it was not copied: the project imports it from where it is (${original}, else ${file.absolute}); keep it there, or copy its folder along when you move the project`,
    };
  }
  const extension =
    file.extension === '.js' ? (isEsModuleJs(file.absolute) ? '.mjs' : '.cjs') : extname(file.absolute);
  const name = `promptfoo-assertion-${basename(file.absolute, extname(file.absolute))}${extension}`;
  return {
    files: { [name]: source },
    path: name,
    fallback: undefined,
    note: `copied ${file.shown} into the project as ${name}, so the project can be moved; import again after changing the original`,
  };
}
