import { isJsonObject, type JsonValue } from '../core/json.js';
import type { ShotExample } from '../core/render-prompt.js';

function text(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const parts = value
      .map((part) => (isJsonObject(part) && typeof part.text === 'string' ? part.text : undefined))
      .filter((part) => part !== undefined);
    return parts.length > 0 ? parts.join('') : undefined;
  }
  return undefined;
}

/**
 * One training row as an input → output example, from the common fine-tuning formats: OpenAI chat
 * (`messages`: the last assistant turn is the output, the user turn before it the input), ShareGPT
 * (`conversations` with from/value), prompt/completion, Alpaca (instruction + input → output) and
 * plain input/output. Undefined when the row has none of these shapes.
 */
export function trainingExampleOf(row: JsonValue): ShotExample | undefined {
  if (!isJsonObject(row)) return undefined;
  const turns = Array.isArray(row.messages)
    ? row.messages.map((message) =>
        isJsonObject(message) ? { role: String(message.role), content: text(message.content) } : undefined,
      )
    : Array.isArray(row.conversations)
      ? row.conversations.map((message) =>
          isJsonObject(message)
            ? {
                role:
                  (
                    { human: 'user', gpt: 'assistant', user: 'user', assistant: 'assistant' } as Record<
                      string,
                      string
                    >
                  )[String(message.from)] ?? String(message.from),
                content: text(message.value),
              }
            : undefined,
        )
      : undefined;
  if (turns !== undefined) {
    let output: number | undefined;
    for (let index = turns.length - 1; index >= 0; index--) {
      if (turns[index]?.role === 'assistant' && turns[index]?.content !== undefined) {
        output = index;
        break;
      }
    }
    if (output === undefined) return undefined;
    for (let index = output - 1; index >= 0; index--) {
      const turn = turns[index];
      if (turn?.role === 'user' && turn.content !== undefined)
        return { input: turn.content, output: turns[output]!.content! };
    }
    return undefined;
  }
  if (typeof row.prompt === 'string' && typeof row.completion === 'string') {
    return { input: row.prompt, output: row.completion };
  }
  if (typeof row.instruction === 'string' && typeof row.output === 'string') {
    const extra = typeof row.input === 'string' && row.input.trim() !== '' ? `\n\n${row.input}` : '';
    return { input: `${row.instruction}${extra}`, output: row.output };
  }
  if (typeof row.input === 'string' && typeof row.output === 'string')
    return { input: row.input, output: row.output };
  return undefined;
}
