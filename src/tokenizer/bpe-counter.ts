import { type BpeTable, noRank } from './bpe-table.js';

/** Pieces remembered before the memo starts over (bounds its memory). */
const knownLimit = 50_000;

/** Larger than any rank: "this pair does not merge". */
const never = 0x7fffffff;

/**
 * Counts the tokens gpt-tokenizer's `countTokens(text, {disallowedSpecial: new Set()})` counts
 * (special-token text is plain text), without building its encoder: the same split pattern, the
 * same whole-piece lookup, the same lowest-rank-first merge (tiktoken's `byte_pair_merge`). Only
 * the number of tokens is computed, never the tokens themselves. bpe-counter.test.ts checks the
 * counts against gpt-tokenizer.
 */
export class BpeCounter {
  private readonly split: RegExp;
  /** The same pattern anchored at lastIndex: `test` then reports a piece without a match object. */
  private readonly piece: RegExp;
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(1024);
  private starts = new Int32Array(1024);
  private ranks = new Int32Array(1024);
  /** Token counts of pieces seen before: text repeats its pieces (" the", "\n\n"), so most are. */
  private readonly known = new Map<string, number>();

  /** `splitPattern` is the encoding's pre-tokenization regex (gpt-tokenizer's encodingParams). */
  constructor(
    private readonly table: BpeTable,
    splitPattern: RegExp,
  ) {
    this.split = new RegExp(splitPattern.source, 'gu');
    this.piece = new RegExp(splitPattern.source, 'uy');
  }

  /** Tokens in `text`. */
  count(text: string): number {
    if (text.length === 0) return 0;
    const { split, piece: anchored } = this;
    let tokens = 0;
    let position = 0;
    // The pieces of a global `exec` loop. The OpenAI patterns cover every character, so each piece
    // starts where the last ended: the anchored `test` finds it without allocating a match array
    // (a third of all the memory diagnose allocated on the main thread).
    while (position < text.length) {
      let piece: string;
      anchored.lastIndex = position;
      if (anchored.test(text) && anchored.lastIndex > position) {
        piece = text.slice(position, anchored.lastIndex);
        position = anchored.lastIndex;
      } else {
        // Nothing (or an empty match) here: search on, as the global loop would.
        split.lastIndex = position;
        const match = split.exec(text);
        if (match === null) break;
        piece = match[0];
        position = split.lastIndex;
        if (piece.length === 0) {
          // Never happens with the OpenAI patterns; advance as String.prototype.matchAll would.
          position++;
          continue;
        }
      }
      let count = this.known.get(piece);
      if (count === undefined) {
        count = this.pieceTokens(piece);
        if (this.known.size >= knownLimit) this.known.clear();
        this.known.set(piece, count);
      }
      tokens += count;
    }
    return tokens;
  }

  /** Tokens of one pre-tokenized piece. */
  private pieceTokens(piece: string): number {
    const length = piece.length;
    if (this.buffer.length < length * 3) this.buffer = new Uint8Array(length * 3);
    const buffer = this.buffer;
    let ascii = true;
    for (let index = 0; index < length; index++) {
      const code = piece.charCodeAt(index);
      if (code >= 0x80) {
        ascii = false;
        break;
      }
      buffer[index] = code;
    }
    let byteLength = length;
    // gpt-tokenizer looks the piece's string up first; a string with a lone surrogate is never a key.
    let wholePiece = true;
    if (!ascii) {
      byteLength = this.encoder.encodeInto(piece, buffer).written;
      // ES2024's isWellFormed (Node 20 has it; the ES2023 lib does not declare it).
      wholePiece = (piece as string & { isWellFormed(): boolean }).isWellFormed();
    }
    if (wholePiece && this.table.pieceRank(buffer, 0, byteLength) !== noRank) return 1;
    return this.mergedTokens(byteLength);
  }

  /** Merges buffer[0, byteLength) lowest rank first, leftmost on ties; returns the parts left. */
  private mergedTokens(byteLength: number): number {
    if (this.starts.length < byteLength + 1) {
      this.starts = new Int32Array(byteLength + 1);
      this.ranks = new Int32Array(byteLength + 1);
    }
    const { buffer, starts, ranks, table } = this;
    let parts = byteLength + 1;
    for (let index = 0; index <= byteLength; index++) {
      starts[index] = index;
      ranks[index] = index < byteLength - 1 ? orNever(table.mergeRank(buffer, index, index + 2)) : never;
    }
    const rankAt = (index: number) =>
      index + 2 < parts ? orNever(table.mergeRank(buffer, starts[index]!, starts[index + 2]!)) : never;
    while (parts > 1) {
      let lowest = never;
      let at = -1;
      for (let index = 0; index < parts - 1; index++) {
        if (ranks[index]! < lowest) {
          lowest = ranks[index]!;
          at = index;
        }
      }
      if (at === -1) break;
      starts.copyWithin(at + 1, at + 2, parts);
      ranks.copyWithin(at, at + 1, parts);
      parts--;
      ranks[at] = rankAt(at);
      if (at > 0) ranks[at - 1] = rankAt(at - 1);
    }
    return parts - 1;
  }
}

function orNever(rank: number): number {
  return rank === noRank ? never : rank;
}
