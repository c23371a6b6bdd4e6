import { defineCountLimit } from '../count-limit.js';
import { countSentences } from '../text/sentence-splitter.js';

/** The output has at most n sentences. */
export const maxSentencesCheck = defineCountLimit({
  id: 'max_sentences',
  category: 'length',
  bound: 'max',
  unit: 'sentences',
  count: countSentences,
  summary:
    'The output has at most n sentences, split with a rule-based splitter that follows NLTK Punkt (a full stop, ? or ! followed by a space ends a sentence, except after abbreviations; line breaks alone do not).',
  whenToUse: 'Answers that must stay short or be developed in several sentences; IFEval number_sentences.',
  whenNotToUse: 'Lists, code or tables, where sentences are not the unit (use bullet_count or max_words).',
});
