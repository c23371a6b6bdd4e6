/** Counts the tokens of a text. */
export type TokenCounter = (text: string) => number;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Tokens of every string inside a value (objects and arrays walked; numbers and booleans as text). */
export function leafTokens(value: unknown, count: TokenCounter): number {
  if (typeof value === 'string') return count(value);
  if (typeof value === 'number' || typeof value === 'boolean') return count(String(value));
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + leafTokens(item, count), 0);
  if (isObject(value))
    return Object.values(value).reduce((sum: number, item) => sum + leafTokens(item, count), 0);
  return 0;
}

/**
 * Tokens of one chat message as OpenAI counts them (openai-cookbook `num_tokens_from_messages`):
 * 3 per message, the tokens of every value (role, content, name +1), with non-string content
 * (content parts, tool calls) counted by its strings.
 */
function messageTokens(message: unknown, count: TokenCounter): number {
  if (!isObject(message)) return 3 + leafTokens(message, count);
  let tokens = 3;
  for (const [key, value] of Object.entries(message)) {
    tokens += typeof value === 'string' ? count(value) : leafTokens(value, count);
    if (key === 'name') tokens += 1;
  }
  return tokens;
}

/**
 * Billed tokens of one training example. Chat rows (`messages`, ShareGPT `conversations`) follow
 * OpenAI's per-message rule plus 3 for the reply primer, and tool definitions count by their JSON;
 * other formats (prompt/completion, Alpaca) count every string field.
 */
export function exampleTokens(record: unknown, count: TokenCounter): number {
  if (isObject(record)) {
    const messages = Array.isArray(record.messages)
      ? record.messages
      : Array.isArray(record.conversations)
        ? record.conversations
        : undefined;
    if (messages !== undefined) {
      let tokens = 3;
      for (const message of messages) tokens += messageTokens(message, count);
      if (record.tools !== undefined) tokens += count(JSON.stringify(record.tools));
      if (record.functions !== undefined) tokens += count(JSON.stringify(record.functions));
      return tokens;
    }
  }
  return leafTokens(record, count);
}

/** Training tokens per epoch, exact or projected from an evenly spaced sample. */
export interface TrainingTokenCount {
  tokens: number;
  examples: number;
  /** Rows actually tokenized. */
  sampled: number;
  how: string;
}

/**
 * Tokens in one pass over a training set. Up to `sampleLimit` rows are counted exactly; beyond
 * that an evenly spaced sample is counted and scaled to the row count (labelled as such), so a
 * million-row file does not stall the diagnosis.
 */
export function countTrainingTokens(
  records: readonly unknown[],
  count: TokenCounter,
  options: { sampleLimit?: number; encoding: string },
): TrainingTokenCount {
  const limit = options.sampleLimit ?? 20_000;
  const examples = records.length;
  if (examples <= limit) {
    const tokens = records.reduce((sum: number, record) => sum + exampleTokens(record, count), 0);
    return {
      tokens,
      examples,
      sampled: examples,
      how: `counted over ${examples} training rows (${options.encoding})`,
    };
  }
  const step = examples / limit;
  let sampledTokens = 0;
  for (let index = 0; index < limit; index++)
    sampledTokens += exampleTokens(records[Math.floor(index * step)], count);
  return {
    tokens: Math.round((sampledTokens / limit) * examples),
    examples,
    sampled: limit,
    how: `estimated from ${limit} of ${examples} training rows, evenly spaced (${options.encoding})`,
  };
}
