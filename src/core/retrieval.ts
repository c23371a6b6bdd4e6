/** Retrieval data as loaded from qrels and TREC run files (the shapes trec_eval works on). */

/** Relevance judgments: query id → document id → grade (`qid 0 docid rel`). Negative grades mean "in the pool, not judged". */
export type Qrels = Map<string, Map<string, number>>;

/** One query's retrieved documents, in file order, with their scores. */
export interface QueryRun {
  docIds: string[];
  scores: number[];
}

/** A run: query id → retrieved documents. */
export type Run = Map<string, QueryRun>;
