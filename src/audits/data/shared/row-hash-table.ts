/**
 * An open-addressing hash table from a 64-bit key (two 32-bit hashes) to a 32-bit value, on typed
 * arrays: about 24 bytes per entry, against 60+ for a Map with number keys. Used for exact
 * duplicates and prompt groups over millions of rows.
 */
export class RowHashTable {
  private high: Uint32Array;
  private low: Uint32Array;
  private values: Uint32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 1 << 12) {
    let capacity = 1;
    while (capacity < initialCapacity) capacity <<= 1;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.values = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value stored for the key, or -1. */
  get(high: number, low: number): number {
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.used[slot] === 1) {
      if (this.high[slot] === high >>> 0 && this.low[slot] === low >>> 0) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** Stores `value` unless the key is present; returns the value already stored, or -1 when inserted. */
  getOrInsert(high: number, low: number, value: number): number {
    if ((this.size + 1) * 2 > this.used.length) this.grow();
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.used[slot] === 1) {
      if (this.high[slot] === high >>> 0 && this.low[slot] === low >>> 0) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.high[slot] = high;
    this.low[slot] = low;
    this.values[slot] = value;
    this.size++;
    return -1;
  }

  private grow(): void {
    const { high, low, values, used } = this;
    const capacity = used.length * 2;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.values = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let slot = 0; slot < used.length; slot++) {
      if (used[slot] === 1) this.getOrInsert(high[slot]!, low[slot]!, values[slot]!);
    }
  }
}
