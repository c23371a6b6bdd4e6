import type { EvalCase } from '../../core/eval-case.js';
import type { Finding } from '../../core/finding.js';

/**
 * One eval-set hygiene check. One check = one file in src/audits/eval-set/ + a colocated test + one
 * line in index.ts. Checks return findings (data), never throw for problems in the user's data.
 */
export interface EvalSetAudit {
  /** The finding code it emits (stable, snake_case). */
  readonly code: string;
  /** One line: what it looks for. */
  readonly summary: string;
  /** How a finding limits the conclusions drawn from the eval set, said in the report's reason. */
  readonly limits: string;
  run(cases: readonly EvalCase[]): Finding[];
}

/** At most this many rows or examples are listed in a finding (`rowCount` has the total). */
export const shownRows = 20;

/** Builds the finding of a check that flags individual items, or none when nothing was flagged. */
export function itemsFinding(
  code: string,
  flagged: readonly { evalCase: EvalCase; example: string }[],
  describe: (count: number) => string,
  severity: Finding['severity'] = 'warning',
): Finding[] {
  if (flagged.length === 0) return [];
  const examples = flagged.slice(0, 3).map((entry) => `line ${entry.evalCase.line}: ${entry.example}`);
  return [
    {
      code,
      severity,
      message: `${describe(flagged.length)} (${examples.join('; ')}${flagged.length > 3 ? '; …' : ''})`,
      rows: flagged.slice(0, shownRows).map((entry) => entry.evalCase.line),
      rowCount: flagged.length,
      evidence: {
        items: flagged.slice(0, shownRows).map((entry) => entry.evalCase.id),
        examples: flagged.slice(0, shownRows).map((entry) => entry.example),
      },
    },
  ];
}

/** Quotes a piece of text for a message: one line, at most `length` characters. */
export function quote(text: string, length = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`);
}
