import { extname } from 'node:path';

/** The flags an audit ran with, as the user wrote them, so `fixfirst clean` can repeat them. */
export interface AuditFlags {
  eval?: string | undefined;
  config?: string | undefined;
  format?: string | undefined;
  model?: string | undefined;
}

/** A path or word as one shell word: single-quoted when it holds anything but safe characters. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Where the cleaned copy of a training set goes by default: `data/train.jsonl` → `data/train.clean.jsonl`. */
export function cleanedPathFor(trainPath: string): string {
  const extension = extname(trainPath);
  return `${trainPath.slice(0, trainPath.length - extension.length)}.clean${extension}`;
}

/** The flags, as words. */
function flagWords(flags: AuditFlags): string[] {
  const words: string[] = [];
  if (flags.eval !== undefined) words.push('--eval', flags.eval);
  if (flags.config !== undefined) words.push('--config', flags.config);
  if (flags.format !== undefined) words.push('--format', flags.format);
  if (flags.model !== undefined) words.push('--model', flags.model);
  return words;
}

/**
 * The `fixfirst clean` command that drops what an audit found, with the same eval set, config,
 * format and model the audit read — without `--eval`/`--config` it could not see leaked or
 * contract-breaking rows, so it would leave them in.
 */
export function cleanCommandFor(trainPath: string, flags: AuditFlags): string {
  const words = ['fixfirst', 'clean', trainPath, '--out', cleanedPathFor(trainPath), ...flagWords(flags)];
  return words.map(shellWord).join(' ');
}

/** The `fixfirst audit` command that checks the cleaned copy with the same flags. */
export function reauditCommandFor(trainPath: string, flags: AuditFlags): string {
  return ['fixfirst', 'audit', cleanedPathFor(trainPath), ...flagWords(flags)].map(shellWord).join(' ');
}
