import type { RowProblem, TrainingMessage } from '../../core/data-audit.js';
import { isJsonObject } from '../../core/json.js';
import { describeValue, lastTrainedAssistant, maybeJson, type RecordFormat } from './record-format.js';

/** Message keys OpenAI's chat fine-tuning format accepts (the cookbook's list plus tool calling). */
const messageKeys = new Set([
  'role',
  'content',
  'name',
  'function_call',
  'weight',
  'tool_calls',
  'tool_call_id',
  'refusal',
]);
const roles = new Set(['system', 'user', 'assistant', 'function', 'tool']);

/** Text of `content`: a string, or the text parts of a content-parts array; undefined when neither. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content) {
    if (!isJsonObject(part)) return undefined;
    if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
    else if (part.type !== 'image_url' && part.type !== 'input_audio') return undefined;
  }
  return texts.join('\n');
}

/** Checks `tool_calls`: a list of `{id, type: "function", function: {name, arguments: string}}`. */
function toolCallProblem(toolCalls: unknown): string | undefined {
  if (!Array.isArray(toolCalls) || toolCalls.length === 0) return 'tool_calls must be a non-empty list';
  for (const [index, call] of toolCalls.entries()) {
    if (!isJsonObject(call)) return `tool_calls[${index}] is ${describeValue(call)}, not an object`;
    const fn = call.function;
    if (!isJsonObject(fn) || typeof fn.name !== 'string' || fn.name === '')
      return `tool_calls[${index}].function.name is missing`;
    if (typeof fn.arguments !== 'string')
      return `tool_calls[${index}].function.arguments must be a JSON string, got ${describeValue(fn.arguments)}`;
  }
  return undefined;
}

/**
 * OpenAI chat fine-tuning JSONL: `{"messages": [{"role", "content"}, ...], "tools"?: [...]}`.
 * Validates with the cookbook's seven error kinds (data.md §1.1), made tool-calling aware: an
 * assistant message may carry `tool_calls` (or `function_call`) instead of content, role `tool`
 * is accepted, and `weight` must be 0 or 1. An empty assistant message is not a format error here:
 * the `empty_target` audit reports it (more precise than the cookbook's `missing_content`).
 */
export const chatFormat: RecordFormat = {
  id: 'chat',
  fields: 'messages[{role, content}] (+ tools, tool_calls, weight)',
  matches: (record) => 'messages' in record,
  normalise(record, row) {
    const problems: RowProblem[] = [];
    const rawMessages = maybeJson(record.messages);
    if (!Array.isArray(rawMessages) || rawMessages.length === 0) {
      return [
        {
          kind: 'missing_messages_list',
          detail:
            rawMessages === undefined
              ? 'no "messages" list'
              : `"messages" is ${Array.isArray(rawMessages) ? 'empty' : describeValue(rawMessages)}`,
        },
      ];
    }
    const messages: TrainingMessage[] = [];
    // As the cookbook: any raw message with role assistant counts, even one with other problems.
    const hasAssistant = rawMessages.some((raw) => isJsonObject(raw) && raw.role === 'assistant');
    for (const [index, raw] of rawMessages.entries()) {
      if (!isJsonObject(raw)) {
        problems.push({
          kind: 'data_type',
          detail: `messages[${index}] is ${describeValue(raw)}, not an object`,
        });
        continue;
      }
      const unknown = Object.keys(raw).filter((key) => !messageKeys.has(key));
      if (unknown.length > 0) {
        problems.push({
          kind: 'message_unrecognized_key',
          detail: `messages[${index}] has ${unknown.map((key) => `"${key}"`).join(', ')}`,
        });
      }
      const role = raw.role;
      const calls = raw.tool_calls ?? raw.function_call;
      const hasCalls = calls !== undefined && calls !== null;
      if (typeof role !== 'string') {
        problems.push({ kind: 'message_missing_key', detail: `messages[${index}] has no "role"` });
        continue;
      }
      if (!roles.has(role)) {
        problems.push({
          kind: 'unrecognized_role',
          detail: `messages[${index}].role is "${role}" (expected system, user, assistant, tool or function)`,
        });
        continue;
      }
      if (!('content' in raw) && !hasCalls) {
        problems.push({ kind: 'message_missing_key', detail: `messages[${index}] has no "content"` });
        continue;
      }
      let text = contentText(raw.content);
      if (text === undefined) {
        if ((raw.content === null || raw.content === undefined) && hasCalls) text = '';
        else {
          problems.push({
            kind: 'missing_content',
            detail: `messages[${index}].content is ${describeValue(raw.content)}, not text`,
          });
          continue;
        }
      }
      if (text.trim() === '' && !hasCalls && role !== 'assistant') {
        problems.push({ kind: 'missing_content', detail: `messages[${index}] (${role}) has empty content` });
        continue;
      }
      if (raw.tool_calls !== undefined && raw.tool_calls !== null) {
        const problem = toolCallProblem(raw.tool_calls);
        if (problem !== undefined)
          problems.push({ kind: 'invalid_tool_call', detail: `messages[${index}]: ${problem}` });
      }
      if (role === 'tool' && typeof raw.tool_call_id !== 'string') {
        problems.push({
          kind: 'invalid_tool_call',
          detail: `messages[${index}] (tool) has no "tool_call_id"`,
        });
      }
      let trained = role === 'assistant';
      if (raw.weight !== undefined) {
        if (raw.weight !== 0 && raw.weight !== 1) {
          problems.push({ kind: 'invalid_weight', detail: `messages[${index}].weight must be 0 or 1` });
        } else if (raw.weight === 0) trained = false;
      }
      messages.push({
        role,
        content: text,
        toolCalls: hasCalls ? JSON.stringify(calls) : undefined,
        trained,
      });
    }
    if (!hasAssistant) {
      problems.push({
        kind: 'example_missing_assistant_message',
        detail: 'no assistant message to learn from',
      });
    }
    if (problems.length > 0) return problems;
    const targetIndex = lastTrainedAssistant(messages);
    if (targetIndex === -1) {
      return [{ kind: 'example_missing_assistant_message', detail: 'every assistant message has weight 0' }];
    }
    const tools = maybeJson(record.tools ?? record.functions);
    return {
      row,
      format: 'chat',
      messages,
      targetIndex,
      tools: tools === undefined || tools === null ? undefined : JSON.stringify(tools),
    };
  },
};
