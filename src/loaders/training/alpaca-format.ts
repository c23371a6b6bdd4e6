import type { RowProblem } from '../../core/data-audit.js';
import { describeValue, promptTargetExample, type RecordFormat } from './record-format.js';

/** Field names Alpaca-style sets use (Dolly writes `context` and `response`). */
const inputFields = ['input', 'context'] as const;
const outputFields = ['output', 'response'] as const;

/**
 * Alpaca: `{"instruction", "input"?, "output"}` (Dolly's `context` / `response` accepted). The
 * prompt is the instruction, then the input after a blank line, as Alpaca's template joins them.
 */
export const alpacaFormat: RecordFormat = {
  id: 'alpaca',
  fields: 'instruction, input, output',
  matches: (record) => 'instruction' in record && outputFields.some((field) => field in record),
  normalise(record, row) {
    const problems: RowProblem[] = [];
    const instruction = record.instruction;
    if (typeof instruction !== 'string') {
      problems.push({
        kind: instruction === undefined || instruction === null ? 'missing_instruction' : 'wrong_type',
        detail: `"instruction" is ${describeValue(instruction)}, not text`,
      });
    } else if (instruction.trim() === '') {
      problems.push({ kind: 'missing_instruction', detail: '"instruction" is empty' });
    }
    const inputField = inputFields.find((field) => field in record);
    const input = inputField === undefined ? '' : record[inputField];
    if (input !== null && typeof input !== 'string') {
      problems.push({ kind: 'wrong_type', detail: `"${inputField}" is ${describeValue(input)}, not text` });
    }
    const outputField = outputFields.find((field) => field in record);
    const output = outputField === undefined ? undefined : record[outputField];
    if (typeof output !== 'string') {
      problems.push({
        kind: output === undefined || output === null ? 'missing_output' : 'wrong_type',
        detail: `"${outputField ?? 'output'}" is ${describeValue(output)}, not text`,
      });
    }
    if (problems.length > 0) return problems;
    const inputText = typeof input === 'string' ? input : '';
    const prompt =
      inputText.trim() === '' ? (instruction as string) : `${instruction as string}\n\n${inputText}`;
    return promptTargetExample('alpaca', row, prompt, output as string);
  },
};
