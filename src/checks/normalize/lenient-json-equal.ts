import { isJsonObject, type JsonValue } from '../../core/json.js';
import { parseNumberLiteral } from './extract-number.js';
import { findKey } from './fold-key.js';
import { foldText } from './fold-text.js';
import type { SynonymTable } from './synonym-table.js';

/** Options of lenientJsonEqual. */
export interface LenientJsonOptions {
  /** Declared value synonyms, built with foldText as their fold function. */
  synonyms?: SynonymTable;
}

function scalarText(value: JsonValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

function lenientScalarEqual(expected: JsonValue, actual: JsonValue, options: LenientJsonOptions): boolean {
  if (typeof expected === 'number' || typeof actual === 'number') {
    const expectedNumber = typeof expected === 'string' ? parseNumberLiteral(expected) : expected;
    const actualNumber = typeof actual === 'string' ? parseNumberLiteral(actual) : actual;
    return typeof expectedNumber === 'number' && expectedNumber === actualNumber;
  }
  const expectedText = scalarText(expected);
  const actualText = scalarText(actual);
  if (expectedText === undefined || actualText === undefined) return false;
  if (typeof expected === 'string' && typeof actual === 'string') {
    const expectedNumber = parseNumberLiteral(expected);
    if (expectedNumber !== undefined && expectedNumber === parseNumberLiteral(actual)) return true;
  }
  const fold = options.synonyms ? (text: string) => options.synonyms!.canonical(text) : foldText;
  return fold(expectedText) === fold(actualText);
}

/**
 * Equality of JSON values up to surface differences: keys matched case- and style-insensitively
 * (`Priority_Level` = `priorityLevel`), strings compared after foldText and declared synonyms,
 * numbers equal to numeric strings (`3` = `"3"`), booleans and null equal to their names
 * (`true` = `"True"`). Arrays keep their order and objects must have the same keys: a missing or
 * extra field, or a different value, is never forgiven.
 */
export function lenientJsonEqual(
  expected: JsonValue | undefined,
  actual: JsonValue | undefined,
  options: LenientJsonOptions = {},
): boolean {
  if (expected === undefined || actual === undefined) return expected === actual;
  if (expected === actual) return true;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    for (let index = 0; index < expected.length; index++) {
      if (!lenientJsonEqual(expected[index], actual[index], options)) return false;
    }
    return true;
  }
  if (isJsonObject(expected)) {
    if (!isJsonObject(actual)) return false;
    const expectedKeys = Object.keys(expected);
    if (expectedKeys.length !== Object.keys(actual).length) return false;
    for (const key of expectedKeys) {
      const actualKey = findKey(actual, key);
      if (actualKey === undefined || !lenientJsonEqual(expected[key], actual[actualKey], options))
        return false;
    }
    return true;
  }
  if (Array.isArray(actual) || isJsonObject(actual)) return false;
  return lenientScalarEqual(expected, actual, options);
}
