import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixfirstError } from '../core/errors.js';

/**
 * Writes each file atomically (temp file + rename) into `dir`, creating it if needed, so an
 * interrupted write never leaves a half-written report.
 */
export function writeFilesAtomically(dir: string, files: Record<string, string>): string[] {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new FixfirstError(
      'USAGE',
      `cannot create the output folder (${(error as NodeJS.ErrnoException).code})`,
      {
        location: { file: dir },
        hint: 'choose a folder you can write to',
        cause: error,
      },
    );
  }
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const target = join(dir, name);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
    written.push(target);
  }
  return written;
}
