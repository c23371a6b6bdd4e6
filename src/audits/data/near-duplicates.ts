import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { configuredTargetComparison } from './shared/compare-targets.js';
import { exampleText, targetText } from './shared/example-text.js';
import { makeFinding, snippet } from './shared/findings.js';
import { rowFeatures, sequenceKey, wordsOf } from './shared/row-features.js';
import { SimilarRows } from './shared/similar-rows.js';

/** Pairs listed as findings (all are counted and removed). */
const maxListed = 2000;

/**
 * Near duplicates: whole examples whose word 5-gram Jaccard similarity is at least 0.8, after lines
 * shared by at least 5% of rows (templates, tool documentation) are removed: without that step a
 * shared preamble makes nearly every pair "similar" (data.md §3.2, measured on Toolformer: 6,541 of
 * 7,673 rows before, 628 after). Candidates come from seeded MinHash LSH, 16 bands x 8 hashes (a pair
 * at Jaccard 0.8 becomes a candidate 95% of the time; datasketch's 9 x 13 optimum for 0.8 only 40%,
 * data.md §3.2), then each is verified by exact Jaccard. Exact copies are left to `exact_duplicate`,
 * and near-same rows whose targets contradict to `conflicting_targets`.
 */
export const nearDuplicatesAudit: DataAudit = {
  id: 'near_duplicates',
  codes: ['near_duplicate'],
  summary: 'Examples whose word 5-gram Jaccard with an earlier row is at least 0.8 (templates ignored).',
  source: 'data.md §3.2 (datasketch, text-dedup, datatrove), §11 item 10, measured on Toolformer',
  needs: ['boilerplate'],
  start(context) {
    const settings = context.settings.near_duplicates;
    const compare = configuredTargetComparison(context.settings);
    const similar = new SimilarRows(
      {
        bands: settings.bands,
        rowsPerBand: settings.rows_per_band,
        shingleWords: settings.shingle_words,
        seed: settings.seed,
      },
      (example, boilerplate) => wordsOf(rowFeatures(example), 0, example.messages.length, boilerplate.hashes),
    );
    return {
      observe(row) {
        if (row.example !== undefined) similar.add(row.example, context.boilerplate());
      },
      async finish(tools) {
        const exactKeys = new Map<number, number>();
        const snippets = new Map<number, string>();
        const targets = new Map<number, string>();
        const { pairs, candidates } = await similar.pairs(tools, settings.threshold, (example) => {
          const text = exampleText(example);
          exactKeys.set(example.row, sequenceKey(rowFeatures(example).words)[0]);
          snippets.set(example.row, snippet(tools.boilerplate.strip(text), 80));
          targets.set(example.row, targetText(example));
        });
        // The best earlier twin of each later row. Exact copies belong to exact_duplicate, and rows whose
        // targets contradict to conflicting_targets: dropping one would silently pick the winner.
        const best = new Map<number, { earlier: number; similarity: number }>();
        for (const pair of pairs) {
          if (exactKeys.get(pair.later) === exactKeys.get(pair.earlier)) continue;
          const laterTarget = targets.get(pair.later) ?? '';
          const earlierTarget = targets.get(pair.earlier) ?? '';
          if (compare(earlierTarget, laterTarget).conflict) continue;
          const current = best.get(pair.later);
          if (current === undefined || pair.similarity > current.similarity) best.set(pair.later, pair);
        }
        const findings: Finding[] = [];
        const removals: RowRemoval[] = [];
        for (const [later, { earlier, similarity }] of best) {
          removals.push({
            row: later,
            code: 'near_duplicate',
            twin: earlier,
            detail: `Jaccard ${similarity.toFixed(2)}`,
          });
          if (findings.length >= maxListed) continue;
          findings.push(
            makeFinding(
              'near_duplicate',
              'warning',
              `row ${later} is a near duplicate of row ${earlier} (Jaccard ${similarity.toFixed(2)})`,
              [earlier, later],
              {
                twin: earlier,
                similarity: Number(similarity.toFixed(4)),
                threshold: settings.threshold,
                text: snippets.get(later) ?? '',
              },
            ),
          );
        }
        if (best.size > maxListed) {
          findings.push({
            code: 'near_duplicate',
            severity: 'info',
            message: `${best.size - maxListed} more near-duplicate pair(s) not listed`,
            rows: [],
            rowCount: 0,
            evidence: { unlisted: best.size - maxListed },
          });
        }
        return {
          findings,
          removals,
          affected: { near_duplicate: best.size },
          stats: { candidates, verified: best.size, boilerplateLines: tools.boilerplate.count },
        };
      },
    };
  },
};
