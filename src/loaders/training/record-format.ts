import type { RowProblem, TrainingExample, TrainingFormat, TrainingMessage } from '../../core/data-audit.js';
import type { JsonObject } from '../../core/json.js';

/**
 * One record format of training sets (OpenAI chat, Alpaca, ShareGPT, prompt/completion). One format
 * = one file in src/loaders/training/ and one line in `recordFormats` (record-formats.ts).
 */
export interface RecordFormat {
  id: TrainingFormat;
  /** The fields that identify it, for messages (`messages[{role, content}]`). */
  readonly fields: string;
  /** True when the record carries this format's tell-tale fields (used to detect the file's format). */
  matches(record: JsonObject): boolean;
  /** Normalises a record to chat messages, or lists every reason it cannot be trained on. */
  normalise(record: JsonObject, row: number): TrainingExample | RowProblem[];
}

/** Index of the last trained assistant message, -1 when none. */
export function lastTrainedAssistant(messages: readonly TrainingMessage[]): number {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role === 'assistant' && message.trained) return index;
  }
  return -1;
}

/** A cell that may hold JSON text (CSV and some Parquet files store lists as JSON strings). */
export function maybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trimStart();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Builds a two-message example (user, assistant) from a prompt and a target. */
export function promptTargetExample(
  format: TrainingFormat,
  row: number,
  prompt: string,
  target: string,
): TrainingExample {
  return {
    row,
    format,
    messages: [
      { role: 'user', content: prompt, toolCalls: undefined, trained: false },
      { role: 'assistant', content: target, toolCalls: undefined, trained: true },
    ],
    targetIndex: 1,
    tools: undefined,
  };
}

/** `a string` / `a number` / `null`, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
