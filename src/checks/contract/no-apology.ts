import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { describeFound, findFirstPhrase, phrasePattern } from '../text/find-phrase.js';

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
export const noApologyCheck = defineCheck({
  id: 'no_apology',
  category: 'tone',
  summary: `The output contains no apology phrase (default list: ${defaultApologies.map((phrase) => `"${phrase}"`).join(', ')}; case-insensitive, whole words).`,
  whenToUse: 'Assistants that over-apologise, where apologies read as weakness or legal admission.',
  whenNotToUse:
    'Support flows where an apology is required after a real failure (use required_phrases for that instead).',
  params: z.strictObject({
    phrases: z
      .array(z.string().min(1))
      .min(1)
      .default(defaultApologies)
      .describe('Apology phrases to look for (replaces the default list).'),
  }),
  compile(params) {
    return params.phrases.map((phrase) => ({
      phrase,
      pattern: phrasePattern(phrase, { caseSensitive: false, wholeWords: true }),
    }));
  },
  run(output, phrases) {
    const found = findFirstPhrase(output, phrases);
    return found === undefined
      ? { pass: true }
      : { pass: false, detail: describeFound(found.found, found.index) };
  },
});
