import type { RetrievalMeasure } from '../retrieval-measure.js';
import { bpref } from './bpref.js';
import { elevenPointAverage } from './eleven-point-average.js';
import { gmMap } from './gm-map.js';
import { iprecAtRecall } from './iprec-at-recall.js';
import { map } from './map.js';
import { mapCut } from './map-cut.js';
import { ndcg } from './ndcg.js';
import { ndcgCut } from './ndcg-cut.js';
import { numNonrelJudgedRet } from './num-nonrel-judged-ret.js';
import { numQ } from './num-q.js';
import { numRel } from './num-rel.js';
import { numRelRet } from './num-rel-ret.js';
import { numRet } from './num-ret.js';
import { precision } from './precision.js';
import { rPrec } from './r-prec.js';
import { rPrecMult } from './r-prec-mult.js';
import { recall } from './recall.js';
import { recipRank } from './recip-rank.js';
import { relativePrecision } from './relative-precision.js';
import { setF } from './set-f.js';
import { setMap } from './set-map.js';
import { setPrecision } from './set-precision.js';
import { setRecall } from './set-recall.js';
import { setRelativePrecision } from './set-relative-precision.js';
import { success } from './success.js';
import { unjudged } from './unjudged.js';

/** Every implemented trec_eval measure, in the order `trec_eval -a` prints them. One line each. */
export const retrievalMeasures: readonly RetrievalMeasure[] = [
  numQ,
  numRet,
  numRel,
  numRelRet,
  map,
  gmMap,
  rPrec,
  bpref,
  recipRank,
  iprecAtRecall,
  precision,
  recall,
  rPrecMult,
  elevenPointAverage,
  ndcg,
  ndcgCut,
  mapCut,
  relativePrecision,
  success,
  setPrecision,
  setRelativePrecision,
  setRecall,
  setMap,
  setF,
  numNonrelJudgedRet,
  unjudged,
];
