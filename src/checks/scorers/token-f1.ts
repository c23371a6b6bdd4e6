import { z } from 'zod';
import type { JsonValue } from '../../core/json.js';
import { defineScorer } from '../../core/scorer.js';
import { stripSurfaceNoise } from '../normalize/strip-surface-noise.js';
import { correctOutcome, wrongOutcome } from './outcome.js';

const params = z.strictObject({
  threshold: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe('An item counts as correct when its F1 is at least this (the F1 itself is the item score).'),
});

// SQuAD removes Python's string.punctuation (ASCII punctuation and symbols); \p{P} adds the
// non-ASCII punctuation (curly quotes, dashes, CJK marks) that a Unicode-aware port should drop too.
const punctuation = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]|\p{P}/gu;
// Python 3's \b is Unicode-aware; JavaScript's is not, so the boundary is spelled out.
const articles = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/**
 * SQuAD's normalize_answer (Rajpurkar et al. 2016, evaluate-v2.0.py): lower case, remove
 * punctuation, remove the articles a/an/the, collapse whitespace; then split into tokens.
 */
export function squadTokens(text: string): string[] {
  const normalized = text.toLowerCase().replace(punctuation, '').replace(articles, ' ');
  return normalized.split(/\s+/).filter((token) => token !== '');
}

/** Whitespace tokens of the raw text, for strict mode. */
function rawTokens(text: string): string[] {
  return text.split(/\s+/).filter((token) => token !== '');
}

/**
 * Token-overlap F1 of two token lists (bag of tokens). As SQuAD 2.0: when either side is empty, 1 if
 * both are, else 0.
 */
export function tokenF1(predicted: readonly string[], gold: readonly string[]): number {
  if (predicted.length === 0 || gold.length === 0) return predicted.length === gold.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of gold) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

function referenceTexts(reference: JsonValue | undefined): string[] | undefined {
  if (typeof reference === 'string') return [reference];
  if (
    Array.isArray(reference) &&
    reference.length > 0 &&
    reference.every((text) => typeof text === 'string')
  ) {
    return reference as string[];
  }
  return undefined;
}

function bestF1(
  tokens: string[],
  references: readonly string[],
  tokenize: (text: string) => string[],
): number {
  let best = 0;
  for (const reference of references) best = Math.max(best, tokenF1(tokens, tokenize(reference)));
  return best;
}

/** SQuAD-style token-overlap F1 against the reference (the best of several). */
export const tokenF1Scorer = defineScorer({
  id: 'token-f1',
  summary: 'Token-overlap F1 with the reference (SQuAD), the best over an array of references.',
  strict: 'Tokens are the raw output split on whitespace; correct when F1 reaches the threshold.',
  lenient:
    'Fences, emphasis and answer prefix removed, then SQuAD normalisation (lower case, no punctuation, no a/an/the).',
  whenToUse:
    'Short free-text answers (extractive QA, names, short phrases) where partial overlap deserves partial credit.',
  whenNotToUse:
    'Labels or exact codes (use label or exact); long generated text where wording varies freely (overlap says little; judge in live mode).',
  requiresReference: true,
  params,
  checkReference(reference) {
    return referenceTexts(reference) === undefined
      ? {
          problem: 'the reference must be a text or a non-empty array of texts',
          hint: 'write the expected answer, or several acceptable answers as an array',
        }
      : undefined;
  },
  score(output, reference, options, context) {
    const references = referenceTexts(reference) ?? [];
    let f1 = bestF1(rawTokens(output), references, rawTokens);
    if (context.mode === 'lenient' && f1 < 1) {
      f1 = Math.max(f1, bestF1(squadTokens(stripSurfaceNoise(output)), references, squadTokens));
    }
    if (f1 >= options.threshold) return f1 === 1 ? correctOutcome : { correct: true, score: f1 };
    return { ...wrongOutcome(`F1 ${f1.toFixed(2)} below the threshold ${options.threshold}`), score: f1 };
  },
});
