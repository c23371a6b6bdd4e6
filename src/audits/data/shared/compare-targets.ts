import type { AuditSettings } from '../../../core/config-audit.js';
import { isJsonObject } from '../../../core/json.js';
import { words } from './words.js';

/** How two targets of the same prompt compare. */
export interface TargetComparison {
  conflict: boolean;
  similarity: number;
  /** The JSON field whose label differs, when that decided it. */
  field?: string;
}

function labelLike(value: unknown, maxWords: number): value is string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  return typeof value === 'string' && value.length <= 60 && words(value).length <= maxWords;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether two targets of one prompt contradict each other: JSON objects conflict when a label-like
 * field (a short string, number or boolean) differs; short label targets conflict when they differ;
 * free text conflicts when the word-set Jaccard is below `maxSimilarity` (above it, a paraphrase).
 */
export function compareTargets(
  a: string,
  b: string,
  maxSimilarity: number,
  maxLabelWords: number,
): TargetComparison {
  const objectA = parseObject(a);
  const objectB = parseObject(b);
  if (objectA !== undefined && objectB !== undefined) {
    for (const [key, value] of Object.entries(objectA)) {
      if (!(key in objectB)) continue;
      const other = objectB[key];
      if (labelLike(value, maxLabelWords) && labelLike(other, maxLabelWords)) {
        const left = typeof value === 'string' ? value.trim().toLowerCase() : value;
        const right = typeof other === 'string' ? other.trim().toLowerCase() : other;
        if (left !== right) return { conflict: true, similarity: 0, field: key };
      }
    }
    return { conflict: false, similarity: 1 };
  }
  const wordsA = words(a);
  const wordsB = words(b);
  if (wordsA.length <= maxLabelWords && wordsB.length <= maxLabelWords) {
    const same = wordsA.join(' ') === wordsB.join(' ');
    return { conflict: !same, similarity: same ? 1 : 0 };
  }
  const setA = new Set(wordsA);
  const setB = new Set(wordsB);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  const similarity = shared / (setA.size + setB.size - shared || 1);
  return { conflict: similarity < maxSimilarity, similarity };
}

/**
 * `compareTargets` with the thresholds fixfirst.yaml sets (`conflicts.max_target_similarity`,
 * `class_balance.max_label_words`). One rule for both audits that use it: near_duplicates must leave
 * to conflicting_targets exactly the pairs that audit judges contradicting.
 */
export function configuredTargetComparison(
  settings: AuditSettings,
): (earlierTarget: string, laterTarget: string) => TargetComparison {
  const maxSimilarity = settings.conflicts.max_target_similarity;
  const maxLabelWords = settings.class_balance.max_label_words;
  return (earlierTarget, laterTarget) =>
    compareTargets(earlierTarget, laterTarget, maxSimilarity, maxLabelWords);
}
