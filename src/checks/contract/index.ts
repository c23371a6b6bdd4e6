import type { AnyCheckAlias, AnyContractCheck } from '../../core/check.js';
import { ifevalAliases } from '../aliases/ifeval-aliases.js';
import { bracketedTitleCheck } from './bracketed-title.js';
import { bulletCountCheck } from './bullet-count.js';
import { capitalWordsCheck } from './capital-words.js';
import { casingCheck } from './casing.js';
import { containsJsonCheck } from './contains-json.js';
import { endsWithCheck } from './ends-with.js';
import { forbiddenPhrasesCheck } from './forbidden-phrases.js';
import { highlightedSectionsCheck } from './highlighted-sections.js';
import { jsonCheck } from './json.js';
import { jsonSchemaCheck } from './json-schema.js';
import { languageCheck } from './language.js';
import { letterCountCheck } from './letter-count.js';
import { maxCharactersCheck } from './max-characters.js';
import { maxEmojiCheck } from './max-emoji.js';
import { maxExclamationsCheck } from './max-exclamations.js';
import { maxSentencesCheck } from './max-sentences.js';
import { maxWordsCheck } from './max-words.js';
import { minCharactersCheck } from './min-characters.js';
import { minSentencesCheck } from './min-sentences.js';
import { minWordsCheck } from './min-words.js';
import { noApologyCheck } from './no-apology.js';
import { noCodeFencesCheck } from './no-code-fences.js';
import { noFirstPersonCheck } from './no-first-person.js';
import { noHedgingCheck } from './no-hedging.js';
import { noMarkdownCheck } from './no-markdown.js';
import { paragraphCountCheck } from './paragraph-count.js';
import { paragraphFirstWordCheck } from './paragraph-first-word.js';
import { phraseCountCheck } from './phrase-count.js';
import { placeholdersCheck } from './placeholders.js';
import { postscriptCheck } from './postscript.js';
import { regexCheck } from './regex.js';
import { requiredPhrasesCheck } from './required-phrases.js';
import { sectionCountCheck } from './section-count.js';
import { startsWithCheck } from './starts-with.js';
import { twoResponsesCheck } from './two-responses.js';
import { wrappedInQuotesCheck } from './wrapped-in-quotes.js';

/** Every built-in contract check, one line each. The structure test keeps this list, the files and the docs in step. */
export const contractChecks: readonly AnyContractCheck[] = [
  // format
  jsonCheck,
  jsonSchemaCheck,
  containsJsonCheck,
  regexCheck,
  noCodeFencesCheck,
  noMarkdownCheck,
  startsWithCheck,
  endsWithCheck,
  casingCheck,
  capitalWordsCheck,
  letterCountCheck,
  placeholdersCheck,
  highlightedSectionsCheck,
  wrappedInQuotesCheck,
  // structure
  bulletCountCheck,
  sectionCountCheck,
  paragraphCountCheck,
  paragraphFirstWordCheck,
  requiredPhrasesCheck,
  phraseCountCheck,
  bracketedTitleCheck,
  postscriptCheck,
  twoResponsesCheck,
  // length
  minWordsCheck,
  maxWordsCheck,
  minCharactersCheck,
  maxCharactersCheck,
  minSentencesCheck,
  maxSentencesCheck,
  // tone
  forbiddenPhrasesCheck,
  noFirstPersonCheck,
  maxExclamationsCheck,
  maxEmojiCheck,
  noApologyCheck,
  noHedgingCheck,
  // language
  languageCheck,
];

/** Other accepted names (IFEval instruction ids) that map to a built-in check. */
export const checkAliases: readonly AnyCheckAlias[] = [...ifevalAliases];
