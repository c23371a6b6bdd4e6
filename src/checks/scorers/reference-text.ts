import type { JsonValue } from '../../core/json.js';

/** A reference as text: strings as they are, anything else as compact JSON. */
export function referenceText(reference: JsonValue | undefined): string {
  if (reference === undefined) return '';
  return typeof reference === 'string' ? reference : JSON.stringify(reference);
}
