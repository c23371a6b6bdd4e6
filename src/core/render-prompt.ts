import type { ChatMessage, ContextPassage, EvalCase } from './eval-case.js';

/** The project's prompt with the system text resolved (files read by the project loader). */
export interface ProjectPrompt {
  /** System message text; undefined for none. */
  system: string | undefined;
  /** User message template with `{{input}}` and `{{context}}`. */
  template: string;
}

/** An input/output pair shown in the prompt as a worked example (k-shot). */
export interface ShotExample {
  input: string;
  output: string;
}

/** What an experiment changes about the prompt; everything left undefined is the project's own. */
export interface PromptVariant {
  /** Replaces the system text. */
  system?: string;
  /** Replaces the item's retrieved passages (oracle context). */
  contexts?: readonly ContextPassage[];
  /** Worked examples placed before the item, as user/assistant turns. */
  shots?: readonly ShotExample[];
}

/** The passages as they appear in `{{context}}`: `[id] text`, separated by blank lines. */
export function formatContext(passages: readonly ContextPassage[] | undefined): string {
  if (passages === undefined || passages.length === 0) return '';
  return passages.map((passage) => `[${passage.id}] ${passage.text}`).join('\n\n');
}

/** The placeholders a prompt template may use: the item's input and its passages. */
export const templatePlaceholders = ['input', 'context'] as const;

/** Every `{{name}}` in a template (spaces inside the braces allowed), with the name as written. */
export function placeholdersIn(template: string): { text: string; name: string }[] {
  return [...template.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((match) => ({
    text: match[0],
    name: match[1]!,
  }));
}

/** Fills `{{input}}` and `{{context}}` (spaces inside the braces allowed). */
export function fillTemplate(template: string, input: string, context: string): string {
  return template.replace(/\{\{\s*(input|context)\s*\}\}/g, (_, name: string) =>
    name === 'input' ? input : context,
  );
}

/** Whether the template shows retrieved passages to the model. */
export function templateUsesContext(template: string): boolean {
  return /\{\{\s*context\s*\}\}/.test(template);
}

/**
 * The messages sent for one eval item: the system prompt, worked examples (if any), then the item.
 * A string input fills the template; a chat input keeps its turns and fills the template with its
 * last user message. Pure: the same item and variant always give the same messages (and so the same
 * cache key).
 */
export function renderPrompt(
  prompt: ProjectPrompt,
  evalCase: EvalCase,
  variant: PromptVariant = {},
): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const system = variant.system ?? prompt.system;
  if (system !== undefined && system.trim() !== '') messages.push({ role: 'system', content: system });
  for (const shot of variant.shots ?? []) {
    messages.push({ role: 'user', content: shot.input });
    messages.push({ role: 'assistant', content: shot.output });
  }
  const context = formatContext(variant.contexts ?? evalCase.contexts);
  if (typeof evalCase.input === 'string') {
    messages.push({ role: 'user', content: fillTemplate(prompt.template, evalCase.input, context) });
    return messages;
  }
  let lastUser = -1;
  evalCase.input.forEach((message, index) => {
    if (message.role === 'user') lastUser = index;
  });
  evalCase.input.forEach((message, index) => {
    messages.push(
      index === lastUser
        ? { role: 'user', content: fillTemplate(prompt.template, message.content, context) }
        : message,
    );
  });
  return messages;
}
