import { defineCountLimit } from '../count-limit.js';
import { countSentences } from '../text/sentence-splitter.js';

/** The output has at least n sentences. */
export const minSentencesCheck = defineCountLimit({
  id: 'min_sentences',
  category: 'length',
  bound: 'min',
  unit: 'sentences',
  count: countSentences,
  summary:
    'The output has at least n sentences, split with a rule-based splitter that follows NLTK Punkt (a full stop, ? or ! followed by a space ends a sentence, except after abbreviations; line breaks alone do not).',
  whenToUse: 'Answers that must stay short or be developed in several sentences; IFEval number_sentences.',
  whenNotToUse: 'Lists, code or tables, where sentences are not the unit (use bullet_count or min_words).',
});
