import { definePhraseList } from '../phrase-list.js';

/** Hedges that weaken a direct answer. */
export const defaultHedges = [
  'I think',
  'I believe',
  'I guess',
  "I'm not sure",
  'I am not sure',
  'it seems',
  'it appears',
  'perhaps',
  'maybe',
  'possibly',
  'might be',
  'could be',
  'arguably',
  'as far as I know',
  'to the best of my knowledge',
  'it is possible that',
];

/** The output does not hedge. */
export const noHedgingCheck = definePhraseList({
  id: 'no_hedging',
  kind: 'hedging',
  defaults: defaultHedges,
  whenToUse: 'Direct, confident answers: classifications, instructions, factual lookups.',
  whenNotToUse:
    'Domains where stating uncertainty is correct (medical, legal, forecasts); there hedging may be required.',
});
