import type { JsonValue } from './json.js';

/** One chat message, as in the OpenAI and Anthropic chat formats. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

/** A retrieved passage that reached (or could reach) the prompt. */
export interface ContextPassage {
  /** Document or chunk id, matched against `goldIds`. */
  id: string;
  /** Passage text. Empty when only ids were logged. */
  text: string;
}

/** A contract check as written by the user: `{check: "max_words", n: 120}`. */
export interface CheckSpec {
  /** Check id, e.g. `max_words`, or an IFEval instruction id such as `punctuation:no_comma`. */
  check: string;
  /** The rest of the object: the check's parameters. */
  [parameter: string]: JsonValue;
}

/** One row of an eval set, normalised at load time (see DESIGN §4 for the file format). */
export interface EvalCase {
  /** Unique id. Rows without one get `row-<line>`. */
  id: string;
  /** The user input: a string, or chat messages. */
  input: string | ChatMessage[];
  /** Expected answer: text or JSON. Undefined when the row has none. */
  reference: JsonValue | undefined;
  /** Recorded model output (offline mode). Undefined when not yet run. */
  output: string | undefined;
  /** Passages placed in the prompt, in prompt order. Undefined when the row logs none. */
  contexts: ContextPassage[] | undefined;
  /** Ids of the passages that contain the answer. Undefined when unknown. */
  goldIds: string[] | undefined;
  /** Extra contract checks for this item only (IFEval-style per-item instructions). */
  contract: CheckSpec[];
  /** Free-form labels used to slice results (e.g. `{segment: "enterprise"}`). */
  tags: Record<string, string | number | boolean>;
  /** Where the row came from, for error messages: 1-based line (JSONL/CSV) or record number (JSON). */
  line: number;
}

/** The text of an input, whatever its shape: the string itself, or the last user message. */
export function inputText(input: string | ChatMessage[]): string {
  if (typeof input === 'string') return input;
  for (let index = input.length - 1; index >= 0; index--) {
    const message = input[index]!;
    if (message.role === 'user') return message.content;
  }
  return input.map((message) => message.content).join('\n');
}
