import { describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../test/helpers/scripted-model.js';
import { defaultPriceCatalog } from '../cost/default-price-catalog.js';
import { catalogPrice } from './catalog-price.js';

function model(providerId: string, modelId: string) {
  return Object.assign(new ScriptedModel(modelId, () => ''), { providerId });
}

describe('catalogPrice', () => {
  const catalog = defaultPriceCatalog();
  it('prices a listed model by id or alias, with the source and date', () => {
    const price = catalogPrice(catalog, model('openai', 'gpt-4.1-mini'))!;
    const entry = catalog.models.find((candidate) => candidate.id === 'openai:gpt-4.1-mini')!;
    expect(price.inputUsdPerMillion).toBe(entry.inference!.input);
    expect(price.outputUsdPerMillion).toBe(entry.inference!.output);
    expect(price.source).toContain('openai:gpt-4.1-mini');
    expect(catalogPrice(catalog, model('openai', 'GPT-4.1-mini-2025-04-14'))!.inputUsdPerMillion).toBe(
      entry.inference!.input,
    );
  });
  it('knows nothing about unlisted models', () => {
    expect(catalogPrice(catalog, model('openai', 'stub-model'))).toBeUndefined();
    expect(catalogPrice(catalog, model('anthropic', 'gpt-4.1-mini'))).toBeUndefined();
  });
});
