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
    if (this.total > shown) lines.push(`… and ${this.total - shown} more problem(s)`);
    return lines.join('\n');
  }
}

/** A problem with its place and fix, as collected before throwing. */
export interface LocatedProblem {
  location: SourceLocation;
  problem: string;
  hint?: string;
  /** Its own error code, when one collector gathers several kinds (a bad config and a bad eval row). */
  code?: ErrorCode;
}

/**
 * Collects problems — of one file, or of every stage of loading a project — so the user sees
 * them all at once (up to `limit`, then "… and N more"), then throws them as one FixfirstError.
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

  /**
   * Adds every problem a FixfirstError carries (its own code kept, its uncounted remainder
   * counted) and returns true; returns false for anything else, which the caller rethrows.
   */
  absorb(error: unknown): boolean {
    if (!FixfirstError.isInstance(error)) return false;
    const code = error.code;
    this.add({ location: error.location, problem: error.message, hint: error.hint, code });
    for (const other of error.others) this.add({ ...other, code: other.code ?? code });
    this.count += Math.max(0, error.total - 1 - error.others.length);
    return true;
  }

  /** Runs `step`, collecting a FixfirstError it throws; returns its result, or undefined when it failed. */
  attempt<Result>(step: () => Result): Result | undefined {
    try {
      return step();
    } catch (error) {
      if (this.absorb(error)) return undefined;
      throw error;
    }
  }

  /** As `attempt`, for an async step. */
  async attemptAsync<Result>(step: () => Promise<Result>): Promise<Result | undefined> {
    try {
      return await step();
    } catch (error) {
      if (this.absorb(error)) return undefined;
      throw error;
    }
  }

  get size(): number {
    return this.count;
  }

  /**
   * Throws when anything was collected: files in the order they were first reported (the config
   * before the eval set it names), lines in order within a file. The error's code is the first
   * problem's own code, else the collector's.
   */
  throwIfAny(): void {
    const fileOrder = new Map<string, number>();
    for (const problem of this.problems) {
      const file = problem.location.file ?? '';
      if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
    }
    const sorted = [...this.problems].sort(
      (left, right) =>
        fileOrder.get(left.location.file ?? '')! - fileOrder.get(right.location.file ?? '')! ||
        (left.location.line ?? 0) - (right.location.line ?? 0),
    );
    const [first, ...others] = sorted;
    if (first === undefined) return;
    throw new FixfirstError(first.code ?? this.code, first.problem, {
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

/**
 * Places an error about a parameter's value at that parameter: a FixfirstError that names no
 * file (say, "no such file nope.json" from a compile helper) gets `field`; anything else is
 * returned unchanged. For `catch (error) { throw atField(error, 'schema') }`.
 */
export function atField(error: unknown, field: string): unknown {
  if (
    !FixfirstError.isInstance(error) ||
    error.location.file !== undefined ||
    error.location.field !== undefined
  )
    return error;
  return new FixfirstError(error.code, error.message, {
    location: { ...error.location, field },
    hint: error.hint,
    cause: error.cause,
    others: error.others,
    total: error.total,
  });
}

/** Convenience constructors so call sites stay one line. */
export const inputError = (problem: string, location: SourceLocation, hint?: string, cause?: unknown) =>
  new FixfirstError('INPUT_INVALID', problem, { location, hint, cause });
export const configError = (problem: string, location: SourceLocation, hint?: string, cause?: unknown) =>
  new FixfirstError('CONFIG_INVALID', problem, { location, hint, cause });
export const usageError = (problem: string, hint?: string) => new FixfirstError('USAGE', problem, { hint });
