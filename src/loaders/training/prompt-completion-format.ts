import type { RowProblem } from '../../core/data-audit.js';
import { describeValue, promptTargetExample, type RecordFormat } from './record-format.js';

/** Legacy completion fine-tuning: `{"prompt", "completion"}`. */
export const promptCompletionFormat: RecordFormat = {
  id: 'prompt_completion',
  fields: 'prompt, completion',
  matches: (record) => 'prompt' in record && 'completion' in record,
  normalise(record, row) {
    const problems: RowProblem[] = [];
    for (const field of ['prompt', 'completion'] as const) {
      const value = record[field];
      if (typeof value !== 'string') {
        problems.push({
          kind: value === undefined || value === null ? `missing_${field}` : 'wrong_type',
          detail: `"${field}" is ${describeValue(value)}, not text`,
        });
      }
    }
    if (problems.length > 0) return problems;
    if ((record.prompt as string).trim() === '')
      return [{ kind: 'missing_prompt', detail: '"prompt" is empty' }];
    return promptTargetExample(
      'prompt_completion',
      row,
      record.prompt as string,
      record.completion as string,
    );
  },
};
