import type { DataAudit, TrainingExample } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import type { JsonObject } from '../../core/json.js';
import { configuredTargetComparison } from './shared/compare-targets.js';
import { promptText, targetText } from './shared/example-text.js';
import { makeFinding, snippet } from './shared/findings.js';
import { GrowableUint32 } from './shared/growable.js';
import { rowFeatures, sequenceKey, wordsOf } from './shared/row-features.js';
import { RowHashTable } from './shared/row-hash-table.js';
import { SimilarRows } from './shared/similar-rows.js';

/** Findings listed (all are counted). */
const maxListed = 2000;

/**
 * Conflicting targets: the same prompt (after normalisation), or a near-same one (word 5-gram
 * Jaccard at least 0.7, templates removed), answered with targets that contradict each other.
 * The model cannot learn both; a person must pick (so `clean` does not remove them). Measured:
 * even "cleaned" Alpaca has one, Toolformer 149 (data.md §10).
 */
export const conflictingTargetsAudit: DataAudit = {
  id: 'conflicting_targets',
  codes: ['conflicting_targets'],
  summary: 'The same or a near-same prompt answered with contradicting targets.',
  source: 'data.md §7 (label conflicts), §10 (measured), §11 item 11',
  needs: ['boilerplate'],
  start(context) {
    const settings = context.settings.conflicts;
    const near = context.settings.near_duplicates;
    const compare = configuredTargetComparison(context.settings);
    const similar = new SimilarRows(
      {
        bands: settings.bands,
        rowsPerBand: settings.rows_per_band,
        shingleWords: near.shingle_words,
        seed: near.seed + 1,
      },
      (example, boilerplate) => wordsOf(rowFeatures(example), 0, example.targetIndex, boilerplate.hashes),
    );
    const prompts = new RowHashTable();
    const groupFirstRow = new GrowableUint32();
    const groupTarget = new GrowableUint32();
    const exactPairs: [number, number][] = [];
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        similar.add(example, context.boilerplate());
        const features = rowFeatures(example);
        const [promptHigh, promptLow] = sequenceKey(wordsOf(features, 0, example.targetIndex), 4);
        const targetHash = sequenceKey(wordsOf(features, example.targetIndex, example.targetIndex + 1), 3)[0];
        const group = prompts.getOrInsert(promptHigh, promptLow, groupFirstRow.length);
        if (group === -1) {
          groupFirstRow.push(row.row);
          groupTarget.push(targetHash);
        } else if (groupTarget.get(group) !== targetHash) {
          exactPairs.push([row.row, groupFirstRow.get(group)]);
        }
      },
      async finish(tools) {
        const examples = new Map<number, TrainingExample>();
        const exactSet = new Set(exactPairs.map(([later, earlier]) => `${later}:${earlier}`));
        const { pairs } = await similar.pairs(
          tools,
          settings.prompt_threshold,
          (example) => examples.set(example.row, example),
          exactPairs,
        );
        // Exact-prompt pairs are verified too (similarity 1 on prompts), so `pairs` holds both kinds.
        const groups = new Map<number, { rows: Set<number>; exact: boolean; details: JsonObject[] }>();
        const involved = new Set<number>();
        for (const pair of pairs) {
          const later = examples.get(pair.later);
          const earlier = examples.get(pair.earlier);
          if (later === undefined || earlier === undefined) continue;
          const laterTarget = targetText(later);
          const earlierTarget = targetText(earlier);
          if (laterTarget.trim() === '' || earlierTarget.trim() === '') continue;
          const comparison = compare(earlierTarget, laterTarget);
          if (!comparison.conflict) continue;
          const exact = exactSet.has(`${pair.later}:${pair.earlier}`);
          let group = groups.get(pair.earlier);
          if (group === undefined) {
            group = { rows: new Set([pair.earlier]), exact, details: [] };
            groups.set(pair.earlier, group);
          }
          group.rows.add(pair.later);
          group.exact &&= exact;
          if (group.details.length < 3) {
            group.details.push({
              row: pair.later,
              promptSimilarity: Number(pair.similarity.toFixed(3)),
              targetSimilarity: Number(comparison.similarity.toFixed(3)),
              ...(comparison.field === undefined ? {} : { field: comparison.field }),
              target: snippet(laterTarget, 80),
            });
          }
          involved.add(pair.later);
          involved.add(pair.earlier);
        }
        const findings: Finding[] = [];
        for (const [first, group] of groups) {
          if (findings.length >= maxListed) break;
          const earlier = examples.get(first)!;
          findings.push(
            makeFinding(
              'conflicting_targets',
              'warning',
              `the ${group.exact ? 'same' : 'near-same'} prompt as row ${first} has ${group.rows.size - 1} contradicting target(s)`,
              [...group.rows].sort((a, b) => a - b),
              {
                twin: first,
                prompt: snippet(tools.boilerplate.strip(promptText(earlier)), 80),
                target: snippet(targetText(earlier), 80),
                others: group.details,
                promptThreshold: settings.prompt_threshold,
                maxTargetSimilarity: settings.max_target_similarity,
              },
            ),
          );
        }
        return { findings, affected: { conflicting_targets: involved.size } };
      },
    };
  },
};
