import type { EvalCase } from '../../core/eval-case.js';
import type { Finding } from '../../core/finding.js';
import type { Qrels, Run } from '../../core/retrieval.js';
import { rankByScore } from './judged-ranking.js';

/** Retrieval files named in fixfirst.yaml, loaded; query ids are eval item ids. */
export interface RetrievalFiles {
  qrels?: Qrels;
  run?: Run;
  /** Passages that reach the prompt (`retrieval.k`). */
  k: number;
  /** Minimum grade counted as relevant (`retrieval.level`). */
  level: number;
}

/** What attaching the files did. */
export interface AttachedRetrieval {
  cases: EvalCase[];
  /** Items whose prompt contexts were taken as the run's top k (they logged none inline). */
  contextsFromRun: number;
  /** Items whose gold ids were taken from the qrels (they logged none inline). */
  goldFromQrels: number;
  findings: Finding[];
}

const shown = 20;

function listed(ids: readonly string[]): string {
  return ids.length > shown
    ? `${ids.slice(0, shown).join(', ')}, … (${ids.length - shown} more)`
    : ids.join(', ');
}

/**
 * Joins qrels and a run to the eval items by id (query id = item id), normalising at the boundary:
 * an item that logs no contexts gets the run's top k documents (ranked as trec_eval ranks them) as
 * its prompt contexts — the assumption being that the prompt received exactly those — and an item
 * that logs no gold ids gets the documents the qrels grade at or above the relevance level. Inline
 * data always wins. Ids found in only one place are reported, never silently dropped.
 */
export function attachRetrieval(cases: readonly EvalCase[], files: RetrievalFiles): AttachedRetrieval {
  const { qrels, run, k, level } = files;
  let contextsFromRun = 0;
  let goldFromQrels = 0;
  const withoutRun: EvalCase[] = [];
  const withoutQrels: EvalCase[] = [];
  const attached = cases.map((evalCase) => {
    let { contexts, goldIds } = evalCase;
    if (run !== undefined) {
      const queryRun = run.get(evalCase.id);
      if (queryRun === undefined) withoutRun.push(evalCase);
      else if (contexts === undefined) {
        const order = rankByScore(queryRun);
        contexts = Array.from(order.subarray(0, k), (index) => ({ id: queryRun.docIds[index]!, text: '' }));
        contextsFromRun++;
      }
    }
    if (qrels !== undefined) {
      const judged = qrels.get(evalCase.id);
      if (judged === undefined) withoutQrels.push(evalCase);
      else if (goldIds === undefined || goldIds.length === 0) {
        goldIds = [...judged].filter(([, grade]) => grade >= level).map(([docId]) => docId);
        goldFromQrels++;
      }
    }
    return contexts === evalCase.contexts && goldIds === evalCase.goldIds
      ? evalCase
      : { ...evalCase, contexts, goldIds };
  });
  const itemIds = new Set(cases.map((evalCase) => evalCase.id));
  const findings: Finding[] = [];
  const missing = (code: string, items: EvalCase[], what: string) => {
    if (items.length === 0) return;
    findings.push({
      code,
      severity: 'warning',
      message: `${items.length} eval item(s) have no ${what}: ${listed(items.map((item) => item.id))}`,
      rows: items.slice(0, shown).map((item) => item.line),
      rowCount: items.length,
      evidence: { items: items.slice(0, shown).map((item) => item.id) },
    });
  };
  missing('item_not_in_run', withoutRun, 'ranking in the run file (query id = item id)');
  missing('item_not_in_qrels', withoutQrels, 'judgments in the qrels file (query id = item id)');
  const orphans = (code: string, ids: string[], what: string) => {
    if (ids.length === 0) return;
    findings.push({
      code,
      severity: 'warning',
      message: `${ids.length} ${what} match no eval item id; they count in the retrieval metrics but not in the accuracy analysis: ${listed(ids)}`,
      rows: [],
      rowCount: ids.length,
      evidence: { queries: ids.slice(0, shown) },
    });
  };
  if (run !== undefined)
    orphans(
      'run_query_not_in_eval',
      [...run.keys()].filter((id) => !itemIds.has(id)),
      'run queries',
    );
  if (qrels !== undefined)
    orphans(
      'qrels_query_not_in_eval',
      [...qrels.keys()].filter((id) => !itemIds.has(id)),
      'qrels queries',
    );
  return { cases: attached, contextsFromRun, goldFromQrels, findings };
}
