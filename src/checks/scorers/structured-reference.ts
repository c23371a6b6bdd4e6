import type { JsonValue } from '../../core/json.js';

/**
 * The reference as a JSON object or array when it is one, or a string holding one (CSV cells and
 * JSONL rows often carry JSON as text); undefined for plain text, numbers and the like.
 */
export function structuredReference(
  reference: JsonValue | undefined,
): JsonValue[] | { [key: string]: JsonValue } | undefined {
  if (typeof reference === 'object' && reference !== null) return reference;
  if (typeof reference !== 'string') return undefined;
  const trimmed = reference.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    const parsed = JSON.parse(trimmed) as JsonValue;
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}
