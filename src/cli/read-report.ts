import { existsSync } from 'node:fs';
import type { z } from 'zod';
import { renderPath } from '../checks/zod-problems.js';
import { FixfirstError, inputError } from '../core/errors.js';
import { type Report, reportSchema, reportSchemaVersion } from '../core/report/report.js';
import { readTextFile } from '../loaders/read-text.js';

type Issue = z.core.$ZodIssue;

/** `questions.data.findings[2].severity` */
const fieldPath = (path: readonly PropertyKey[]) => renderPath('', path);

/**
 * The issue to show first. A union (e.g. a question that is either `not_assessed` or answered)
 * fails with one issue list per branch. A branch whose literal (such as `status`) did not match is
 * not the one the file meant, so the branch that matched its literals and got furthest into the
 * value says what is really wrong; when every branch fails on the same literal, all the allowed
 * values are listed.
 */
export function firstIssue(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[] = [],
): { path: PropertyKey[]; message: string } | undefined {
  const issue = issues[0];
  if (issue === undefined) return undefined;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const literalMiss = (branch: readonly Issue[]) => branch.find((entry) => entry.code === 'invalid_value');
    const misses = issue.errors.map(literalMiss);
    const samePath = (entry: Issue | undefined) =>
      entry !== undefined && fieldPath(entry.path) === fieldPath(misses[0]?.path ?? []);
    if (misses.every(samePath)) {
      const values = misses.flatMap((entry) => (entry?.code === 'invalid_value' ? entry.values : []));
      return {
        path: [...path, ...misses[0]!.path],
        message: `Invalid option: expected one of ${values.map((value) => JSON.stringify(value)).join('|')}`,
      };
    }
    const depth = (branch: readonly Issue[]) => Math.max(0, ...branch.map((entry) => entry.path.length));
    const rank = (branch: readonly Issue[]) => (literalMiss(branch) ? 1000 : 0) - depth(branch);
    const best = [...issue.errors].sort((a, b) => rank(a) - rank(b))[0]!;
    const inner = firstIssue(best, path);
    if (inner !== undefined) return inner;
  }
  return { path, message: issue.message };
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++)
    if (text.charCodeAt(index) === 10) line++;
  return line;
}

/**
 * Reads a report.json and checks it against the report schema before anything renders it, so a
 * hand-edited or foreign file fails with the first bad field named, not with a crash mid-render.
 */
export function readReport(path: string): Report {
  if (!existsSync(path)) {
    throw new FixfirstError('FILE_NOT_FOUND', 'no such file', {
      location: { file: path },
      hint: 'name a report.json written by `fixfirst diagnose --out DIR` (or --json)',
    });
  }
  const text = readTextFile(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw inputError(
      `not valid JSON (${(error as Error).message})`,
      position === undefined ? { file: path } : { file: path, line: lineAt(text, Number(position)) },
      'name the report.json that fixfirst wrote, unedited',
      error,
    );
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || version === undefined) {
    throw inputError(
      'not a fixfirst report (no "schemaVersion")',
      { file: path, field: 'schemaVersion' },
      'name a report.json written by `fixfirst diagnose --out DIR` (or --json)',
    );
  }
  if (version !== reportSchemaVersion) {
    throw inputError(
      `report schema version ${JSON.stringify(version)} is not the one this fixfirst reads (${reportSchemaVersion})`,
      { file: path, field: 'schemaVersion' },
      'render it with the fixfirst version that wrote it, or rerun `fixfirst diagnose` to make a new report',
    );
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error.issues)!;
    const more = parsed.error.issues.length - 1;
    throw inputError(
      `${issue.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
      { file: path, field: fieldPath(issue.path) || '(root)' },
      'the file does not match schemas/report.schema.json; rerun `fixfirst diagnose` to make a fresh report',
    );
  }
  return parsed.data;
}
