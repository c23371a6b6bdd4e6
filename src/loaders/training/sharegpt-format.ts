import type { RowProblem, TrainingMessage } from '../../core/data-audit.js';
import { isJsonObject } from '../../core/json.js';
import { describeValue, lastTrainedAssistant, maybeJson, type RecordFormat } from './record-format.js';

/** ShareGPT speaker names mapped to chat roles (FastChat's names plus common variants). */
const speakers: Record<string, string> = {
  human: 'user',
  user: 'user',
  gpt: 'assistant',
  chatgpt: 'assistant',
  bard: 'assistant',
  bing: 'assistant',
  assistant: 'assistant',
  model: 'assistant',
  system: 'system',
};

/**
 * ShareGPT: `{"conversations": [{"from": "human"|"gpt", "value"}]}` with FastChat's structure rules
 * (data.md §11 item 3): an optional system turn, then the first turn from the human, turns that
 * alternate human/gpt, and a last turn from gpt.
 */
export const sharegptFormat: RecordFormat = {
  id: 'sharegpt',
  fields: 'conversations[{from, value}]',
  matches: (record) => 'conversations' in record,
  normalise(record, row) {
    const turns = maybeJson(record.conversations);
    if (!Array.isArray(turns) || turns.length === 0) {
      return [
        {
          kind: 'missing_conversations',
          detail: `"conversations" is ${Array.isArray(turns) ? 'empty' : describeValue(turns)}`,
        },
      ];
    }
    const problems: RowProblem[] = [];
    const messages: TrainingMessage[] = [];
    for (const [index, turn] of turns.entries()) {
      if (!isJsonObject(turn) || typeof turn.from !== 'string' || typeof turn.value !== 'string') {
        problems.push({
          kind: 'turn_missing_key',
          detail: `conversations[${index}] needs "from" and "value" strings`,
        });
        continue;
      }
      const role = speakers[turn.from.toLowerCase()];
      if (role === undefined) {
        problems.push({
          kind: 'unrecognized_speaker',
          detail: `conversations[${index}].from is "${turn.from}"`,
        });
        continue;
      }
      if (role !== 'assistant' && turn.value.trim() === '') {
        problems.push({ kind: 'empty_turn', detail: `conversations[${index}] (${turn.from}) is empty` });
      }
      messages.push({ role, content: turn.value, toolCalls: undefined, trained: role === 'assistant' });
    }
    if (problems.length > 0) return problems;
    const dialogue = messages[0]?.role === 'system' ? messages.slice(1) : messages;
    if (dialogue[0]?.role !== 'user') {
      problems.push({
        kind: 'first_turn_not_human',
        detail: 'the first turn (after any system turn) must be from the human',
      });
    }
    for (let index = 1; index < dialogue.length; index++) {
      if (dialogue[index]!.role === dialogue[index - 1]!.role) {
        problems.push({
          kind: 'turns_not_alternating',
          detail: `two ${dialogue[index]!.role === 'user' ? 'human' : 'gpt'} turns in a row at turn ${index + 1}`,
        });
        break;
      }
    }
    if (dialogue.at(-1)?.role !== 'assistant') {
      problems.push({ kind: 'example_missing_assistant_message', detail: 'the last turn must be from gpt' });
    }
    if (problems.length > 0) return problems;
    return {
      row,
      format: 'sharegpt',
      messages,
      targetIndex: lastTrainedAssistant(messages),
      tools: undefined,
    };
  },
};
