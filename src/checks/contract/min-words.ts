import { defineCountLimit } from '../count-limit.js';
import { countWords } from '../text/count-words.js';

/** The output has at least n words. */
export const minWordsCheck = defineCountLimit({
  id: 'min_words',
  category: 'length',
  bound: 'min',
  unit: 'words',
  count: countWords,
  summary:
    'The output has at least n words, counted as IFEval counts them (every run of letters, digits and underscores is a word: "don\'t" is two).',
  whenToUse: 'Replies with a length budget (support answers, summaries); IFEval number_words.',
  whenNotToUse:
    "Token budgets (count tokens with the model's tokenizer instead); character limits of a UI (use min_characters).",
});
