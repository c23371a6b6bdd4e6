import type { RunEvaluation } from '../audits/retrieval/evaluate-run.js';

/** Options for the trec_eval-style table. */
export interface RetrievalTableOptions {
  /** Print each query's rows before `all` (trec_eval -q). */
  perQuery: boolean;
  /** Run ids read from the run file, printed in the `runid` row as trec_eval does. */
  runIds: readonly string[];
}

function formatValue(value: number, integer: boolean): string {
  return integer ? String(Math.round(value)) : value.toFixed(4);
}

/**
 * The table trec_eval prints: `measure<TAB>qid<TAB>value`, the measure padded to 22 characters, rates
 * to 4 decimals, counts as integers; per-query rows (with `perQuery`) come first, then `all`.
 */
export function renderRetrievalTable(evaluation: RunEvaluation, options: RetrievalTableOptions): string {
  const lines: string[] = [];
  const row = (name: string, qid: string, value: string) => `${name.padEnd(22)}\t${qid}\t${value}`;
  if (options.perQuery) {
    evaluation.queries.forEach((qid, queryIndex) => {
      const values = evaluation.perQuery[queryIndex]!;
      if (options.runIds.length > 0) lines.push(row('runid', qid, options.runIds.join(',')));
      evaluation.rows.forEach((measure, index) => {
        if (measure.perQuery)
          lines.push(row(measure.name, qid, formatValue(values[index]!, measure.integer)));
      });
    });
  }
  if (options.runIds.length > 0) lines.push(row('runid', 'all', options.runIds.join(',')));
  evaluation.rows.forEach((measure, index) => {
    lines.push(row(measure.name, 'all', formatValue(evaluation.all[index]!, measure.integer)));
  });
  return `${lines.join('\n')}\n`;
}

/** `{all: {P_10: …}, perQuery: {<qid>: {P_10: …}}}` with trec_eval's measure names. */
export function renderRetrievalJson(evaluation: RunEvaluation): string {
  const all: Record<string, number> = {};
  evaluation.rows.forEach((measure, index) => {
    all[measure.name] = evaluation.all[index]!;
  });
  const perQuery: Record<string, Record<string, number>> = {};
  evaluation.queries.forEach((qid, queryIndex) => {
    const values = evaluation.perQuery[queryIndex]!;
    const entry: Record<string, number> = {};
    evaluation.rows.forEach((measure, index) => {
      if (measure.perQuery) entry[measure.name] = values[index]!;
    });
    perQuery[qid] = entry;
  });
  return `${JSON.stringify({ all, perQuery }, null, 2)}\n`;
}
