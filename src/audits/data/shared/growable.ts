/** A Uint32Array that grows as values are pushed (per-row state when the row count is not known yet). */
export class GrowableUint32 {
  private data: Uint32Array;
  length = 0;

  constructor(initial = 1024) {
    this.data = new Uint32Array(initial);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  /** A view of the values pushed so far. */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A Float64Array that grows as values are pushed. */
export class GrowableFloat64 {
  private data: Float64Array;
  length = 0;

  constructor(initial = 1024) {
    this.data = new Float64Array(initial);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}
