import type { JsonValue } from '../../core/json.js';
import { extractJson } from '../normalize/extract-json.js';
import { lenientJsonEqual } from '../normalize/lenient-json-equal.js';
import { lenientTextEqual } from '../normalize/lenient-text-equal.js';
import { referenceText } from './reference-text.js';
import { structuredReference } from './structured-reference.js';

/**
 * The lenient comparison shared by `exact` and `normalized`: a JSON reference (or a string holding
 * JSON) matches the first JSON value of the same kind found in the output, keys and strings folded;
 * any reference also matches when the texts are equal after every normaliser.
 */
export function lenientAnswerEqual(output: string, reference: JsonValue | undefined): boolean {
  const structured = structuredReference(reference);
  if (structured !== undefined) {
    const found = extractJson(output, Array.isArray(structured) ? 'array' : 'object');
    if (found !== undefined && lenientJsonEqual(structured, found.value)) return true;
  }
  return lenientTextEqual(output, referenceText(reference));
}
