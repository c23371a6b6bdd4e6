import type { EvalCase } from '../../core/eval-case.js';
import type { Finding } from '../../core/finding.js';
import type { Run } from '../../core/retrieval.js';

/**
 * Gold ids that match no passage id anywhere — in no item's contexts, nowhere in the run and not in
 * the passage corpus (`retrieval.corpus`). One or
 * two are normal (a gold passage the retriever never found); most or all of them usually means the
 * ids are written differently in the two places ("doc-1" vs "1"), which would make every item look
 * like a retrieval miss.
 */
export function unknownGoldIds(
  cases: readonly EvalCase[],
  run: Run | undefined,
  evalFile: string,
  corpus?: ReadonlyMap<string, unknown>,
): Finding[] {
  const known = new Set<string>();
  for (const evalCase of cases) for (const passage of evalCase.contexts ?? []) known.add(passage.id);
  if (run !== undefined) for (const queryRun of run.values()) for (const id of queryRun.docIds) known.add(id);
  const isKnown = (id: string) => known.has(id) || corpus?.has(id) === true;
  let goldTotal = 0;
  const unknown: { evalCase: EvalCase; id: string }[] = [];
  for (const evalCase of cases) {
    if (evalCase.contexts === undefined) continue;
    for (const id of evalCase.goldIds ?? []) {
      goldTotal++;
      if (!isKnown(id)) unknown.push({ evalCase, id });
    }
  }
  if (unknown.length === 0) return [];
  const share = unknown.length / goldTotal;
  // Each example names its item and where it is, so the id can be found in the eval file (or, for
  // gold ids taken from qrels, under that query id).
  const examples = unknown
    .slice(0, 5)
    .map(
      (entry, index) =>
        `"${entry.id}" (item ${entry.evalCase.id}, ${index === 0 ? `${evalFile} ` : ''}line ${entry.evalCase.line})`,
    );
  const searched = [
    'in any prompt',
    ...(run === undefined ? [] : ['in the run']),
    ...(corpus === undefined ? [] : ['in the corpus']),
  ];
  const places =
    searched.length === 1 ? searched[0] : `${searched.slice(0, -1).join(', ')} or ${searched.at(-1)}`;
  const sampleContextIds = [...known].slice(0, 3).map((id) => `"${id}"`);
  return [
    {
      code: 'gold_id_unknown',
      severity: share >= 0.5 ? 'error' : 'warning',
      message: `${unknown.length} of ${goldTotal} gold id(s) match no passage id ${places}: ${examples.join(', ')}${unknown.length > 5 ? ', …' : ''}${share >= 0.5 ? `; passage ids look like ${sampleContextIds.join(', ')} — check that gold ids are written the same way` : ''}`,
      rows: [...new Set(unknown.map((entry) => entry.evalCase.line))].slice(0, 20),
      rowCount: unknown.length,
      evidence: { goldIds: goldTotal, unknown: unknown.slice(0, 20).map((entry) => entry.id) },
    },
  ];
}
