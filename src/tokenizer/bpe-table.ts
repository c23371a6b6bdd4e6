/**
 * A byte-pair-encoding rank table in one flat buffer, so loading a tokenizer costs a file read
 * instead of creating 200,000 strings and a Map (gpt-tokenizer's o200k_base encoder takes about
 * half a second of CPU to build; reading this table takes a few milliseconds).
 *
 * Binary layout (`encodeBpeTable`, all integers little endian): the four bytes `FFB2`, the entry
 * count N and the slot count S (uint32 each), four reserved bytes; S int32 hash slots (open
 * addressing on `hashBytes`, each holding rank + 1, or 0 when empty); N descriptor bytes (bits
 * 0-6: byte length - 1; bit 7: stored as raw bytes); then the bytes of every entry in rank order.
 */
import { FixfirstError } from '../core/errors.js';

const magic = [0x46, 0x46, 0x42, 0x32]; // "FFB2"
const headerBytes = 16;
const rawFlag = 0x80;
const maxEntryBytes = 128;
/** Rank of a byte sequence that is not in the table. */
export const noRank = -1;
const byteOrderMark = [0xef, 0xbb, 0xbf];
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * gpt-tokenizer's rank list: rank i is a string (its UTF-8 bytes) or, when the bytes are not
 * valid UTF-8 on their own, an array of byte values.
 */
export type RankList = readonly (string | readonly number[])[];

/** FNV-1a over bytes[start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  return hash >>> 0;
}

/** Writes a rank list in the binary layout above (used by the build and by the fallback loader). */
export function encodeBpeTable(ranks: RankList): Uint8Array {
  const count = ranks.length;
  const encoder = new TextEncoder();
  const descriptors = new Uint8Array(count);
  const offsets = new Uint32Array(count + 1);
  let bytes = new Uint8Array(1 << 20);
  let used = 0;
  for (let rank = 0; rank < count; rank++) {
    const entry = ranks[rank];
    if (entry === undefined)
      throw new FixfirstError('INTERNAL', `rank ${rank} is missing: the table format has no holes`);
    if (bytes.length < used + entry.length * 3) {
      const grown = new Uint8Array(bytes.length * 2 + entry.length * 3);
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    let length: number;
    if (typeof entry === 'string') length = encoder.encodeInto(entry, bytes.subarray(used)).written;
    else {
      bytes.set(entry, used);
      length = entry.length;
    }
    if (length === 0 || length > maxEntryBytes)
      throw new FixfirstError('INTERNAL', `rank ${rank} has ${length} bytes (1-${maxEntryBytes} supported)`);
    descriptors[rank] = (length - 1) | (typeof entry === 'string' ? 0 : rawFlag);
    used += length;
    offsets[rank + 1] = used;
  }
  let capacity = 1;
  while (capacity < count * 2) capacity *= 2;
  const slots = new Int32Array(capacity);
  for (let rank = 0; rank < count; rank++) {
    let slot = hashBytes(bytes, offsets[rank]!, offsets[rank + 1]!) & (capacity - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = rank + 1;
  }
  const descriptorsAt = headerBytes + capacity * 4;
  const output = new Uint8Array(descriptorsAt + count + used);
  const view = new DataView(output.buffer);
  output.set(magic, 0);
  view.setUint32(4, count, true);
  view.setUint32(8, capacity, true);
  if (littleEndian) output.set(new Uint8Array(slots.buffer), headerBytes);
  else for (let slot = 0; slot < capacity; slot++) view.setInt32(headerBytes + slot * 4, slots[slot]!, true);
  output.set(descriptors, descriptorsAt);
  output.set(bytes.subarray(0, used), descriptorsAt + count);
  return output;
}

/**
 * gpt-tokenizer's UTF-8 validity test (utfUtil.ts `isValidUTF8`): no overlong forms, no
 * surrogates, nothing above U+10FFFF.
 */
function isValidUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  let index = start;
  while (index < end) {
    const first = bytes[index]!;
    let length: number;
    let codePoint: number;
    if (first <= 0x7f) {
      index++;
      continue;
    }
    if ((first & 0xe0) === 0xc0) {
      if (first <= 0xc1) return false;
      length = 2;
      codePoint = first & 0x1f;
    } else if ((first & 0xf0) === 0xe0) {
      length = 3;
      codePoint = first & 0x0f;
    } else if ((first & 0xf8) === 0xf0) {
      if (first > 0xf4) return false;
      length = 4;
      codePoint = first & 0x07;
    } else return false;
    if (index + length > end) return false;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]!;
      if ((byte & 0xc0) !== 0x80) return false;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    if (length === 3 && codePoint < 0x800) return false;
    if (length === 4 && codePoint < 0x10000) return false;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
    if (codePoint > 0x10ffff) return false;
    index += length;
  }
  return true;
}

/** Rank lookups over a table in the binary layout above. */
export class BpeTable {
  private readonly descriptors: Uint8Array;
  private readonly bytes: Uint8Array;
  private readonly offsets: Uint32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Reads a table written by `encodeBpeTable` (throws on a file of another format). */
  constructor(table: Uint8Array) {
    if (table.length < headerBytes || magic.some((byte, index) => table[index] !== byte))
      throw new FixfirstError('INTERNAL', 'not a fixfirst BPE table');
    const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
    const count = view.getUint32(4, true);
    const capacity = view.getUint32(8, true);
    const descriptorsAt = headerBytes + capacity * 4;
    if (littleEndian && (table.byteOffset + headerBytes) % 4 === 0)
      this.slots = new Int32Array(table.buffer, table.byteOffset + headerBytes, capacity);
    else {
      this.slots = new Int32Array(capacity);
      for (let slot = 0; slot < capacity; slot++)
        this.slots[slot] = view.getInt32(headerBytes + slot * 4, true);
    }
    this.mask = capacity - 1;
    const descriptors = table.subarray(descriptorsAt, descriptorsAt + count);
    const offsets = new Uint32Array(count + 1);
    for (let rank = 0; rank < count; rank++)
      offsets[rank + 1] = offsets[rank]! + (descriptors[rank]! & 0x7f) + 1;
    this.descriptors = descriptors;
    this.offsets = offsets;
    this.bytes = table.subarray(descriptorsAt + count);
    if (offsets[count] !== this.bytes.length) throw new FixfirstError('INTERNAL', 'truncated BPE table');
  }

  /** Number of ranks. */
  get size(): number {
    return this.descriptors.length;
  }

  private find(key: Uint8Array, start: number, end: number, raw: boolean): number {
    const length = end - start;
    const kind = raw ? rawFlag : 0;
    let slot = hashBytes(key, start, end) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return noRank;
      const rank = entry - 1;
      const descriptor = this.descriptors[rank]!;
      if ((descriptor & 0x7f) + 1 === length && (descriptor & rawFlag) === kind) {
        const offset = this.offsets[rank]!;
        let same = true;
        for (let index = 0; index < length; index++) {
          if (this.bytes[offset + index] !== key[start + index]) {
            same = false;
            break;
          }
        }
        if (same) return rank;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Rank of a whole pre-tokenized piece (gpt-tokenizer looks the piece's string up among the
   * ranks stored as strings): key[start, end) holds the piece's UTF-8 bytes.
   */
  pieceRank(key: Uint8Array, start: number, end: number): number {
    return this.find(key, start, end, false);
  }

  /**
   * Rank of a byte sequence during merging, as gpt-tokenizer's `getBpeRankFromBytes` finds it:
   * valid UTF-8 is decoded (which drops one leading byte-order mark) and looked up among the
   * string ranks; anything else among the raw-byte ranks.
   */
  mergeRank(key: Uint8Array, start: number, end: number): number {
    if (!isValidUtf8(key, start, end)) return this.find(key, start, end, true);
    let from = start;
    if (
      end - start >= 3 &&
      key[start] === byteOrderMark[0] &&
      key[start + 1] === byteOrderMark[1] &&
      key[start + 2] === byteOrderMark[2]
    )
      from += 3;
    return from === end ? noRank : this.find(key, from, end, false);
  }
}
