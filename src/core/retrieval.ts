/** Retrieval data as loaded from qrels and TREC run files (the shapes trec_eval works on). */

/** Relevance judgments: query id → document id → grade (`qid 0 docid rel`). Negative grades mean "in the pool, not judged". */
export type Qrels = Map<string, Map<string, number>>;

/** One query's retrieved documents, in file order, with their scores. */
export interface QueryRun {
  docIds: string[];
  scores: number[];
  /**
   * `documentHash` of each of `docIds`, when the loader computed them while reading: judging a ranking
   * then looks up in the qrels only the documents whose hash a judged document shares.
   */
  hashes?: number[];
}

/** 32-bit FNV-1a hash of a document id's UTF-16 code units (the run loader computes the same while reading). */
export function documentHash(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let offset = 0; offset < id.length; offset++) hash = Math.imul(hash ^ id.charCodeAt(offset), 16777619);
  return hash;
}

/** A run: query id → retrieved documents. */
export type Run = Map<string, QueryRun>;
