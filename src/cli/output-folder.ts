import { existsSync, readdirSync, statSync } from 'node:fs';
import { FixfirstError } from '../core/errors.js';

/**
 * Refuses to write a project into a file or a non-empty folder unless `force` (importers call this
 * before reading anything, so a refused import writes nothing).
 */
export function refuseNonEmptyFolder(out: string, force: boolean): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) {
    throw new FixfirstError('USAGE', '--out names a file, not a folder', {
      location: { file: out },
      hint: 'name a new or empty folder',
    });
  }
  if (!force && readdirSync(out).length > 0) {
    throw new FixfirstError('USAGE', 'the output folder is not empty', {
      location: { file: out },
      hint: 'choose a new folder, or add --force to replace the files of an earlier import',
    });
  }
}
