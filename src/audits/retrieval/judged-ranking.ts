/**
 * The shapes trec_eval works on, and the two steps that turn a run into something measures can read:
 * rank a query's documents (score descending, ties by docid descending — the rank column is ignored),
 * then look each ranked document up in the judgments.
 */

import { documentHash, type QueryRun } from '../../core/retrieval.js';

/** Relevance value of a retrieved document that is not in the qrels at all (trec_eval RELVALUE_NONPOOL). */
export const notInQrels = -1;
/** Relevance value of a retrieved document judged with a negative grade (trec_eval RELVALUE_UNJUDGED). */
export const inPoolUnjudged = -2;

/** One query's ranking with each document's relevance, and the counts every measure needs. */
export interface JudgedRanking {
  /** Grade of the document at each rank (index 0 = rank 1); `notInQrels` or `inPoolUnjudged` when not judged. */
  relevance: Int32Array;
  /** Relevant documents among the first i ranks, for i = 0..numRet (so cutoff measures are O(1)). */
  relevantAt: Int32Array;
  /** Documents retrieved. */
  numRet: number;
  /** Judged documents with grade ≥ the relevance level (R). */
  numRel: number;
  /** Retrieved documents with grade ≥ the relevance level. */
  numRelRet: number;
  /** How many judged documents (grade ≥ 0) the query has at each grade 0..max. */
  relLevels: number[];
  /** Minimum grade that counts as relevant (trec_eval -l). */
  level: number;
}

/**
 * Order of a query's documents as trec_eval ranks them: score descending, ties broken by docid
 * descending (strcmp order; for ASCII ids JavaScript's code-unit order is the same). Returns the
 * indices into `run.docIds` in rank order. Runs are usually written by score already: then only each
 * group of tied scores is put in docid order (insertion sort: nothing moves when it already is).
 */
export function rankByScore(run: QueryRun): Uint32Array {
  const { docIds, scores } = run;
  const count = docIds.length;
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  let scoreOrdered = true;
  for (let index = 1; index < count && scoreOrdered; index++)
    scoreOrdered = scores[index]! <= scores[index - 1]!;
  if (!scoreOrdered) {
    return order.sort((left, right) => {
      const difference = scores[right]! - scores[left]!;
      if (difference !== 0) return difference;
      const a = docIds[left]!;
      const b = docIds[right]!;
      return a < b ? 1 : a > b ? -1 : 0;
    });
  }
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && scores[end] === scores[start]) end++;
    if (end - start > 32) {
      // A large tie (e.g. a run with one score for all): sort it rather than insert one by one.
      order.subarray(start, end).sort((left, right) => {
        const a = docIds[left]!;
        const b = docIds[right]!;
        return a < b ? 1 : a > b ? -1 : 0;
      });
      start = end;
      continue;
    }
    for (let index = start + 1; index < end; index++) {
      const moving = order[index]!;
      const id = docIds[moving]!;
      let position = index;
      while (position > start && docIds[order[position - 1]!]! < id) {
        order[position] = order[position - 1]!;
        position--;
      }
      order[position] = moving;
    }
    start = end;
  }
  return order;
}

/** A query's document ids in trec_eval's rank order, with their hashes when the run has them. */
export interface RankedDocuments {
  docIds: readonly string[];
  /** `documentHash` of each id, in the same order; undefined when the run came without them. */
  hashes: readonly number[] | undefined;
}

/** A query's documents in trec_eval's rank order (the run's own arrays when it is already in order). */
export function rankDocuments(run: QueryRun): RankedDocuments {
  const order = rankByScore(run);
  let identity = true;
  for (let index = 0; index < order.length && identity; index++) identity = order[index] === index;
  if (identity) return { docIds: run.docIds, hashes: run.hashes };
  const docIds = new Array<string>(order.length);
  for (let index = 0; index < order.length; index++) docIds[index] = run.docIds[order[index]!]!;
  const given = run.hashes;
  if (given === undefined) return { docIds, hashes: undefined };
  const hashes = new Array<number>(order.length);
  for (let index = 0; index < order.length; index++) hashes[index] = given[order[index]!]!;
  return { docIds, hashes };
}

/**
 * Hashes of a query's judged documents in an open-addressing table: a ranked document whose hash is
 * not there is certainly not judged, which spares most map look-ups (a run ranks far more documents
 * than the qrels judge). A hash collision only costs the look-up it would have made anyway.
 */
function judgedHashes(judgments: ReadonlyMap<string, number>): (hash: number) => boolean {
  let capacity = 16;
  while (capacity < judgments.size * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity);
  const used = new Uint8Array(capacity);
  for (const id of judgments.keys()) {
    const hash = documentHash(id);
    let slot = hash & mask;
    while (used[slot] === 1 && slots[slot] !== hash) slot = (slot + 1) & mask;
    slots[slot] = hash;
    used[slot] = 1;
  }
  return (hash) => {
    let slot = hash & mask;
    while (used[slot] === 1) {
      if (slots[slot] === hash) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  };
}

/**
 * Looks up each ranked document in one query's judgments (trec_eval form_res_rels): grade if judged,
 * `inPoolUnjudged` for a negative grade, `notInQrels` when absent. `rankedDocIds` must already be in
 * rank order and free of duplicates (the run loader reports and drops duplicates); `hashes`, when
 * given, are their `documentHash`es in the same order.
 */
export function judgeRanking(
  rankedDocIds: readonly string[],
  judgments: ReadonlyMap<string, number>,
  level: number,
  hashes?: readonly number[],
): JudgedRanking {
  const relevance = new Int32Array(rankedDocIds.length);
  const relevantAt = new Int32Array(rankedDocIds.length + 1);
  const mayBeJudged = hashes === undefined ? undefined : judgedHashes(judgments);
  let numRelRet = 0;
  for (let index = 0; index < rankedDocIds.length; index++) {
    const grade =
      mayBeJudged !== undefined && !mayBeJudged(hashes![index]!)
        ? undefined
        : judgments.get(rankedDocIds[index]!);
    const value = grade === undefined ? notInQrels : grade < 0 ? inPoolUnjudged : grade;
    relevance[index] = value;
    if (value >= level) numRelRet++;
    relevantAt[index + 1] = numRelRet;
  }
  const relLevels: number[] = [];
  let numRel = 0;
  for (const grade of judgments.values()) {
    if (grade < 0) continue;
    while (relLevels.length <= grade) relLevels.push(0);
    relLevels[grade]!++;
    if (grade >= level) numRel++;
  }
  return { relevance, relevantAt, numRet: rankedDocIds.length, numRel, numRelRet, relLevels, level };
}

/** Relevant documents among the first `cutoff` ranks. */
export function relevantInTop(ranking: JudgedRanking, cutoff: number): number {
  return ranking.relevantAt[Math.min(cutoff, ranking.numRet)]!;
}
