import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { describeFound } from '../text/find-phrase.js';

// "US" in capitals is the country, not the pronoun; "I" is matched as a word ("I'm" included).
const firstPerson =
  /(?<![\p{L}\p{N}_])(?:[Ii]|me|my|mine|myself|we|us|our|ours|ourselves)(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?:Me|My|Mine|Myself|We|Us|Our|Ours|Ourselves|ME|MY|MINE|MYSELF|WE|OUR|OURS|OURSELVES)(?![\p{L}\p{N}_])/u;

/** The output never speaks in the first person. */
export const noFirstPersonCheck = defineCheck({
  id: 'no_first_person',
  category: 'tone',
  summary: 'The output uses no first-person pronoun (I, me, my, mine, myself, we, us, our, ours, ourselves).',
  whenToUse: 'Impersonal text: documentation, product descriptions, summaries, third-person reports.',
  whenNotToUse:
    'Assistants that speak for the company ("we will refund you"); quoted speech is not told apart from the author\'s voice.',
  params: z.strictObject({}),
  run(output) {
    const match = firstPerson.exec(output);
    return match === null ? { pass: true } : { pass: false, detail: describeFound(match[0], match.index) };
  },
});
