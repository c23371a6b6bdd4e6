import { defineCountLimit } from '../count-limit.js';
import { countWords } from '../text/count-words.js';

/** The output has at most n words. */
export const maxWordsCheck = defineCountLimit({
  id: 'max_words',
  category: 'length',
  bound: 'max',
  unit: 'words',
  count: countWords,
  summary:
    'The output has at most n words, counted as IFEval counts them (every run of letters, digits and underscores is a word: "don\'t" is two).',
  whenToUse: 'Replies with a length budget (support answers, summaries); IFEval number_words.',
  whenNotToUse:
    "Token budgets (count tokens with the model's tokenizer instead); character limits of a UI (use max_characters).",
});
