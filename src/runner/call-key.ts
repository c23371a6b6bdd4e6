import { createHash } from 'node:crypto';
import type { LanguageModel, ModelRequest } from '../core/language-model.js';

/** The parts of a request that decide its answer (everything but the abort signal). */
export type CallRequest = Omit<ModelRequest, 'abortSignal'>;

/**
 * The cache key of a call: sha256 over provider, endpoint, model, sampling parameters and messages,
 * in a fixed order. It never includes an API key (the model does not expose one), so a cache or a
 * store can be shared without leaking credentials.
 */
export function callKey(
  model: Pick<LanguageModel, 'providerId' | 'modelId' | 'endpoint'>,
  request: CallRequest,
): string {
  const canonical = JSON.stringify([
    'fixfirst-call-v1',
    model.providerId,
    model.endpoint,
    model.modelId,
    request.temperature ?? null,
    request.maxOutputTokens ?? null,
    request.seed ?? null,
    request.stopSequences ?? [],
    request.providerOptions ?? {},
    request.prompt.map((message) => [message.role, message.content]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
