import type { TrainingExample } from '../../../core/data-audit.js';
import { mix32 } from './hash.js';

/**
 * The words and lines of one example, computed in a single pass over its characters and shared by
 * every audit that needs them (duplicates, conflicts, near duplicates, leakage, template lines).
 *
 * Words are runs of letters and digits, lowercased, with accents dropped (NFD without combining
 * marks), each kept as a 32-bit hash: the tokenisation of text-dedup and of the contamination
 * checks, and, as a sequence, datatrove's exact-duplicate normalisation (case, accents, punctuation
 * and spacing ignored). A line is kept as the hash of its word sequence, so template lines that
 * differ only in case or punctuation count as one; a line without words is never a template.
 *
 * The arrays are views of buffers reused for the next example: use them while auditing this row
 * (every audit does), and copy what must outlive it.
 */
export interface RowFeatures {
  /** All words of all messages, in order (a message's tool calls count as its last lines). */
  readonly words: Uint32Array;
  /** Per line: hash of its words (0 for a line without words). */
  readonly lineHashes: Uint32Array;
  /** Per line: index of its first word in `words`; `lineWordStart[line + 1]` ends it. */
  readonly lineWordStart: Uint32Array;
  /** Per message: index of its first line; `messageLineStart[message + 1]` ends it. */
  readonly messageLineStart: Uint32Array;
  /** The trimmed text of a line (sliced on demand). */
  lineText(line: number): string;
}

/** Folded (lowercase, accent-free) code units of a non-ASCII code unit, cached. */
const foldCache = new Map<number, number[]>();

function fold(code: number): number[] {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const text = String.fromCharCode(code).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    folded = Array.from(text, (char) => char.charCodeAt(0));
    foldCache.set(code, folded);
  }
  return folded;
}

/** True for a code unit inside a word: ASCII letters and digits, and most of the rest of Unicode. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return asciiWord[code] !== 0;
  if (code <= 0xbf)
    return code === 0xaa || code === 0xb2 || code === 0xb3 || code === 0xb5 || code === 0xb9 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x0300 && code <= 0x036f) return true;
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  if (code >= 0x2190 && code <= 0x2bff) return false;
  return true;
}

/** ASCII code unit -> its lowercase form when it is a letter or digit, else 0. */
const asciiWord = new Uint8Array(128);
for (let code = 0x30; code <= 0x39; code++) asciiWord[code] = code;
for (let code = 0x61; code <= 0x7a; code++) asciiWord[code] = code;
for (let code = 0x41; code <= 0x5a; code++) asciiWord[code] = code + 32;

const prime = 0x01000193;
const finishWord = (h: number, length: number) => mix32(h ^ length);
const finishLine = (h: number, words: number) =>
  words === 0 ? 0 : mix32(h ^ Math.imul(words, 0x27d4eb2d)) || 1;

/** Buffers reused row after row (one row is audited at a time). */
let wordBuffer: Uint32Array = new Uint32Array(8192);
let lineHashBuffer: Uint32Array = new Uint32Array(1024);
let lineWordBuffer: Uint32Array = new Uint32Array(1025);
/** Per line: index of the text it comes from, start and end offsets (trimmed). */
let lineSpanBuffer: Uint32Array = new Uint32Array(3072);
let messageBuffer: Uint32Array = new Uint32Array(64);

function grow(buffer: Uint32Array, needed: number): Uint32Array {
  if (needed <= buffer.length) return buffer;
  const bigger = new Uint32Array(Math.max(needed, buffer.length * 2));
  bigger.set(buffer);
  return bigger;
}

/** Row being built: counts of words and lines so far. */
let wordCount = 0;
let lineCount = 0;

/** Splits one text into lines and words, appending to the buffers. */
function addText(text: string, textIndex: number): void {
  const length = text.length;
  // A text cannot have more words than half its characters (plus one), nor more lines than characters.
  wordBuffer = grow(wordBuffer, wordCount + (length >> 1) + 2);
  let lineStart = 0;
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && text.charCodeAt(from) <= 0x20) from++;
    while (to > from && text.charCodeAt(to - 1) <= 0x20) to--;
    if (lineCount + 2 > lineHashBuffer.length) {
      lineHashBuffer = grow(lineHashBuffer, lineCount + 2);
      lineWordBuffer = grow(lineWordBuffer, lineCount + 3);
      lineSpanBuffer = grow(lineSpanBuffer, (lineCount + 2) * 3);
    }
    lineWordBuffer[lineCount] = wordCount;
    lineSpanBuffer[lineCount * 3] = textIndex;
    lineSpanBuffer[lineCount * 3 + 1] = from;
    lineSpanBuffer[lineCount * 3 + 2] = to;
    let lineHash = 0x811c9dc5;
    let wordsInLine = 0;
    let h = 0;
    let letters = 0;
    for (let index = from; index <= to; index++) {
      const code = index < to ? text.charCodeAt(index) : 0x20;
      if (code < 0x80) {
        const lower = asciiWord[code]!;
        if (lower !== 0) {
          h = Math.imul(h ^ lower, prime);
          letters++;
          continue;
        }
      } else if (isWordUnit(code)) {
        for (const unit of fold(code)) {
          h = Math.imul(h ^ unit, prime);
          letters++;
        }
        continue;
      }
      if (letters > 0) {
        const word = finishWord(h, letters);
        wordBuffer[wordCount++] = word;
        lineHash = Math.imul(lineHash ^ word, prime);
        wordsInLine++;
        h = 0;
        letters = 0;
      }
    }
    lineHashBuffer[lineCount] = finishLine(lineHash, wordsInLine);
    lineCount++;
    lineStart = lineEnd + 1;
  }
}

/**
 * The features of the last row's first message: rows of one set usually open with the same system
 * prompt, whose words and lines are then copied instead of computed again.
 */
const firstMessage = {
  text: undefined as string | undefined,
  words: new Uint32Array(0),
  lineHashes: new Uint32Array(0),
  lineWordStart: new Uint32Array(0),
  lineSpans: new Uint32Array(0),
};

/** `addText` for a row's first text (the buffers are empty), reusing the last row's when the same. */
function addFirstText(text: string): void {
  const cached = firstMessage;
  if (text !== cached.text) {
    addText(text, 0);
    cached.text = text;
    cached.words = wordBuffer.slice(0, wordCount);
    cached.lineHashes = lineHashBuffer.slice(0, lineCount);
    cached.lineWordStart = lineWordBuffer.slice(0, lineCount);
    cached.lineSpans = lineSpanBuffer.slice(0, lineCount * 3);
    return;
  }
  wordCount = cached.words.length;
  lineCount = cached.lineHashes.length;
  wordBuffer = grow(wordBuffer, wordCount + 2);
  lineHashBuffer = grow(lineHashBuffer, lineCount + 2);
  lineWordBuffer = grow(lineWordBuffer, lineCount + 3);
  lineSpanBuffer = grow(lineSpanBuffer, (lineCount + 2) * 3);
  wordBuffer.set(cached.words);
  lineHashBuffer.set(cached.lineHashes);
  lineWordBuffer.set(cached.lineWordStart);
  lineSpanBuffer.set(cached.lineSpans);
}

/** Computes the features of an example (see `rowFeatures` for the cached version). */
export function computeRowFeatures(example: TrainingExample): RowFeatures {
  wordCount = 0;
  lineCount = 0;
  const texts: string[] = [];
  const messages = example.messages;
  messageBuffer = grow(messageBuffer, messages.length + 1);
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index]!;
    messageBuffer[index] = lineCount;
    texts.push(message.content);
    if (index === 0) addFirstText(message.content);
    else addText(message.content, texts.length - 1);
    if (message.toolCalls !== undefined) {
      texts.push(message.toolCalls);
      addText(message.toolCalls, texts.length - 1);
    }
  }
  messageBuffer[messages.length] = lineCount;
  lineWordBuffer[lineCount] = wordCount;
  const spans = lineSpanBuffer;
  return {
    words: wordBuffer.subarray(0, wordCount),
    lineHashes: lineHashBuffer.subarray(0, lineCount),
    lineWordStart: lineWordBuffer.subarray(0, lineCount + 1),
    messageLineStart: messageBuffer.subarray(0, messages.length + 1),
    lineText: (line) => texts[spans[line * 3]!]!.slice(spans[line * 3 + 1], spans[line * 3 + 2]),
  };
}

/**
 * The word hashes of a text, copied. Reuses the row buffers, so the cached features of the current
 * row are dropped (`rowFeatures` computes them again if asked): do not call it while holding them.
 */
export function textWords(text: string): Uint32Array {
  const words = computeRowFeatures(textExample(text)).words.slice();
  forget();
  return words;
}

/** The hash `RowFeatures.words` holds for one word (its letters and digits, folded). */
export function hashWord(word: string): number {
  return textWords(word)[0] ?? 0;
}

/** The hash `RowFeatures.lineHashes` holds for one line of text (same caveat as `textWords`). */
export function hashLine(line: string): number {
  computeRowFeatures(textExample(line.replaceAll('\n', ' ')));
  forget();
  return lineHashBuffer[0]!;
}

let cachedExample: TrainingExample | undefined;
let cachedFeatures: RowFeatures | undefined;

/** Forgets the cached features (after computing features of another text, which reuses the buffers). */
function forget(): void {
  cachedExample = undefined;
}

/** A one-message example holding `text` (to compute features of a bare text). */
function textExample(text: string): TrainingExample {
  return {
    row: 0,
    format: 'prompt_completion',
    messages: [{ role: 'user', content: text, toolCalls: undefined, trained: false }],
    targetIndex: -1,
    tools: undefined,
  };
}

/**
 * The features of the example being audited, computed once however many audits ask: audits see
 * rows one at a time, in turn, so a one-slot cache keyed by the example object is enough.
 */
export function rowFeatures(example: TrainingExample): RowFeatures {
  if (example !== cachedExample) {
    cachedExample = example;
    cachedFeatures = computeRowFeatures(example);
  }
  return cachedFeatures!;
}

let keptScratch: Uint32Array = new Uint32Array(4096);

/**
 * The words of messages `[fromMessage, toMessage)`, leaving out lines whose hash is in `skipLines`
 * (template lines). Returns a view: of the features when nothing is left out, else of a scratch
 * buffer that the next call overwrites (use it, or copy it, before calling again).
 */
export function wordsOf(
  features: RowFeatures,
  fromMessage: number,
  toMessage: number,
  skipLines?: ReadonlySet<number>,
): Uint32Array {
  const firstLine = features.messageLineStart[fromMessage]!;
  const endLine = features.messageLineStart[toMessage]!;
  const from = features.lineWordStart[firstLine]!;
  const to = features.lineWordStart[endLine]!;
  if (skipLines === undefined || skipLines.size === 0) return features.words.subarray(from, to);
  keptScratch = grow(keptScratch, to - from);
  let kept = 0;
  for (let line = firstLine; line < endLine; line++) {
    if (skipLines.has(features.lineHashes[line]!)) continue;
    const end = features.lineWordStart[line + 1]!;
    for (let word = features.lineWordStart[line]!; word < end; word++)
      keptScratch[kept++] = features.words[word]!;
  }
  return keptScratch.subarray(0, kept);
}

/** Two independent 32-bit hashes of a word sequence: the exact-duplicate key (64 bits). */
export function sequenceKey(words: Uint32Array, salt = 0): [number, number] {
  let high = 0x243f6a88 ^ salt;
  let low = 0x85a308d3 ^ salt;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    high = Math.imul(high ^ word, 0x01000193);
    low = Math.imul((low ^ word) + 0x9e3779b9, 0x5bd1e995) ^ (low >>> 15);
  }
  return [mix32(high ^ words.length), mix32(low ^ Math.imul(words.length, 0x27d4eb2d))];
}
