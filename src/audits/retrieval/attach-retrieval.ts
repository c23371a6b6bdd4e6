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
      message: `${items.length} eval item${items.length === 1 ? ' has' : 's have'} no ${what}: ${listed(items.map((item) => item.id))}`,
      rows: items.slice(0, shown).map((item) => item.line),
      rowCount: items.length,
      evidence: { items: items.slice(0, shown).map((item) => item.id) },
    });
  };
  missing('item_not_in_run', withoutRun, 'ranking in the run file (query id = item id)');
  missing('item_not_in_qrels', withoutQrels, 'judgments in the qrels file (query id = item id)');
  // Ids in one file but no eval item: the retrieval metrics score a query only when it has both a
  // ranking and judgments (as trec_eval does), so say which of them count there and which nowhere.
  const orphans = (
    code: string,
    ids: string[],
    noun: [string, string],
    other: Map<string, unknown> | undefined,
    lacking: string,
  ) => {
    if (ids.length === 0) return;
    const scored = other === undefined ? [] : ids.filter((id) => other.has(id));
    const one = ids.length === 1;
    const counted =
      scored.length === ids.length
        ? `${one ? 'it counts' : 'they count'} in the retrieval metrics but not in the accuracy analysis`
        : scored.length === 0
          ? `with no ${lacking} either, ${one ? 'it counts' : 'they count'} nowhere`
          : `${scored.length} of them ${scored.length === 1 ? 'counts' : 'count'} in the retrieval metrics (not in the accuracy analysis); the other ${ids.length - scored.length}, with no ${lacking}, ${ids.length - scored.length === 1 ? 'counts' : 'count'} nowhere`;
    findings.push({
      code,
      severity: 'warning',
      message: `${ids.length} ${one ? noun[0] : noun[1]} ${one ? 'matches' : 'match'} no eval item id; ${counted}: ${listed(ids)}`,
      rows: [],
      rowCount: ids.length,
      evidence: { queries: ids.slice(0, shown), scoredInRetrievalMetrics: scored.length },
    });
  };
  if (run !== undefined)
    orphans(
      'run_query_not_in_eval',
      [...run.keys()].filter((id) => !itemIds.has(id)),
      ['run query', 'run queries'],
      qrels,
      'judgments in the qrels',
    );
  if (qrels !== undefined)
    orphans(
      'qrels_query_not_in_eval',
      [...qrels.keys()].filter((id) => !itemIds.has(id)),
      ['qrels query', 'qrels queries'],
      run,
      'ranking in the run',
    );
  return { cases: attached, contextsFromRun, goldFromQrels, findings };
}
