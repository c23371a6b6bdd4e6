import { defineCountLimit } from '../count-limit.js';
import { countCharacters } from '../text/count-characters.js';

/** The output has at least n characters (Unicode code points of the raw output. */
export const minCharactersCheck = defineCountLimit({
  id: 'min_characters',
  category: 'length',
  bound: 'min',
  unit: 'characters',
  count: countCharacters,
  summary:
    'The output has at least n characters (Unicode code points of the raw output, whitespace included).',
  whenToUse: 'Hard UI or channel limits: SMS, push notifications, titles, meta descriptions.',
  whenNotToUse: "Reading-length budgets (use min_words); token limits (use the model's tokenizer).",
});
