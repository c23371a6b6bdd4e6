import type { TokenCounter } from '../../core/data-audit.js';

/** Encodings fixfirst can count with (both ship inside gpt-tokenizer: no download). */
export type EncodingName = 'o200k_base' | 'cl100k_base';

/** A model name without its provider prefix (`openai:gpt-4o-mini` → `gpt-4o-mini`). */
export function bareModelName(model: string): string {
  const colon = model.indexOf(':');
  return colon === -1 || model.startsWith('http') ? model : model.slice(colon + 1);
}

/**
 * The encoding of a model: gpt-tokenizer's model map (cl100k_base for GPT-3.5/GPT-4, o200k_base for
 * GPT-4o and newer, its default for unknown names). Non-OpenAI models get o200k_base, labelled as
 * an approximation by the caller.
 */
export async function encodingForModel(model: string): Promise<{ encoding: EncodingName; known: boolean }> {
  const { modelToEncodingMap } = await import('gpt-tokenizer/mapping');
  const name = bareModelName(model);
  const encoding = (modelToEncodingMap as Record<string, string>)[name];
  if (encoding === 'cl100k_base' || encoding === 'o200k_base') return { encoding, known: true };
  const openAiFamily = /^(?:gpt-|o\d|chatgpt|ft:gpt-)/.test(name);
  return { encoding: 'o200k_base', known: openAiFamily };
}

/**
 * Loads a tokenizer (lazily: the o200k table takes about half a second to load, so only commands
 * that count tokens pay for it).
 */
export async function loadTokenCounter(encoding: EncodingName): Promise<TokenCounter> {
  const module =
    encoding === 'cl100k_base'
      ? await import('gpt-tokenizer/encoding/cl100k_base')
      : await import('gpt-tokenizer/encoding/o200k_base');
  return {
    encoding,
    count: (text) => (text === '' ? 0 : module.countTokens(text)),
  };
}
