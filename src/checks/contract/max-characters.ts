import { defineCountLimit } from '../count-limit.js';
import { countCharacters } from '../text/count-characters.js';

/** The output has at most n characters (Unicode code points of the raw output. */
export const maxCharactersCheck = defineCountLimit({
  id: 'max_characters',
  category: 'length',
  bound: 'max',
  unit: 'characters',
  count: countCharacters,
  summary:
    'The output has at most n characters (Unicode code points of the raw output, whitespace included).',
  whenToUse: 'Hard UI or channel limits: SMS, push notifications, titles, meta descriptions.',
  whenNotToUse: "Reading-length budgets (use max_words); token limits (use the model's tokenizer).",
});
