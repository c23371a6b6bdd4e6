import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { promptText, userPromptText } from './shared/example-text.js';
import { makeFinding, rowsText, snippet } from './shared/findings.js';
import { GrowableUint32 } from './shared/growable.js';
import { combine32, hashString } from './shared/hash.js';
import { rowFeatures, sequenceKey, wordsOf } from './shared/row-features.js';
import { RowHashTable } from './shared/row-hash-table.js';

/** Groups reported with their rows and a snippet (more are counted, not listed). */
const maxGroups = 1000;

/**
 * Exact duplicates after datatrove's normalisation (case, accents, punctuation and spacing
 * ignored; computed on the word sequence): whole rows that repeat an earlier row (the copies are
 * removed by `clean`), and prompts that repeat with different targets (reported as information;
 * `conflicting_targets` says which disagree). Keeps two 32-bit hashes per distinct row and prompt,
 * never the texts.
 */
export const exactDuplicatesAudit: DataAudit = {
  id: 'exact_duplicates',
  codes: ['exact_duplicate'],
  summary: 'Rows (and prompts) identical to an earlier one after normalisation.',
  source: 'data.md §3.1 (datatrove simplify_content), §11 item 9',
  start() {
    const rowKeys = new RowHashTable();
    const promptKeys = new RowHashTable();
    /** Per prompt group (index = value in promptKeys): first row and its target hash. */
    const groupFirstRow = new GrowableUint32();
    const groupTarget = new GrowableUint32();
    /** Row-level duplicate groups: first row -> later copies. */
    const rowGroups = new Map<number, number[]>();
    const rowSnippets = new Map<number, string>();
    /** Prompt groups with more than one distinct target: group -> rows and distinct target hashes. */
    const promptGroups = new Map<number, { rows: number[]; targets: Set<number> }>();
    const removals: RowRemoval[] = [];
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        const features = rowFeatures(example);
        const target = example.targetIndex;
        // The whole row: every message's words, where each message starts, and the tools.
        let salt = example.tools === undefined ? 0 : hashString(example.tools);
        for (let message = 0; message <= example.messages.length; message++) {
          salt = combine32(salt, features.lineWordStart[features.messageLineStart[message]!]!);
        }
        const [rowHigh, rowLow] = sequenceKey(features.words, salt);
        const earlier = rowKeys.getOrInsert(rowHigh, rowLow, row.row);
        if (earlier !== -1) {
          let copies = rowGroups.get(earlier);
          if (copies === undefined) {
            copies = [];
            rowGroups.set(earlier, copies);
            // What tells the row apart: the user's words, not the system prompt every row shares.
            if (rowSnippets.size < maxGroups)
              rowSnippets.set(earlier, snippet(userPromptText(example) || promptText(example), 80));
          }
          copies.push(row.row);
          removals.push({ row: row.row, code: 'exact_duplicate', twin: earlier });
          return;
        }
        const targetHash = sequenceKey(wordsOf(features, target, target + 1), 3)[0];
        const [promptHigh, promptLow] = sequenceKey(wordsOf(features, 0, target), 4);
        const group = promptKeys.getOrInsert(promptHigh, promptLow, groupFirstRow.length);
        if (group === -1) {
          groupFirstRow.push(row.row);
          groupTarget.push(targetHash);
          return;
        }
        let entry = promptGroups.get(group);
        if (entry === undefined) {
          entry = { rows: [groupFirstRow.get(group)], targets: new Set([groupTarget.get(group)]) };
          promptGroups.set(group, entry);
        }
        entry.rows.push(row.row);
        entry.targets.add(targetHash);
      },
      finish() {
        const findings: Finding[] = [];
        let listed = 0;
        for (const [first, copies] of rowGroups) {
          if (listed++ >= maxGroups) break;
          findings.push(
            makeFinding(
              'exact_duplicate',
              'warning',
              `row ${first} repeats ${copies.length} time(s) (same prompt and target after normalisation)`,
              [first, ...copies],
              { level: 'row', twin: first, copies: copies.length, prompt: rowSnippets.get(first) ?? '' },
            ),
          );
        }
        let promptListed = 0;
        for (const entry of promptGroups.values()) {
          if (entry.targets.size < 2) continue;
          if (promptListed++ >= maxGroups) break;
          findings.push(
            makeFinding(
              'exact_duplicate',
              'info',
              `the prompt of row ${entry.rows[0]} repeats in ${rowsText(entry.rows.length)} with ${entry.targets.size} different targets`,
              entry.rows,
              { level: 'prompt', twin: entry.rows[0]!, distinctTargets: entry.targets.size },
            ),
          );
        }
        return { findings, removals, affected: { exact_duplicate: removals.length } };
      },
    };
  },
};
