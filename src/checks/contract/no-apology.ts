import { definePhraseList } from '../phrase-list.js';

/** Apologies assistants add by reflex. */
export const defaultApologies = [
  'sorry',
  'I apologize',
  'I apologise',
  'we apologize',
  'we apologise',
  'my apologies',
  'our apologies',
  'apologies for',
  'I regret',
  'we regret',
  'please forgive',
];

/** The output does not apologise. */
export const noApologyCheck = definePhraseList({
  id: 'no_apology',
  kind: 'apology',
  defaults: defaultApologies,
  whenToUse: 'Assistants that over-apologise, where apologies read as weakness or legal admission.',
  whenNotToUse:
    'Support flows where an apology is required after a real failure (use required_phrases for that instead).',
});
