import { describe, expect, it } from 'vitest';
import { seededRandom } from '../stats/random.js';
import { searchSplit, shuffledIndices } from './item-order.js';

describe('item order', () => {
  it('is a reproducible permutation', () => {
    const first = shuffledIndices(50, seededRandom(3));
    expect(shuffledIndices(50, seededRandom(3))).toEqual(first);
    expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect(shuffledIndices(50, seededRandom(4))).not.toEqual(first);
  });
  it('splits off a third for search, between 10 and 50 items, leaving a disjoint held-out part', () => {
    const order = Array.from({ length: 300 }, (_, index) => index);
    expect(searchSplit(order).search).toHaveLength(50);
    expect(searchSplit(order.slice(0, 60)).search).toHaveLength(20);
    expect(searchSplit(order.slice(0, 24)).search).toHaveLength(10);
    expect(searchSplit(order.slice(0, 8)).search).toHaveLength(4);
    const { search, heldOut } = searchSplit(order.slice(0, 90));
    expect(search.length + heldOut.length).toBe(90);
    expect(search.some((index) => heldOut.includes(index))).toBe(false);
  });
});
