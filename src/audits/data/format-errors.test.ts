import { describe, expect, it } from 'vitest';
import { auditRows } from '../../../test/helpers/audit-harness.js';
import { chatFormat } from '../../loaders/training/chat-format.js';
import { sharegptFormat } from '../../loaders/training/sharegpt-format.js';
import { formatErrorsAudit } from './format-errors.js';

const kinds = (record: unknown, format = chatFormat) => {
  const result = format.normalise(record as never, 1);
  return Array.isArray(result) ? result.map((problem) => problem.kind) : [];
};

describe('chat format errors (OpenAI cookbook kinds, tool-calling aware)', () => {
  it('reports each of the seven cookbook kinds', () => {
    expect(kinds({ messages: [] })).toEqual(['missing_messages_list']);
    expect(kinds({ prompt: 'x' })).toEqual(['missing_messages_list']);
    expect(kinds({ messages: [{ content: 'hi' }, { role: 'assistant', content: 'a' }] })).toContain(
      'message_missing_key',
    );
    expect(
      kinds({
        messages: [
          { role: 'user', content: 'hi', mood: 1 },
          { role: 'assistant', content: 'a' },
        ],
      }),
    ).toContain('message_unrecognized_key');
    expect(
      kinds({
        messages: [
          { role: 'robot', content: 'hi' },
          { role: 'assistant', content: 'a' },
        ],
      }),
    ).toContain('unrecognized_role');
    expect(
      kinds({
        messages: [
          { role: 'user', content: 5 },
          { role: 'assistant', content: 'a' },
        ],
      }),
    ).toContain('missing_content');
    expect(kinds({ messages: [{ role: 'user', content: 'hi' }] })).toEqual([
      'example_missing_assistant_message',
    ]);
    expect(kinds({ messages: ['hi', { role: 'assistant', content: 'a' }] })).toContain('data_type');
  });

  it('accepts tool calls, role tool, top-level tools and weight', () => {
    const record = {
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: {} } }],
      parallel_tool_calls: false,
      messages: [
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: '{"temp": 3}' },
        { role: 'assistant', content: 'It is 3 degrees.', weight: 1 },
      ],
    };
    const example = chatFormat.normalise(record as never, 7);
    expect(Array.isArray(example)).toBe(false);
    if (Array.isArray(example)) return;
    expect(example.targetIndex).toBe(3);
    expect(example.messages[1]!.toolCalls).toContain('get_weather');
    expect(example.tools).toContain('get_weather');
  });

  it('rejects malformed tool calls and weights other than 0 and 1', () => {
    expect(
      kinds({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ function: { name: 'f', arguments: {} } }] },
        ],
      }),
    ).toContain('invalid_tool_call');
    expect(
      kinds({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: 'y', weight: 2 },
        ],
      }),
    ).toContain('invalid_weight');
  });

  it('takes the last trained assistant message as the target (weight 0 turns it off)', () => {
    const example = chatFormat.normalise(
      {
        messages: [
          { role: 'user', content: 'a' },
          { role: 'assistant', content: 'first' },
          { role: 'user', content: 'b' },
          { role: 'assistant', content: 'second', weight: 0 },
        ],
      },
      1,
    );
    expect(Array.isArray(example) ? -1 : example.targetIndex).toBe(1);
  });
});

describe('ShareGPT structure (FastChat rules)', () => {
  it('needs alternation, a human first turn and a gpt last turn', () => {
    const turns = (...from: string[]) => ({
      conversations: from.map((speaker) => ({ from: speaker, value: 'text' })),
    });
    expect(kinds(turns('human', 'gpt'), sharegptFormat)).toEqual([]);
    expect(kinds(turns('system', 'human', 'gpt'), sharegptFormat)).toEqual([]);
    expect(kinds(turns('gpt', 'human', 'gpt'), sharegptFormat)).toContain('first_turn_not_human');
    expect(kinds(turns('human', 'human', 'gpt'), sharegptFormat)).toContain('turns_not_alternating');
    expect(kinds(turns('human', 'gpt', 'human'), sharegptFormat)).toContain(
      'example_missing_assistant_message',
    );
    expect(kinds(turns('human', 'alien'), sharegptFormat)).toContain('unrecognized_speaker');
  });
});

describe('format_errors audit', () => {
  it('groups rows by kind, marks them for removal, and tolerates none', async () => {
    const rows = [
      { row: 1, example: undefined, problems: [{ kind: 'not_json', detail: 'bad' }] },
      { row: 2, example: undefined, problems: [{ kind: 'not_json', detail: 'bad' }] },
      { row: 3, example: undefined, problems: [{ kind: 'ragged_row', detail: '3 cells' }] },
    ];
    const result = await auditRows(rows, { audits: [formatErrorsAudit] });
    const byKind = Object.fromEntries(
      result.findings.map((finding) => [finding.evidence.kind, finding.rows]),
    );
    expect(byKind).toEqual({ not_json: [1, 2], ragged_row: [3] });
    expect(result.findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(result.removals.map((removal) => removal.row)).toEqual([1, 2, 3]);
    expect(result.readiness.status).toBe('not_ready');
  });
});
