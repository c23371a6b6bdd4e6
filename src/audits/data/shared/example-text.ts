import type { TrainingExample, TrainingMessage } from '../../../core/data-audit.js';

/** The target: the content of the last trained assistant message ('' when it only calls a tool). */
export function targetText(example: TrainingExample): string {
  return example.targetIndex === -1 ? '' : example.messages[example.targetIndex]!.content;
}

/** Everything the model sees before the target (system prompt included), one message per line. */
export function promptText(example: TrainingExample): string {
  const end = example.targetIndex === -1 ? example.messages.length : example.targetIndex;
  const parts: string[] = [];
  for (let index = 0; index < end; index++) {
    const message = example.messages[index]!;
    parts.push(
      message.toolCalls === undefined ? message.content : `${message.content}\n${message.toolCalls}`,
    );
  }
  return parts.join('\n');
}

/** The prompt without system messages: what varies from row to row. */
export function userPromptText(example: TrainingExample): string {
  const end = example.targetIndex === -1 ? example.messages.length : example.targetIndex;
  const parts: string[] = [];
  for (let index = 0; index < end; index++) {
    const message = example.messages[index]!;
    if (message.role !== 'system') parts.push(message.content);
  }
  return parts.join('\n');
}

/** The whole example as text: every message, tool calls included. */
export function exampleText(example: TrainingExample): string {
  const parts: string[] = [];
  for (const message of example.messages) {
    parts.push(
      message.toolCalls === undefined ? message.content : `${message.content}\n${message.toolCalls}`,
    );
  }
  return parts.join('\n');
}

type TrainedTarget = { readonly index: number; readonly message: TrainingMessage };

let targetsOf: TrainingExample | undefined;
let targetsFound: readonly TrainedTarget[] = [];

/**
 * The trained assistant messages with their index (every one is a target the model learns). Five
 * audits ask for each row in turn: the last row's answer is kept (as `rowFeatures` keeps its features).
 */
export function trainedTargets(example: TrainingExample): readonly TrainedTarget[] {
  if (example === targetsOf) return targetsFound;
  const result: TrainedTarget[] = [];
  const messages = example.messages;
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index]!;
    if (message.role === 'assistant' && message.trained) result.push({ index, message });
  }
  targetsOf = example;
  targetsFound = result;
  return result;
}

/** The last user message before `index` (the prompt of that target). */
export function userMessageBefore(example: TrainingExample, index: number): string {
  for (let position = index - 1; position >= 0; position--) {
    const message = example.messages[position]!;
    if (message.role === 'user') return message.content;
  }
  return '';
}
