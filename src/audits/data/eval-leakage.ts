import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { LineFrequency } from './shared/boilerplate.js';
import { cachedExampleText } from './shared/derived.js';
import { makeFinding, snippet } from './shared/findings.js';
import { combine32, hashString, seededRandom } from './shared/hash.js';
import { normalizeForDuplicates } from './shared/normalize-text.js';
import { wordHashes } from './shared/words.js';

/** Hash of `length` word hashes starting at `start`. */
function gramHash(words: Uint32Array, start: number, length: number): number {
  let h = 0x6a09e667;
  for (let offset = 0; offset < length; offset++) h = combine32(h, words[start + offset]!);
  return h;
}

/** Lowercase letters and digits only (GPT-4's contamination check removes spaces and symbols). */
function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const rollingBase = 0x01000193;

/** How a train row matched an eval item. */
type Method = 'ngram' | 'whole_item' | 'substring';

/**
 * Eval items that also appear in the training set, so that the eval would measure memorisation:
 * a shared word 13-gram (GPT-3, lm-eval-harness), the whole item when it is shorter than 13 words
 * (measured: 13-grams alone miss 42 of 80 planted short items), and three lowercased 50-character
 * substrings per item (GPT-4; lowercasing measured: 0/80 found case-sensitively, 80/80 lowercased).
 * Lines shared by many eval items (a template) and n-grams in many items are ignored. The train
 * rows are removed by `clean`; a single leak blocks readiness.
 */
export const evalLeakageAudit: DataAudit = {
  id: 'leakage',
  codes: ['eval_leakage'],
  summary: 'Eval items found in the training set (13-gram, whole short item, 50-character substrings).',
  source:
    'data.md §4 (lm-eval-harness decontamination, GPT-4 report; measured positive control), §11 item 19',
  start(context) {
    const settings = context.settings.leakage;
    const items = context.evalItems;
    const n = settings.ngram;
    const shortKey = settings.min_short_tokens;
    const substringLength = settings.substring_chars;
    const ngrams = new Map<number, number>();
    const shortItems = new Map<number, { item: number; words: Uint32Array }[]>();
    const wholeItems = new Map<number, number>();
    const substrings = new Map<number, { item: number; text: string }>();
    let power = 1;
    for (let index = 0; index < substringLength; index++) power = Math.imul(power, rollingBase);

    if (items.length > 0) {
      const lines = new LineFrequency();
      for (const item of items) lines.addRow([item.text]);
      const template = lines.frequent(0.05, Math.max(3, Math.ceil(items.length * 0.05)));
      const documentFrequency = new Map<number, number>();
      const random = seededRandom(settings.seed);
      for (const [index, item] of items.entries()) {
        const text = template.strip(item.text);
        const words = wordHashes(text);
        const normalized = normalizeForDuplicates(text);
        if (normalized !== '') wholeItems.set(hashString(normalized, 9), index);
        if (words.length >= n) {
          const seen = new Set<number>();
          for (let start = 0; start + n <= words.length; start++) {
            const h = gramHash(words, start, n);
            if (seen.has(h)) continue;
            seen.add(h);
            documentFrequency.set(h, (documentFrequency.get(h) ?? 0) + 1);
            if (!ngrams.has(h)) ngrams.set(h, index);
          }
        } else if (words.length >= shortKey) {
          const key = gramHash(words, 0, shortKey);
          shortItems.set(key, [...(shortItems.get(key) ?? []), { item: index, words }]);
        }
        const compact = lettersAndDigits(text);
        if (compact.length >= substringLength) {
          for (let sample = 0; sample < settings.substrings_per_item; sample++) {
            const start = Math.floor(random() * (compact.length - substringLength + 1));
            const piece = compact.slice(start, start + substringLength);
            substrings.set(rollingHash(piece), { item: index, text: piece });
          }
        }
      }
      // An n-gram in many eval items is template text, not an item.
      const common = Math.max(3, Math.ceil(items.length * 0.05));
      for (const [h, count] of documentFrequency) if (count >= common) ngrams.delete(h);
    }

    const hits = new Map<number, { rows: number[]; count: number; method: Method }>();
    const removals: RowRemoval[] = [];
    const record = (item: number, row: number, method: Method) => {
      let hit = hits.get(item);
      if (hit === undefined) {
        hit = { rows: [], count: 0, method };
        hits.set(item, hit);
      }
      hit.count++;
      if (hit.rows.length < 100) hit.rows.push(row);
    };
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined || items.length === 0) return;
        const text = cachedExampleText(example);
        const matched = new Set<number>();
        const words = wordHashes(text);
        for (let start = 0; start + n <= words.length && ngrams.size > 0; start++) {
          const item = ngrams.get(gramHash(words, start, n));
          if (item !== undefined && !matched.has(item)) {
            matched.add(item);
            record(item, row.row, 'ngram');
          }
        }
        if (shortItems.size > 0) {
          for (let start = 0; start + shortKey <= words.length; start++) {
            const candidates = shortItems.get(gramHash(words, start, shortKey));
            if (candidates === undefined) continue;
            for (const candidate of candidates) {
              if (matched.has(candidate.item) || start + candidate.words.length > words.length) continue;
              let same = true;
              for (let offset = shortKey; offset < candidate.words.length && same; offset++) {
                same = words[start + offset] === candidate.words[offset];
              }
              if (same) {
                matched.add(candidate.item);
                record(candidate.item, row.row, 'whole_item');
              }
            }
          }
        }
        for (const message of example.messages) {
          const item = wholeItems.get(hashString(normalizeForDuplicates(message.content), 9));
          if (item !== undefined && !matched.has(item)) {
            matched.add(item);
            record(item, row.row, 'whole_item');
          }
        }
        if (substrings.size > 0) {
          const compact = lettersAndDigits(text);
          let h = 0;
          for (let index = 0; index < compact.length; index++) {
            h = (Math.imul(h, rollingBase) + compact.charCodeAt(index)) | 0;
            if (index >= substringLength)
              h = (h - Math.imul(compact.charCodeAt(index - substringLength), power)) | 0;
            if (index + 1 < substringLength) continue;
            const found = substrings.get(h >>> 0);
            if (found === undefined || matched.has(found.item)) continue;
            if (compact.slice(index + 1 - substringLength, index + 1) !== found.text) continue;
            matched.add(found.item);
            record(found.item, row.row, 'substring');
          }
        }
        if (matched.size > 0) {
          const first = [...matched][0]!;
          removals.push({ row: row.row, code: 'eval_leakage', detail: `eval item ${items[first]!.id}` });
        }
      },
      finish() {
        const findings: Finding[] = [];
        const methodText: Record<Method, string> = {
          ngram: `shares a ${n}-word sequence with`,
          whole_item: 'contains the whole of',
          substring: `shares a ${substringLength}-character substring with`,
        };
        for (const [index, hit] of [...hits].sort((a, b) => a[0] - b[0])) {
          const item = items[index]!;
          findings.push(
            makeFinding(
              'eval_leakage',
              'warning',
              `eval item ${item.id} (line ${item.line}) leaks: ${hit.count === 1 ? `row ${hit.rows[0]}` : `${hit.count} rows`} ${methodText[hit.method]} it`,
              hit.rows,
              { evalId: item.id, evalLine: item.line, method: hit.method, item: snippet(item.text, 80) },
              hit.count,
            ),
          );
        }
        return {
          findings,
          removals,
          affected: { eval_leakage: removals.length },
          stats: { evalItems: items.length, leakedItems: hits.size },
        };
      },
    };
  },
};

/** The rolling hash of a whole string (as computed incrementally in `observe`). */
function rollingHash(text: string): number {
  let h = 0;
  for (let index = 0; index < text.length; index++)
    h = (Math.imul(h, rollingBase) + text.charCodeAt(index)) | 0;
  return h >>> 0;
}
