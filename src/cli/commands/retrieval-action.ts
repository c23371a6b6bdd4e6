import { createRunEvaluator } from '../../audits/retrieval/evaluate-run.js';
import { usageError } from '../../core/errors.js';
import { loadQrels } from '../../loaders/qrels.js';
import { scanTrecRunFile } from '../../loaders/trec-run.js';
import { renderRetrievalJson, renderRetrievalTable } from '../../reporters/retrieval-table.js';
import type { CliIo } from '../cli-io.js';
import type { RetrievalOptions } from './retrieval.js';

/** `-k 5,10,100` → [5, 10, 100]: positive integers, no duplicates, kept in the order given, sorted. */
export function parseCutoffs(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const values = parts.map(Number);
  if (parts.some((part) => !/^\d+$/.test(part)) || values.some((value) => value < 1)) {
    throw usageError(
      `-k expects positive whole numbers separated by commas, got "${text}"`,
      'write e.g. -k 5,10,100',
    );
  }
  return [...new Set(values)].sort((left, right) => left - right);
}

function parseLevel(text: string): number {
  if (!/^-?\d+$/.test(text.trim())) {
    throw usageError(`-l expects a whole number (a relevance grade), got "${text}"`, 'write e.g. -l 2');
  }
  return Number(text);
}

/** Runs `fixfirst retrieval`: loads, evaluates, prints; findings go to stderr as warnings. */
export function runRetrieval(options: RetrievalOptions, io: CliIo): void {
  const level = parseLevel(options.level);
  const documentCutoffs = options.cutoffs === undefined ? undefined : parseCutoffs(options.cutoffs);
  const qrels = loadQrels(options.qrels);
  const evaluator = createRunEvaluator(qrels.qrels, {
    level,
    documentCutoffs,
    complete: options.complete === true,
  });
  // Queries are scored as the run is read, so a run of millions of lines never sits in memory whole.
  const run = scanTrecRunFile(options.run, {
    visit: (qid, queryRun) => evaluator.add(qid, queryRun),
    restart: () => evaluator.reset(),
  });
  const evaluation = evaluator.finish();
  for (const finding of [...qrels.findings, ...run.findings, ...evaluation.findings]) {
    io.stderr(`${finding.severity === 'info' ? 'note' : 'warning'}: ${finding.message}\n`);
  }
  if (evaluation.queries.length === 0) {
    io.stderr(
      'warning: no query is both judged and ranked, so nothing was evaluated; check that the query ids in the two files match\n',
    );
  }
  io.stdout(
    options.json
      ? renderRetrievalJson(evaluation)
      : renderRetrievalTable(evaluation, { perQuery: options.perQuery === true, runIds: run.runIds }),
  );
}
