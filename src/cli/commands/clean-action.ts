import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RowRemoval } from '../../core/data-audit.js';
import { FixfirstError, usageError } from '../../core/errors.js';
import { writeWithoutRows } from '../../loaders/training/write-training-set.js';
import type { CliIo } from '../cli-io.js';
import { auditFromFlags } from './audit-inputs.js';
import type { CleanOptions } from './clean.js';

/** True when both paths name the same file (same path, or a link to it). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(b)) return false;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const left = statSync(a);
    const right = statSync(b);
    return left.ino === right.ino && left.dev === right.dev;
  } catch {
    return false;
  }
}

/** Runs `fixfirst clean`. */
export async function runClean(trainFile: string, options: CleanOptions, io: CliIo): Promise<void> {
  const input = resolve(trainFile);
  const output = resolve(options.out);
  const logPath = resolve(options.log ?? `${options.out}.removed.jsonl`);
  if (existsSync(input) && (sameFile(input, output) || sameFile(input, logPath))) {
    throw usageError(
      `--out ${options.out} is the input file; clean never changes its input`,
      'write the cleaned set to a new file, e.g. --out train.clean.jsonl',
    );
  }
  const { result, source, report, inputs } = await auditFromFlags(trainFile, options, io);
  const removeCodes = inputs.settings.clean.remove;
  // One entry per removed row: the first reason in the order of audit.clean.remove, the others listed.
  const byRow = new Map<number, { first: RowRemoval; also: string[] }>();
  const ranked = result.removals
    .filter((removal) => removeCodes.includes(removal.code))
    .sort((a, b) => a.row - b.row || removeCodes.indexOf(a.code) - removeCodes.indexOf(b.code));
  for (const removal of ranked) {
    const entry = byRow.get(removal.row);
    if (entry === undefined) byRow.set(removal.row, { first: removal, also: [] });
    else if (entry.first.code !== removal.code && !entry.also.includes(removal.code))
      entry.also.push(removal.code);
  }
  try {
    mkdirSync(dirname(output), { recursive: true });
  } catch (error) {
    throw new FixfirstError('USAGE', 'cannot create the output folder', {
      location: { file: options.out },
      hint: 'choose a folder you can write to',
      cause: error,
    });
  }
  const temporary = `${output}.${process.pid}.tmp`;
  let written: { kept: number; dropped: number };
  try {
    written = await writeWithoutRows({
      input,
      shownAs: trainFile,
      fileFormat: source.fileFormat,
      output: temporary,
      drop: new Set(byRow.keys()),
      maxRecordBytes: inputs.settings.max_line_bytes,
    });
    renameSync(temporary, output);
  } finally {
    if (existsSync(temporary)) rmSync(temporary);
  }
  const log = [...byRow.values()]
    .map(({ first, also }) =>
      JSON.stringify({
        row: first.row,
        reason: first.code,
        ...(first.twin === undefined ? {} : { twin: first.twin }),
        ...(first.detail === undefined ? {} : { detail: first.detail }),
        ...(also.length === 0 ? {} : { also }),
      }),
    )
    .join('\n');
  writeFileSync(logPath, log === '' ? '' : `${log}\n`);

  const counts = new Map<string, number>();
  for (const { first } of byRow.values()) counts.set(first.code, (counts.get(first.code) ?? 0) + 1);
  const lines = [
    `wrote ${options.out}: kept ${written.kept} of ${written.kept + written.dropped} row(s), removed ${written.dropped}`,
  ];
  for (const [code, count] of [...counts].sort((a, b) => b[1] - a[1]))
    lines.push(`  removed ${count} for ${code}`);
  lines.push(`removal log: ${options.log ?? `${options.out}.removed.jsonl`} (row, reason, twin)`);
  const left = report.readiness.reasons.filter((reason) => !removeCodes.includes(reason.code));
  if (left.length > 0) {
    lines.push('still to review by hand (not removed):');
    for (const reason of left) lines.push(`  ${reason.text}`);
  }
  lines.push(`${trainFile} was not changed.`);
  io.stdout(`${lines.join('\n')}\n`);
}
