import { describe, expect, it } from 'vitest';
import { documentHash } from '../../core/retrieval.js';
import { seededRandom } from '../../stats/random.js';
import {
  inPoolUnjudged,
  judgeRanking,
  notInQrels,
  rankByScore,
  rankDocuments,
  relevantInTop,
} from './judged-ranking.js';

const ranked = (docIds: string[], scores: number[]) =>
  Array.from(rankByScore({ docIds, scores }), (index) => docIds[index]);

describe('rankByScore', () => {
  it('orders by score, highest first, whatever the file order', () => {
    expect(ranked(['a', 'b', 'c'], [0.1, 0.9, 0.5])).toEqual(['b', 'c', 'a']);
  });
  it('breaks ties by docid descending, as trec_eval (strcmp(p2, p1))', () => {
    expect(ranked(['a', 'c', 'b'], [1, 1, 1])).toEqual(['c', 'b', 'a']);
    expect(ranked(['d10', 'd9', 'd2'], [2, 1, 1])).toEqual(['d10', 'd9', 'd2']);
    expect(ranked(['x', 'y', 'z', 'w'], [3, 1, 3, 1])).toEqual(['z', 'x', 'y', 'w']);
  });
  it('compares ids as strings, not numbers ("9" after "10")', () => {
    expect(ranked(['10', '9'], [1, 1])).toEqual(['9', '10']);
  });
  it('puts ties in docid order inside a run written by score, small and large tie groups alike', () => {
    expect(ranked(['a', 'b', 'c', 'd'], [2, 2, 1, 1])).toEqual(['b', 'a', 'd', 'c']);
    const ids = Array.from({ length: 100 }, (_, index) => `doc${String(index).padStart(3, '0')}`);
    expect(
      ranked(
        ids,
        ids.map(() => 1),
      ),
    ).toEqual([...ids].reverse());
  });
  it('agrees with a plain sort by (score desc, docid desc) on shuffled runs', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 50; trial++) {
      const count = 1 + Math.floor(random() * 60);
      const docIds = Array.from({ length: count }, (_, index) => `d${Math.floor(random() * 1000)}-${index}`);
      const scores = docIds.map(() => Math.floor(random() * 5));
      if (trial % 2 === 0) scores.sort((left, right) => right - left);
      const expected = docIds
        .map((id, index) => ({ id, score: scores[index]! }))
        .sort(
          (left, right) => right.score - left.score || (left.id < right.id ? 1 : left.id > right.id ? -1 : 0),
        )
        .map((entry) => entry.id);
      expect(ranked(docIds, scores)).toEqual(expected);
      expect(rankDocuments({ docIds, scores }).docIds).toEqual(expected);
    }
  });
  it('handles negative scores and an empty list', () => {
    expect(ranked(['a', 'b'], [-2, -1])).toEqual(['b', 'a']);
    expect(ranked([], [])).toEqual([]);
  });
});

describe('judgeRanking', () => {
  const judgments = new Map([
    ['r2', 2],
    ['r1', 1],
    ['n', 0],
    ['u', -1],
  ]);
  it('marks each ranked document with its grade, unjudged or not-in-qrels', () => {
    const ranking = judgeRanking(['r1', 'x', 'u', 'n', 'r2'], judgments, 1);
    expect(Array.from(ranking.relevance)).toEqual([1, notInQrels, inPoolUnjudged, 0, 2]);
    expect(ranking).toMatchObject({ numRet: 5, numRel: 2, numRelRet: 2, relLevels: [1, 1, 1] });
  });
  it('applies the relevance level (trec_eval -l) to R and to relevant-retrieved', () => {
    const ranking = judgeRanking(['r1', 'r2'], judgments, 2);
    expect(ranking).toMatchObject({ numRel: 1, numRelRet: 1 });
    expect(relevantInTop(ranking, 1)).toBe(0);
    expect(relevantInTop(ranking, 10)).toBe(1);
  });
  it("gives the same judgments with the loader's hashes, even when an unjudged id shares a judged hash", () => {
    const ids = ['r1', 'x', 'u', 'n', 'r2'];
    const hashes = ids.map(documentHash);
    expect(judgeRanking(ids, judgments, 1, hashes)).toEqual(judgeRanking(ids, judgments, 1));
    // 'x' given the hash of 'r1': the table says "maybe judged", the map says no.
    const colliding = [...hashes];
    colliding[1] = documentHash('r1');
    expect(Array.from(judgeRanking(ids, judgments, 1, colliding).relevance)).toEqual([
      1,
      notInQrels,
      inPoolUnjudged,
      0,
      2,
    ]);
    // A pool larger than the table's starting size.
    const random = seededRandom(3);
    const pool = new Map(
      Array.from({ length: 300 }, (_, index) => [`d${index}`, Math.floor(random() * 3) - 1]),
    );
    const run = Array.from({ length: 1000 }, (_, index) => `d${index * 3}`);
    expect(judgeRanking(run, pool, 1, run.map(documentHash))).toEqual(judgeRanking(run, pool, 1));
  });
});
