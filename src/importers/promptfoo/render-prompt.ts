import type { ChatMessage } from '../../core/eval-case.js';
import {
  type CompiledTemplate,
  compileTemplate,
  renderTemplate,
  type TemplateProblem,
} from './render-template.js';

/**
 * Renders a promptfoo prompt for one test the way promptfoo 0.121.20 does (renderPrompt in
 * src/evaluatorHelpers.ts): one trailing newline dropped from each var, `{{ name }}` inside var
 * values resolved, var values rendered as templates themselves, then the prompt rendered; a prompt
 * that is JSON (chat messages) has each of its strings rendered instead.
 */

/** A JSON value whose strings are compiled templates. */
type CompiledJson =
  | { kind: 'template'; template: CompiledTemplate }
  | { kind: 'array'; items: CompiledJson[] }
  | { kind: 'object'; entries: [string, CompiledJson][] }
  | { kind: 'scalar'; value: unknown };

/** A prompt compiled once, rendered per test. */
export type CompiledPrompt =
  | { kind: 'text'; template: CompiledTemplate }
  | { kind: 'json'; value: CompiledJson };

/** What a rendered prompt becomes in eval.jsonl: text, or chat messages when the prompt is a chat. */
export type RenderedInput = string | ChatMessage[];

const chatRoles = new Set(['system', 'user', 'assistant', 'tool']);

function compileJson(value: unknown): CompiledJson | TemplateProblem {
  if (typeof value === 'string') {
    const template = compileTemplate(value);
    return 'problem' in template ? template : { kind: 'template', template };
  }
  if (Array.isArray(value)) {
    const items: CompiledJson[] = [];
    for (const item of value) {
      const compiled = compileJson(item);
      if ('problem' in compiled) return compiled;
      items.push(compiled);
    }
    return { kind: 'array', items };
  }
  if (typeof value === 'object' && value !== null) {
    const entries: [string, CompiledJson][] = [];
    for (const [key, item] of Object.entries(value)) {
      const compiled = compileJson(item);
      if ('problem' in compiled) return compiled;
      entries.push([key, compiled]);
    }
    return { kind: 'object', entries };
  }
  return { kind: 'scalar', value };
}

function renderJson(value: CompiledJson, vars: Readonly<Record<string, unknown>>): unknown {
  switch (value.kind) {
    case 'template':
      return renderTemplate(value.template, vars);
    case 'array':
      return value.items.map((item) => renderJson(item, vars));
    case 'object':
      return Object.fromEntries(value.entries.map(([key, item]) => [key, renderJson(item, vars)]));
    case 'scalar':
      return value.value;
  }
}

/** Compiles a prompt template (with any prefix and suffix already around it), or says why it cannot be rendered. */
export function compilePrompt(template: string): CompiledPrompt | TemplateProblem {
  let parsed: unknown;
  let isJson = true;
  try {
    parsed = JSON.parse(template);
  } catch {
    isJson = false;
  }
  if (isJson) {
    const value = compileJson(parsed);
    return 'problem' in value ? value : { kind: 'json', value };
  }
  const compiled = compileTemplate(template);
  return 'problem' in compiled ? compiled : { kind: 'text', template: compiled };
}

/** promptfoo's resolveVariables: `{{ name }}` in a var value replaced by that var, up to five passes. */
function resolveVariables(vars: Record<string, unknown>): void {
  const reference = /\{\{\s*(\w+)\s*\}\}/;
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    for (const key of Object.keys(vars)) {
      const value = vars[key];
      if (typeof value !== 'string') continue;
      const match = reference.exec(value);
      if (match === null || vars[match[1]!] === undefined) continue;
      vars[key] = value.replace(match[0], String(vars[match[1]!]));
      changed = true;
    }
    if (!changed) return;
  }
}

/** The vars after promptfoo's preparation, with each string var rendered as a template. */
function prepareVars(
  original: Readonly<Record<string, unknown>>,
): { vars: Record<string, unknown>; rendered: Record<string, unknown> } | TemplateProblem {
  const vars: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(original)) {
    vars[key] = typeof value === 'string' ? value.replace(/\n$/, '') : value;
  }
  resolveVariables(vars);
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(vars)) {
    if (typeof value !== 'string' || !/{[{%#]/.test(value)) {
      rendered[key] = value;
      continue;
    }
    const template = compileTemplate(value);
    if ('problem' in template) return { problem: `var "${key}" holds a template: ${template.problem}` };
    // promptfoo leaves a var that names an undefined var as it is.
    const undefinedName = template.variables.some((name) => name !== 'env' && vars[name] === undefined);
    rendered[key] = undefinedName ? value : renderTemplate(template, vars);
  }
  return { vars, rendered };
}

function asChat(value: unknown): ChatMessage[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const messages: ChatMessage[] = [];
  for (const message of value) {
    if (typeof message !== 'object' || message === null) return undefined;
    const { role, content } = message as { role?: unknown; content?: unknown };
    if (typeof role !== 'string' || !chatRoles.has(role) || typeof content !== 'string') return undefined;
    messages.push({ role: role as ChatMessage['role'], content });
  }
  return messages;
}

/** A recorded rendered prompt as eval.jsonl input: chat messages when it is a JSON chat, else the text. */
export function inputFromRendered(text: string): RenderedInput {
  if (!text.startsWith('[')) return text;
  try {
    return asChat(JSON.parse(text)) ?? text;
  } catch {
    return text;
  }
}

/** Renders a compiled prompt with one test's vars; a problem when a var value cannot be rendered. */
export function renderPrompt(
  prompt: CompiledPrompt,
  testVars: Readonly<Record<string, unknown>>,
): RenderedInput | TemplateProblem {
  const prepared = prepareVars(testVars);
  if ('problem' in prepared) return prepared;
  if (prompt.kind === 'json') {
    const value = renderJson(prompt.value, prepared.vars);
    return asChat(value) ?? JSON.stringify(value, null, 2);
  }
  return renderTemplate(prompt.template, prepared.rendered);
}
