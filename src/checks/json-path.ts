import { isJsonObject, type JsonValue } from '../core/json.js';
import { findKey } from './normalize/fold-key.js';

/** A dotted field path, split once: `ticket.priority`, `items[0].name` or `items.0.name`. */
export interface JsonPath {
  /** The path as written. */
  readonly text: string;
  readonly segments: readonly string[];
}

/** What reading a path found. */
export type JsonPathValue = { found: true; value: JsonValue } | { found: false };

/**
 * Splits a dotted path (`a.b`, `a[0].b`, `a.0.b`) into segments; returns undefined when it has an
 * empty segment (`a..b`, `.a`, `a.`) or unbalanced brackets.
 */
export function compileJsonPath(text: string): JsonPath | undefined {
  const segments: string[] = [];
  for (const part of text.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (match === null) return undefined;
    const [, name, indexes] = match;
    if (name === '' && indexes === '') return undefined;
    if (name !== '') segments.push(name!);
    for (const index of indexes!.matchAll(/\[(\d+)\]/g)) segments.push(index[1]!);
  }
  return segments.length === 0 ? undefined : { text, segments };
}

/**
 * Reads a path in a JSON value. Numeric segments index arrays. With `foldKeys`, object keys are
 * matched case- and style-insensitively (see findKey).
 */
export function readJsonPath(value: JsonValue, path: JsonPath, foldKeys: boolean): JsonPathValue {
  let current: JsonValue = value;
  for (const segment of path.segments) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return { found: false };
      const item: JsonValue | undefined = current[Number(segment)];
      if (item === undefined) return { found: false };
      current = item;
    } else if (isJsonObject(current)) {
      const key = foldKeys
        ? findKey(current, segment)
        : Object.hasOwn(current, segment)
          ? segment
          : undefined;
      if (key === undefined) return { found: false };
      current = current[key]!;
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}
