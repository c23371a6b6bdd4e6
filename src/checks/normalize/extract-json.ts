import type { JsonValue } from '../../core/json.js';

/** A JSON value found in text, with where it was. */
export interface ExtractedJson {
  value: JsonValue;
  /** Index of its first character in the text. */
  start: number;
  /** Index just past its last character. */
  end: number;
}

/** What to look for: an object, an array, or either. */
export type JsonKind = 'object' | 'array' | 'any';

/** Candidates tried before giving up, so a long reply full of stray brackets stays linear-ish. */
const maxCandidates = 64;

/**
 * The end (exclusive) of the balanced `{…}` or `[…]` starting at `start`, skipping brackets inside
 * JSON strings; -1 when the brackets do not balance.
 */
function balancedEnd(text: string, start: number, stop = text.length): number {
  const closers: string[] = [];
  let inString = false;
  for (let index = start; index < stop; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
      continue;
    }
    if (character === '"') inString = true;
    else if (character === '{') closers.push('}');
    else if (character === '[') closers.push(']');
    else if (character === '}' || character === ']') {
      if (closers.pop() !== character) return -1;
      if (closers.length === 0) return index + 1;
    }
  }
  return -1;
}

function parse(text: string): { ok: true; value: JsonValue } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false };
  }
}

function kindOf(value: JsonValue): JsonKind | undefined {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' && value !== null ? 'object' : undefined;
}

/**
 * Finds the first JSON object or array in text with prose around it ("Sure! Here is the result:
 * {…} Let me know…"): the first balanced, string-aware `{…}`/`[…]` that JSON.parse accepts. With
 * `kind: 'object'`, an array found first is skipped whole (its inner objects are not picked out of
 * it), so `[{"a":1},{"a":2}]` never passes for an object. Code fences need no stripping first.
 */
export function extractJson(text: string, kind: JsonKind = 'any'): ExtractedJson | undefined {
  const trimmed = text.trim();
  const first = trimmed[0];
  if (first === '{' || first === '[') {
    const whole = parse(trimmed);
    if (whole.ok) {
      const found = kindOf(whole.value);
      if (kind === 'any' || found === kind) {
        const start = text.indexOf(first);
        return { value: whole.value, start, end: start + trimmed.length };
      }
      if (found !== undefined) return undefined;
    }
  }
  let tried = 0;
  let index = 0;
  while (index < text.length && tried < maxCandidates) {
    const nextObject = text.indexOf('{', index);
    const nextArray = text.indexOf('[', index);
    const start = nextObject < 0 ? nextArray : nextArray < 0 ? nextObject : Math.min(nextObject, nextArray);
    if (start < 0) return undefined;
    tried++;
    const end = balancedEnd(text, start);
    if (end > 0) {
      const candidate = parse(text.slice(start, end));
      if (candidate.ok) {
        const found = kindOf(candidate.value);
        if (kind === 'any' || found === kind) return { value: candidate.value, start, end };
        index = end;
        continue;
      }
    }
    index = start + 1;
  }
  return undefined;
}

/** Characters scanned in all before giving up, so a long reply full of stray brackets stays fast. */
const scanBudget = 4_000_000;

/**
 * Every JSON object or array in text, left to right, none inside another: each `{` (and, unless
 * `kind` is 'object', `[`; unless 'array', `{`) starts a balanced, string-aware candidate that
 * JSON.parse must accept; once one parses, the search goes on after it. With `kind: 'object'`, the
 * objects inside an array are found one by one (`[{"a":1},{"a":2}]` holds two objects), as
 * promptfoo's contains-json reads it. The scan stops after `scanBudget` characters in all (a
 * pathological reply such as 50,000 unclosed brackets would otherwise take quadratic time).
 */
export function extractJsonValues(text: string, kind: JsonKind = 'any'): ExtractedJson[] {
  const found: ExtractedJson[] = [];
  const opensObject = kind !== 'array';
  const opensArray = kind !== 'object';
  let budget = scanBudget;
  let index = 0;
  while (index < text.length && budget > 0) {
    const nextObject = opensObject ? text.indexOf('{', index) : -1;
    const nextArray = opensArray ? text.indexOf('[', index) : -1;
    const start = nextObject < 0 ? nextArray : nextArray < 0 ? nextObject : Math.min(nextObject, nextArray);
    if (start < 0) break;
    const stop = Math.min(text.length, start + budget);
    const end = balancedEnd(text, start, stop);
    budget -= (end > 0 ? end : stop) - start;
    if (end > 0) {
      const candidate = parse(text.slice(start, end));
      if (candidate.ok) {
        found.push({ value: candidate.value, start, end });
        index = end;
        continue;
      }
    }
    index = start + 1;
  }
  return found;
}
