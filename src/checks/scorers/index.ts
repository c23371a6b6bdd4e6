import type { AnyScorer } from '../../core/scorer.js';
import { assertionsScorer } from './assertions.js';
import { containsScorer } from './contains.js';
import { customScorer } from './custom.js';
import { exactScorer } from './exact.js';
import { jsonFieldsScorer } from './json-fields.js';
import { labelScorer } from './label.js';
import { noneScorer } from './none.js';
import { normalizedScorer } from './normalized.js';
import { numberScorer } from './number.js';
import { regexScorer } from './regex.js';
import { tokenF1Scorer } from './token-f1.js';

/** Every built-in correctness scorer, one line each. The structure test keeps this list, the files and the docs in step. */
export const scorers: readonly AnyScorer[] = [
  exactScorer,
  normalizedScorer,
  labelScorer,
  jsonFieldsScorer,
  numberScorer,
  containsScorer,
  regexScorer,
  tokenF1Scorer,
  customScorer,
  noneScorer,
  assertionsScorer,
];
