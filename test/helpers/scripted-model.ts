import type { LanguageModel, ModelRequest, ModelResponse } from '../../src/core/language-model.js';

/**
 * A LanguageModel answered by a function, in process (no HTTP): for unit tests of code above the
 * provider layer. Records every request, like the AI SDK's MockLanguageModel.
 */
export class ScriptedModel implements LanguageModel {
  readonly specificationVersion = 'v1' as const;
  providerId = 'scripted';
  readonly endpoint = 'memory://scripted';
  readonly requests: ModelRequest[] = [];

  constructor(
    readonly modelId: string,
    private readonly answer: (request: ModelRequest) => string,
  ) {}

  async doGenerate(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push(request);
    const text = this.answer(request);
    return {
      text,
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: {
        inputTokens: { total: 10, cacheRead: undefined },
        outputTokens: { total: 2, reasoning: undefined },
        raw: undefined,
      },
      warnings: [],
      response: { modelId: this.modelId, requestId: undefined },
    };
  }
}
