import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { mulberry32 } from '../../stats/random.js';
import { LineFrequency } from './shared/boilerplate.js';
import { makeFinding, snippet } from './shared/findings.js';
import { rowFeatures, sequenceKey, textWords } from './shared/row-features.js';

const baseHigh = 0x01000193;
const baseLow = 0x5bd1e995;

/**
 * Keys of word windows: two independent 32-bit rolling polynomial hashes folded into 53 bits, so a
 * million rows against thousands of eval n-grams make no chance match (a single 32-bit hash would:
 * about one per 10^4 lookups at this scale).
 */
class WindowHasher {
  readonly powerHigh: number;
  readonly powerLow: number;
  constructor(readonly length: number) {
    let high = 1;
    let low = 1;
    for (let index = 0; index < length; index++) {
      high = Math.imul(high, baseHigh);
      low = Math.imul(low, baseLow);
    }
    this.powerHigh = high;
    this.powerLow = low;
  }

  /** The key of every window, in order. */
  keys(words: Uint32Array): number[] {
    const result: number[] = [];
    let high = 0;
    let low = 0;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      high = (Math.imul(high, baseHigh) + word) | 0;
      low = (Math.imul(low, baseLow) + (word ^ 0x2545f491)) | 0;
      if (index >= this.length) {
        const out = words[index - this.length]!;
        high = (high - Math.imul(out, this.powerHigh)) | 0;
        low = (low - Math.imul(out ^ 0x2545f491, this.powerLow)) | 0;
      }
      if (index + 1 >= this.length) result.push((high >>> 11) * 4294967296 + (low >>> 0));
    }
    return result;
  }
}

/**
 * A bitset over a hash: "certainly absent" for most lookups, before the Map. Sized to 64 bits per
 * entry but at most 128 KB, so that it stays in cache: a larger one turns every lookup into a
 * memory stall (measured: most of the audit's time at 2 MB).
 */
class HashFilter {
  bits = new Uint8Array(1 << 12);
  /** Index = the top bits of hash x golden ratio (multiplicative hashing: rolling hashes have weak low bits). */
  shift = 32 - 15;

  /** Sizes the filter for `entries` (call before adding). */
  size(entries: number): void {
    let log = 15;
    while (1 << log < entries * 64 && log < 20) log++;
    this.bits = new Uint8Array(1 << (log - 3));
    this.shift = 32 - log;
  }
  add(hash: number): void {
    const bit = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    this.bits[bit >>> 3]! |= 1 << (bit & 7);
  }
}

/** ASCII code unit -> its lowercase form when it is a letter or digit, else 0. */
const asciiLetters = new Uint8Array(128);
for (let code = 0x30; code <= 0x39; code++) asciiLetters[code] = code;
for (let code = 0x61; code <= 0x7a; code++) asciiLetters[code] = code;
for (let code = 0x41; code <= 0x5a; code++) asciiLetters[code] = code + 32;

/** Lowercased letter or digit code unit of `code`, or -1 (GPT-4's check keeps only letters and digits). */
const foldedLetters = new Map<number, number>();
function letterOrDigit(code: number): number {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return code;
    if (code >= 0x41 && code <= 0x5a) return code + 32;
    return code >= 0x30 && code <= 0x39 ? code : -1;
  }
  let folded = foldedLetters.get(code);
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    folded = /[\p{L}\p{N}]/u.test(char) ? char.toLowerCase().charCodeAt(0) : -1;
    foldedLetters.set(code, folded);
  }
  return folded;
}

/** The letters and digits of a text, lowercased (as the streaming check in `observe` sees them). */
function lettersAndDigits(text: string): string {
  const codes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = letterOrDigit(text.charCodeAt(index));
    if (code !== -1) codes.push(code);
  }
  return String.fromCharCode(...codes);
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
  id: 'eval_leakage',
  codes: ['eval_leakage'],
  summary: 'Eval items found in the training set (13-gram, whole short item, 50-character substrings).',
  source:
    'data.md §4 (lm-eval-harness decontamination, GPT-4 report; measured positive control), §11 item 19',
  needs: ['eval'],
  start(context) {
    const settings = context.settings.leakage;
    const items = context.evalItems;
    const n = settings.ngram;
    const shortKey = settings.min_short_tokens;
    const substringLength = settings.substring_chars;
    const ngramHasher = new WindowHasher(n);
    const shortHasher = new WindowHasher(shortKey);
    const ngrams = new Map<number, number>();
    const ngramFilter = new HashFilter();
    const shortFilter = new HashFilter();
    const substringFilter = new HashFilter();
    const shortItems = new Map<number, { item: number; words: Uint32Array }[]>();
    /** Items shorter than `min_short_tokens` words match a whole message: key -> item. */
    const tinyItems = new Map<number, number>();
    const substrings = new Map<number, { item: number; text: string }>();
    let power = 1;
    for (let index = 0; index < substringLength; index++) power = Math.imul(power, rollingBase);

    if (items.length > 0) {
      const lines = new LineFrequency();
      for (const item of items) lines.addTexts([item.text]);
      const template = lines.frequent(0.05, Math.max(3, Math.ceil(items.length * 0.05)));
      const documentFrequency = new Map<number, number>();
      const random = mulberry32(settings.seed);
      for (const [index, item] of items.entries()) {
        const text = template.strip(item.text);
        const words = textWords(text);
        if (words.length >= n) {
          for (const key of new Set(ngramHasher.keys(words))) {
            documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
            if (!ngrams.has(key)) ngrams.set(key, index);
          }
        } else if (words.length >= shortKey) {
          const key = shortHasher.keys(words.subarray(0, shortKey))[0]!;
          shortItems.set(key, [...(shortItems.get(key) ?? []), { item: index, words }]);
        } else if (words.length > 0) {
          const [high, low] = sequenceKey(words, 9);
          tinyItems.set((high >>> 11) * 4294967296 + low, index);
        }
        const compact = lettersAndDigits(text);
        if (compact.length >= substringLength) {
          for (let sample = 0; sample < settings.substrings_per_item; sample++) {
            const start = Math.floor(random() * (compact.length - substringLength + 1));
            const piece = compact.slice(start, start + substringLength);
            const hash = rollingHash(piece);
            substrings.set(hash & 0x3fffffff, { item: index, text: piece });
          }
        }
      }
      // An n-gram in many eval items is template text, not an item.
      const common = Math.max(3, Math.ceil(items.length * 0.05));
      for (const [key, count] of documentFrequency) if (count >= common) ngrams.delete(key);
      ngramFilter.size(ngrams.size);
      for (const key of ngrams.keys()) ngramFilter.add(key % 4294967296);
      substringFilter.size(substrings.size);
      for (const { text } of substrings.values()) substringFilter.add(rollingHash(text));
      shortFilter.size(shortItems.size);
      for (const key of shortItems.keys()) shortFilter.add(key % 4294967296);
    }

    const ring = new Uint16Array(substringLength);
    /** The substring scan's state after the last row's first message (reused when the next row opens alike). */
    const firstText = {
      text: undefined as string | undefined,
      usable: false,
      h: 0,
      count: 0,
      slot: 0,
      ring: new Uint16Array(substringLength),
    };
    const matched = new Set<number>();
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
        const features = rowFeatures(example);
        const words = features.words;
        // Set.prototype.clear allocates a new table even when empty: most rows match nothing.
        if (matched.size > 0) matched.clear();
        if (ngrams.size > 0 && words.length >= n) {
          let high = 0;
          let low = 0;
          const { powerHigh, powerLow } = ngramHasher;
          const ngramBits = ngramFilter.bits;
          const ngramShift = ngramFilter.shift;
          for (let index = 0; index < words.length; index++) {
            const word = words[index]!;
            high = (Math.imul(high, baseHigh) + word) | 0;
            low = (Math.imul(low, baseLow) + (word ^ 0x2545f491)) | 0;
            if (index >= n) {
              const out = words[index - n]!;
              high = (high - Math.imul(out, powerHigh)) | 0;
              low = (low - Math.imul(out ^ 0x2545f491, powerLow)) | 0;
            }
            const bit = Math.imul(low, 0x9e3779b1) >>> ngramShift;
            if (index + 1 < n || (ngramBits[bit >>> 3]! & (1 << (bit & 7))) === 0) continue;
            const item = ngrams.get((high >>> 11) * 4294967296 + (low >>> 0));
            if (item !== undefined && !matched.has(item)) {
              matched.add(item);
              record(item, row.row, 'ngram');
            }
          }
        }
        if (shortItems.size > 0 && words.length >= shortKey) {
          let high = 0;
          let low = 0;
          const { powerHigh, powerLow } = shortHasher;
          for (let index = 0; index < words.length; index++) {
            const word = words[index]!;
            high = (Math.imul(high, baseHigh) + word) | 0;
            low = (Math.imul(low, baseLow) + (word ^ 0x2545f491)) | 0;
            if (index >= shortKey) {
              const out = words[index - shortKey]!;
              high = (high - Math.imul(out, powerHigh)) | 0;
              low = (low - Math.imul(out ^ 0x2545f491, powerLow)) | 0;
            }
            const bit = Math.imul(low, 0x9e3779b1) >>> shortFilter.shift;
            if (index + 1 < shortKey || (shortFilter.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) continue;
            const candidates = shortItems.get((high >>> 11) * 4294967296 + (low >>> 0));
            if (candidates === undefined) continue;
            const start = index + 1 - shortKey;
            for (const candidate of candidates) {
              if (matched.has(candidate.item) || start + candidate.words.length > words.length) continue;
              let same = true;
              for (let offset = 0; offset < candidate.words.length && same; offset++) {
                same = words[start + offset] === candidate.words[offset];
              }
              if (same) {
                matched.add(candidate.item);
                record(candidate.item, row.row, 'whole_item');
              }
            }
          }
        }
        if (tinyItems.size > 0) {
          for (let message = 0; message < example.messages.length; message++) {
            const from = features.lineWordStart[features.messageLineStart[message]!]!;
            const to = features.lineWordStart[features.messageLineStart[message + 1]!]!;
            if (to - from >= shortKey || to === from) continue;
            const [high, low] = sequenceKey(words.subarray(from, to), 9);
            const item = tinyItems.get((high >>> 11) * 4294967296 + low);
            if (item !== undefined && !matched.has(item)) {
              matched.add(item);
              record(item, row.row, 'whole_item');
            }
          }
        }
        if (substrings.size > 0) {
          // Streams the letters and digits of the row's messages (no joined copy), the last window in a ring.
          const bits = substringFilter.bits;
          const shift = substringFilter.shift;
          let h = 0;
          let count = 0;
          let slot = 0;
          const messages = example.messages;
          for (let message = 0; message < messages.length; message++) {
            for (let part = 0; part < 2; part++) {
              const text = part === 0 ? messages[message]!.content : messages[message]!.toolCalls;
              if (text === undefined) continue;
              const first = message === 0 && part === 0;
              if (first && firstText.usable && text === firstText.text) {
                // The same opening message as the row before (a shared system prompt): its scan found
                // no candidate then and cannot now, so only the stream's state is needed.
                h = firstText.h;
                count = firstText.count;
                slot = firstText.slot;
                ring.set(firstText.ring);
                continue;
              }
              let candidates = 0;
              for (let index = 0; index < text.length; index++) {
                const raw = text.charCodeAt(index);
                const code = raw < 0x80 ? asciiLetters[raw]! : letterOrDigit(raw);
                if (code === 0 || code === -1) continue;
                const out = count >= substringLength ? ring[slot]! : 0;
                ring[slot] = code;
                slot = slot + 1 === substringLength ? 0 : slot + 1;
                count++;
                h = (Math.imul(h, rollingBase) + code - Math.imul(out, power)) | 0;
                const bit = Math.imul(h, 0x9e3779b1) >>> shift;
                if (count < substringLength || (bits[bit >>> 3]! & (1 << (bit & 7))) === 0) continue;
                const found = substrings.get(h & 0x3fffffff);
                if (found === undefined) continue;
                candidates++;
                if (matched.has(found.item)) continue;
                let same = true;
                for (let offset = 0; offset < substringLength && same; offset++) {
                  same = ring[(slot + offset) % substringLength] === found.text.charCodeAt(offset);
                }
                if (!same) continue;
                matched.add(found.item);
                record(found.item, row.row, 'substring');
              }
              if (first) {
                firstText.text = text;
                firstText.usable = candidates === 0;
                firstText.h = h;
                firstText.count = count;
                firstText.slot = slot;
                firstText.ring.set(ring);
              }
            }
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
