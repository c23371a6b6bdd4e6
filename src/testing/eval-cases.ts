import type { EvalCase } from '../core/eval-case.js';

/** A minimal eval case for tests: line numbers follow the order of creation unless given. */
export function evalCase(fields: Partial<EvalCase> & { line?: number }): EvalCase {
  const line = fields.line ?? 1;
  return {
    id: fields.id ?? `row-${line}`,
    input: fields.input ?? 'question',
    reference: 'reference' in fields ? fields.reference : 'answer',
    output: fields.output ?? 'answer',
    contexts: fields.contexts,
    goldIds: fields.goldIds,
    contract: fields.contract ?? [],
    tags: fields.tags ?? {},
    line,
  };
}

/** Eval cases numbered 1..n from partial fields. */
export function evalCases(rows: Partial<EvalCase>[]): EvalCase[] {
  return rows.map((row, index) => evalCase({ ...row, line: index + 1, id: row.id ?? `item-${index + 1}` }));
}
