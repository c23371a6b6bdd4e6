import type { DataAudit, RowRemoval } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { RowCollector, rowsText } from './shared/findings.js';

/** What each row-problem kind means, for the finding message. */
const kindText: Record<string, string> = {
  data_type: 'the record is not a JSON object',
  missing_messages_list: 'no "messages" list (or an empty one)',
  message_missing_key: 'a message has no "role" or no "content"',
  message_unrecognized_key: 'a message has a key the chat format does not know',
  unrecognized_role: 'a message has a role other than system, user, assistant, tool, function',
  missing_content: 'a message has no text content',
  example_missing_assistant_message: 'no assistant message to learn from',
  invalid_tool_call: 'a tool call is malformed (tool_calls[].function.{name, arguments} or tool_call_id)',
  invalid_weight: 'a message weight is not 0 or 1',
  not_json: 'the line is not valid JSON',
  not_utf8: 'the line is not valid UTF-8',
  line_too_long: 'the line is longer than audit.max_line_bytes and was skipped',
  ragged_row: 'the CSV row has a different number of cells than the header',
  bad_csv: 'the CSV record cannot be parsed',
  mixed_format: 'the row is in another record format than the rest of the file',
  unknown_format: 'the row is in no known training format',
  missing_instruction: 'no "instruction"',
  missing_output: 'no "output"',
  missing_prompt: 'no "prompt"',
  missing_completion: 'no "completion"',
  wrong_type: 'a field holds the wrong type',
  missing_conversations: 'no "conversations" list',
  turn_missing_key: 'a turn has no "from" or "value"',
  unrecognized_speaker: 'a turn is from an unknown speaker',
  empty_turn: 'a human turn is empty',
  first_turn_not_human: 'the conversation does not start with the human',
  turns_not_alternating: 'human and gpt turns do not alternate',
};

/**
 * Rows that cannot be trained on as they are: OpenAI's seven format error kinds (cookbook, data.md
 * §1.1, made tool-calling aware), ShareGPT's structure rules (FastChat), and what the loader found
 * (not JSON, not UTF-8, ragged CSV rows, mixed formats). One finding per kind.
 */
export const formatErrorsAudit: DataAudit = {
  id: 'format_errors',
  codes: ['format_error'],
  summary: 'Rows that are not valid training examples, by kind (OpenAI cookbook kinds, tool-calling aware).',
  source: 'data.md §1.1 (OpenAI cookbook Chat_finetuning_data_prep), §11 items 1-3 (FastChat)',
  start() {
    const byKind = new Map<string, RowCollector>();
    const removals: RowRemoval[] = [];
    return {
      observe(row) {
        if (row.problems.length === 0) return;
        for (const problem of row.problems) {
          let collector = byKind.get(problem.kind);
          if (collector === undefined) {
            collector = new RowCollector();
            byKind.set(problem.kind, collector);
          }
          collector.add(row.row, problem.detail);
        }
        removals.push({
          row: row.row,
          code: 'format_error',
          detail: row.problems.map((problem) => problem.kind).join(', '),
        });
      },
      finish() {
        const findings: Finding[] = [];
        for (const [kind, collector] of byKind) {
          findings.push(
            ...collector.finding(
              'format_error',
              'warning',
              `${rowsText(collector.count)}: ${kindText[kind] ?? kind}`,
              { kind },
            ),
          );
        }
        return { findings, removals, affected: { format_error: removals.length } };
      },
    };
  },
};
