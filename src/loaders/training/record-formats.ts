import type { TrainingFormat } from '../../core/data-audit.js';
import { alpacaFormat } from './alpaca-format.js';
import { chatFormat } from './chat-format.js';
import { promptCompletionFormat } from './prompt-completion-format.js';
import type { RecordFormat } from './record-format.js';
import { sharegptFormat } from './sharegpt-format.js';

/** Every record format, in the order detection prefers them on a tie. One line each. */
export const recordFormats: readonly RecordFormat[] = [
  chatFormat,
  sharegptFormat,
  alpacaFormat,
  promptCompletionFormat,
];

/** Looks a record format up by id. */
export function findRecordFormat(id: TrainingFormat): RecordFormat {
  return recordFormats.find((format) => format.id === id)!;
}
