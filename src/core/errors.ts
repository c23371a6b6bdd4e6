/**
 * Typed errors. Every error a user can cause carries a stable `code`, the place it happened
 * (file, line, field) and a hint that says how to fix it. The CLI maps codes to exit codes in one
 * file (src/cli/exit-codes.ts) and never prints a stack trace for these.
 */

/** Stable error codes. Renaming one is a breaking change. */
export type ErrorCode =
  /** A data file (eval set, training set, qrels, run) is unreadable or malformed. */
  | 'INPUT_INVALID'
  /** fixfirst.yaml (or a file it names, such as a JSON schema) is invalid. */
  | 'CONFIG_INVALID'
  /** A file or folder the user named does not exist. */
  | 'FILE_NOT_FOUND'
  /** A command-line flag or argument is wrong. */
  | 'USAGE'
  /** A model provider call failed for good (after retries). */
  | 'PROVIDER_CALL_FAILED'
  /** Live mode needs an API key that is not in the environment. */
  | 'MISSING_API_KEY'
  /** The spending cap (--max-cost) would be crossed. */
  | 'BUDGET_EXCEEDED'
  /** The user interrupted the run (Ctrl-C); partial work was saved. */
  | 'INTERRUPTED'
  /** A bug in fixfirst itself. */
  | 'INTERNAL';

/** Where in the user's input a problem is. Every field is optional; fill in what is known. */
export interface SourceLocation {
  /** Path as the user gave it (relative paths stay relative). */
  file?: string;
  /** 1-based line number (JSONL, CSV, YAML) or record number (JSON array, Parquet). */
  line?: number;
  /** Dotted field path inside the row or config, e.g. `contract[1].n`. */
  field?: string;
}

const marker = Symbol.for('fixfirst.error');

/** The one error class fixfirst throws for anything a user can cause. */
export class FixfirstError extends Error {
  readonly [marker] = true;
  readonly code: ErrorCode;
  readonly location: SourceLocation;
  /** How to fix it, in one sentence. */
  readonly hint: string | undefined;
  /** Further problems of the same run (a file with several bad rows), rendered after the first. */
  readonly others: readonly LocatedProblem[];
  /** How many problems there were in all (`others` may be capped). */
  readonly total: number;

  constructor(
    code: ErrorCode,
    problem: string,
    details: {
      location?: SourceLocation;
      hint?: string;
      cause?: unknown;
      others?: readonly LocatedProblem[];
      total?: number;
    } = {},
  ) {
    super(problem, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FixfirstError';
    this.code = code;
    this.location = details.location ?? {};
    this.hint = details.hint;
    this.others = details.others ?? [];
    this.total = details.total ?? 1 + this.others.length;
  }

  /** Works across module copies (marker symbol), unlike `instanceof`. */
  static isInstance(error: unknown): error is FixfirstError {
    return typeof error === 'object' && error !== null && marker in error;
  }

  /** `file:line: field "x": problem; hint` — the one-line form printed by the CLI. */
  render(): string {
    const lines = [renderProblem(this.location, this.message, this.hint)];
    for (const other of this.others) lines.push(renderProblem(other.location, other.problem, other.hint));
    const shown = 1 + this.others.length;
    if (this.total > shown) lines.push(`… and ${this.total - shown} more problem(s) of the same kind`);
    return lines.join('\n');
  }
}

/** A problem with its place and fix, as collected before throwing. */
export interface LocatedProblem {
  location: SourceLocation;
  problem: string;
  hint?: string;
}

/**
 * Collects the problems of one file so the user sees them all at once (up to `limit`), then
 * throws them as one FixfirstError.
 */
export class ProblemCollector {
  private readonly problems: LocatedProblem[] = [];
  private count = 0;
  constructor(
    private readonly code: ErrorCode,
    private readonly limit = 10,
  ) {}

  add(problem: LocatedProblem): void {
    this.count++;
    if (this.problems.length < this.limit) this.problems.push(problem);
  }

  get size(): number {
    return this.count;
  }

  /** Throws when anything was collected, problems in file and line order. */
  throwIfAny(): void {
    const sorted = [...this.problems].sort(
      (left, right) =>
        (left.location.file ?? '').localeCompare(right.location.file ?? '') ||
        (left.location.line ?? 0) - (right.location.line ?? 0),
    );
    const [first, ...others] = sorted;
    if (first === undefined) return;
    throw new FixfirstError(this.code, first.problem, {
      location: first.location,
      hint: first.hint,
      others,
      total: this.count,
    });
  }
}

/** Renders a located problem the way every fixfirst message looks. */
export function renderProblem(location: SourceLocation, problem: string, hint?: string): string {
  let where = '';
  if (location.file !== undefined) where += location.file;
  if (location.line !== undefined) where += `${where ? ':' : 'line '}${location.line}`;
  const field = location.field !== undefined ? `field "${location.field}": ` : '';
  const head = where ? `${where}: ${field}${problem}` : `${field}${problem}`;
  return hint ? `${head}\n  fix: ${hint}` : head;
}

/** Convenience constructors so call sites stay one line. */
export const inputError = (problem: string, location: SourceLocation, hint?: string, cause?: unknown) =>
  new FixfirstError('INPUT_INVALID', problem, { location, hint, cause });
export const configError = (problem: string, location: SourceLocation, hint?: string, cause?: unknown) =>
  new FixfirstError('CONFIG_INVALID', problem, { location, hint, cause });
export const usageError = (problem: string, hint?: string) => new FixfirstError('USAGE', problem, { hint });
