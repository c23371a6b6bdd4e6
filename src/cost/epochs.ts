/**
 * OpenAI's default epoch rule (`n_epochs: "auto"`), as written in OpenAI's fine-tuning data-prep
 * notebook (openai-cookbook examples/Chat_finetuning_data_prep.ipynb): aim at 3 epochs, but make
 * sure small sets are seen at least 100 times in all and cap very large sets at 25,000 examples seen.
 */
export const openAiEpochRule = {
  targetEpochs: 3,
  minTargetExamples: 100,
  maxTargetExamples: 25_000,
  minEpochs: 1,
  maxEpochs: 25,
} as const;

/** The number of epochs OpenAI picks by default for a training set of `examples` rows. */
export function openAiDefaultEpochs(examples: number): number {
  const rule = openAiEpochRule;
  if (!Number.isFinite(examples) || examples < 1) return rule.targetEpochs;
  if (examples * rule.targetEpochs < rule.minTargetExamples) {
    return Math.min(rule.maxEpochs, Math.floor(rule.minTargetExamples / examples));
  }
  if (examples * rule.targetEpochs > rule.maxTargetExamples) {
    return Math.max(rule.minEpochs, Math.floor(rule.maxTargetExamples / examples));
  }
  return rule.targetEpochs;
}

/** Epochs to price, with where the number came from. */
export interface ResolvedEpochs {
  epochs: number;
  /** `configured`, `rule` (OpenAI's auto rule on the real example count) or `assumption`. */
  basis: 'configured' | 'rule' | 'assumption';
  note: string;
}

/** A configured epoch count, or OpenAI's auto rule when `auto` (3 when the example count is unknown). */
export function resolveEpochs(configured: number | 'auto', examples: number | undefined): ResolvedEpochs {
  if (configured !== 'auto')
    return { epochs: configured, basis: 'configured', note: `${configured} (configured)` };
  if (examples === undefined) {
    return {
      epochs: openAiEpochRule.targetEpochs,
      basis: 'assumption',
      note: "OpenAI's target; example count unknown",
    };
  }
  const epochs = openAiDefaultEpochs(examples);
  return { epochs, basis: 'rule', note: `OpenAI's auto rule for ${examples} examples` };
}
