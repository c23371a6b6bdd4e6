import type { JsonObject } from '../../core/json.js';

/**
 * Folds a JSON key name so case and word-joining style do not matter: `Category`, `CATEGORY`,
 * `category`; `Priority_Level`, `priorityLevel`, `priority-level`, `priority level` all fold to
 * the same string (letters and digits only, lower case).
 */
export function foldKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The key of `object` that matches `key`: the exact key when present, else the first key whose
 * folded form equals the folded `key`; undefined when none does.
 */
export function findKey(object: JsonObject, key: string): string | undefined {
  if (Object.hasOwn(object, key)) return key;
  const folded = foldKey(key);
  for (const candidate of Object.keys(object)) {
    if (foldKey(candidate) === folded) return candidate;
  }
  return undefined;
}
