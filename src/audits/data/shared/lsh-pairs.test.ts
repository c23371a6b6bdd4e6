import { describe, expect, it } from 'vitest';
import { GrowableUint32 } from './growable.js';
import { candidatePairs } from './lsh-pairs.js';

describe('candidatePairs', () => {
  it('pairs each later row with the first row sharing a band key (a star per run)', () => {
    const rows = new GrowableUint32(2);
    const band0 = new GrowableUint32(2);
    const band1 = new GrowableUint32(2);
    const data: [number, number, number][] = [
      [1, 0xdeadbeef, 1],
      [2, 5, 2],
      [3, 0xdeadbeef, 3],
      [4, 0xdeadbeef, 2],
      [5, 7, 9],
    ];
    for (const [row, key0, key1] of data) {
      rows.push(row);
      band0.push(key0);
      band1.push(key1);
    }
    const pairs = candidatePairs([band0, band1], rows);
    expect(Object.fromEntries([...pairs].map(([later, earlier]) => [later, [...earlier].sort()]))).toEqual({
      3: [1],
      4: [1, 2],
    });
  });
});
