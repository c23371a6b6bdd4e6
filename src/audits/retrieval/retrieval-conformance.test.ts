import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceDir } from '../../../test/helpers/conformance-data.js';
import { parseQrels } from '../../loaders/qrels.js';
import { parseTrecRun } from '../../loaders/trec-run.js';
import { evaluateRun } from './evaluate-run.js';
import { retrievalMeasures } from './measures/index.js';

/**
 * The shared conformance suite for every measure in the registry: trec_eval's own output on its own
 * test files (usnistgov/trec_eval test/, copied to ../shared/conformance/trec_eval). Every value we
 * print must equal trec_eval's to the 4 decimals it prints, per query and in `all`.
 */

/** trec_eval measures we do not implement, each with the reason. */
const skipped: Record<string, string> = {
  runid: 'a string, not a measure; `fixfirst retrieval` prints the run ids in its header instead',
  relstring: 'a debugging string of the first ranks, not a measure',
  infAP:
    'inferred AP for sampled judgments; identical to map when the pool is fully judged, and fixfirst never samples',
  gm_bpref: 'geometric-mean variant of bpref; rarely reported, not used by the foundation analysis',
  utility: 'set-based utility with user-chosen coefficients (-u flags); no default meaning for RAG',
  G: 'gain measure with user-set gains; not used by the foundation analysis',
  binG: 'binary variant of G; not used by the foundation analysis',
  ndcg_rel: 'nDCG variant normalised over relevant documents only; ndcg and ndcg_cut are the standard forms',
  Rndcg: 'nDCG at R; ndcg_cut covers rank-cut nDCG',
  rbp: 'rank-biased precision needs a persistence parameter with no RAG default; not used by the foundation analysis',
  rbp_resid: 'residual of rbp (see rbp)',
};

interface ExpectedRow {
  measure: string;
  qid: string;
  value: string;
}

function parseExpected(path: string): ExpectedRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [measure, qid, value] = line.split('\t').map((field) => field.trim());
      return { measure: measure!, qid: qid!, value: value! };
    });
}

function baseName(row: string): string {
  const match = /^(.*?)_(\d+(?:\.\d+)?)$/.exec(row);
  return match && !['num_q', 'num_ret', 'num_rel', 'num_rel_ret', 'gm_map'].includes(row) ? match[1]! : row;
}

const suite = conformanceDir('trec_eval');
const fixtures = [
  {
    name: 'binary judgments (te_out.test.aq: trec_eval -a -q)',
    qrels: 'te_qrels.test',
    level: 1,
    expected: 'te_out.test.aq',
  },
  {
    name: 'graded judgments at -l2 (te_out.test.aql: trec_eval -a -q -l2)',
    qrels: 'te_qrels.rel_level',
    level: 2,
    expected: 'te_out.test.aql',
  },
];

describe.each(fixtures)('trec_eval conformance: $name', ({ qrels, level, expected }) => {
  const judgments = parseQrels(readFileSync(join(suite, qrels), 'utf8'), qrels);
  const run = parseTrecRun(readFileSync(join(suite, 'te_results.test')), 'te_results.test');
  const evaluation = evaluateRun(judgments.qrels, run.run, { level });
  const expectedRows = parseExpected(join(suite, expected));
  const ours = new Map<string, number>();
  evaluation.rows.forEach((row, index) => {
    ours.set(`${row.name}\tall`, evaluation.all[index]!);
    if (!row.perQuery) return;
    evaluation.queries.forEach((qid, queryIndex) => {
      ours.set(`${row.name}\t${qid}`, evaluation.perQuery[queryIndex]![index]!);
    });
  });

  it('loads the fixture without findings', () => {
    expect(
      [...judgments.findings, ...run.findings, ...evaluation.findings].filter((f) => f.severity !== 'info'),
    ).toEqual([]);
  });

  it('matches every per-query and `all` value trec_eval printed, to 4 decimals', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const row of expectedRows) {
      if (skipped[baseName(row.measure)] !== undefined) continue;
      const value = ours.get(`${row.measure}\t${row.qid}`);
      if (value === undefined) {
        mismatches.push(`${row.measure} ${row.qid}: trec_eval printed ${row.value}, we have no value`);
        continue;
      }
      compared++;
      if (Math.abs(value - Number(row.value)) > 0.00005 + 1e-12)
        mismatches.push(`${row.measure} ${row.qid}: trec_eval ${row.value}, ours ${value.toFixed(6)}`);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });

  it('prints no row trec_eval does not print', () => {
    const theirs = new Set(expectedRows.map((row) => `${row.measure}\t${row.qid}`));
    expect([...ours.keys()].filter((key) => !theirs.has(key))).toEqual([]);
  });

  it('leaves out only the measures listed as skipped, each with a reason', () => {
    const implemented = new Set(retrievalMeasures.map((measure) => measure.name));
    const missing = [...new Set(expectedRows.map((row) => baseName(row.measure)))].filter(
      (name) => !implemented.has(name) && skipped[name] === undefined,
    );
    expect(missing).toEqual([]);
    for (const name of Object.keys(skipped)) expect(implemented.has(name)).toBe(false);
  });
});
