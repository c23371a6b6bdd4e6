import { z } from 'zod';
import { type AnyCheckAlias, defineAlias } from '../../core/check.js';
import { strip } from '../text/python-text.js';

/**
 * The 25 IFEval instruction ids (Zhou et al. 2023, google-research instruction_following_eval) as
 * aliases of fixfirst checks, with IFEval's kwargs as parameters. Each alias only maps kwargs; the
 * semantics live in the target check, which reproduces the reference implementation's rules.
 */

const relation = z
  .enum(['less than', 'at least'])
  .describe('"less than": fewer than the number; "at least": the number or more.');
const count = (description: string) => z.number().int().min(0).describe(description);

/** `less than N` → `max: N - 1`; `at least N` → `min: N` (counts are whole numbers). */
function bound(kind: 'less than' | 'at least', threshold: number): { min: number } | { max: number } {
  return kind === 'at least' ? { min: threshold } : { max: threshold - 1 };
}

/** Builds `min_<unit>` / `max_<unit>` specs from an IFEval relation. */
function minOrMax(unit: string, kind: 'less than' | 'at least', threshold: number) {
  return kind === 'at least'
    ? { check: `min_${unit}`, params: { n: threshold } }
    : { check: `max_${unit}`, params: { n: threshold - 1 } };
}

const noKwargs = z.strictObject({});

/** Every IFEval instruction id, in IFEval's order of groups. */
export const ifevalAliases: readonly AnyCheckAlias[] = [
  defineAlias({
    id: 'change_case:capital_word_frequency',
    targets: ['capital_words'],
    summary: 'Words in all capitals appear "less than" / "at least" capital_frequency times.',
    params: z.strictObject({
      capital_frequency: count('How many words in capitals.'),
      capital_relation: relation,
    }),
    mapParams: (kwargs) => ({
      check: 'capital_words',
      params: bound(kwargs.capital_relation, kwargs.capital_frequency),
    }),
  }),
  defineAlias({
    id: 'change_case:english_capital',
    targets: ['casing'],
    summary: 'The whole response is in English and in capital letters.',
    params: noKwargs,
    mapParams: () => ({ check: 'casing', params: { style: 'upper', language: 'en' } }),
  }),
  defineAlias({
    id: 'change_case:english_lowercase',
    targets: ['casing'],
    summary: 'The whole response is in English and in lower-case letters.',
    params: noKwargs,
    mapParams: () => ({ check: 'casing', params: { style: 'lower', language: 'en' } }),
  }),
  defineAlias({
    id: 'combination:repeat_prompt',
    targets: ['starts_with'],
    summary: 'The response starts by repeating the request word for word (case-insensitive).',
    params: z.strictObject({
      prompt_to_repeat: z.string().min(1).describe('The request the response must start with.'),
    }),
    mapParams: (kwargs) => ({
      check: 'starts_with',
      params: { prefix: strip(kwargs.prompt_to_repeat), case_sensitive: false },
    }),
  }),
  defineAlias({
    id: 'combination:two_responses',
    targets: ['two_responses'],
    summary: 'Two different responses separated by ******.',
    params: noKwargs,
    mapParams: () => ({ check: 'two_responses', params: {} }),
  }),
  defineAlias({
    id: 'detectable_content:number_placeholders',
    targets: ['placeholders'],
    summary: 'At least num_placeholders placeholders in square brackets, such as [address].',
    params: z.strictObject({ num_placeholders: count('The fewest placeholders.') }),
    mapParams: (kwargs) => ({ check: 'placeholders', params: { min: kwargs.num_placeholders } }),
  }),
  defineAlias({
    id: 'detectable_content:postscript',
    targets: ['postscript'],
    summary: 'A postscript starting with postscript_marker (P.S. or P.P.S).',
    params: z.strictObject({
      postscript_marker: z.string().min(1).describe('The postscript marker, e.g. "P.S.".'),
    }),
    mapParams: (kwargs) => ({ check: 'postscript', params: { marker: strip(kwargs.postscript_marker) } }),
  }),
  defineAlias({
    id: 'detectable_format:constrained_response',
    targets: ['regex'],
    summary: 'The response contains one of "My answer is yes.", "My answer is no.", "My answer is maybe."',
    params: noKwargs,
    mapParams: () => ({ check: 'regex', params: { pattern: 'My answer is (?:yes|no|maybe)\\.' } }),
  }),
  defineAlias({
    id: 'detectable_format:json_format',
    targets: ['json'],
    summary: 'The whole response is JSON (a ```json fence around it is allowed).',
    params: noKwargs,
    mapParams: () => ({ check: 'json', params: { allow_fences: true } }),
  }),
  defineAlias({
    id: 'detectable_format:multiple_sections',
    targets: ['section_count'],
    summary: 'At least num_sections sections, each starting with "<section_spliter> <number>".',
    params: z.strictObject({
      section_spliter: z
        .string()
        .min(1)
        .describe('The section marker word, e.g. "Section" (IFEval spelling).'),
      num_sections: count('The fewest sections.'),
    }),
    mapParams: (kwargs) => ({
      check: 'section_count',
      params: { min: kwargs.num_sections, splitter: kwargs.section_spliter },
    }),
  }),
  defineAlias({
    id: 'detectable_format:number_bullet_lists',
    targets: ['bullet_count'],
    summary: 'Exactly num_bullets markdown bullet points.',
    params: z.strictObject({ num_bullets: count('The exact number of bullet points.') }),
    mapParams: (kwargs) => ({ check: 'bullet_count', params: { exact: kwargs.num_bullets } }),
  }),
  defineAlias({
    id: 'detectable_format:number_highlighted_sections',
    targets: ['highlighted_sections'],
    summary: 'At least num_highlights *highlighted* sections.',
    params: z.strictObject({ num_highlights: count('The fewest highlighted sections.') }),
    mapParams: (kwargs) => ({ check: 'highlighted_sections', params: { min: kwargs.num_highlights } }),
  }),
  defineAlias({
    id: 'detectable_format:title',
    targets: ['bracketed_title'],
    summary: 'A title wrapped in double angular brackets, such as <<poem of joy>>.',
    params: noKwargs,
    mapParams: () => ({ check: 'bracketed_title', params: {} }),
  }),
  defineAlias({
    id: 'keywords:existence',
    targets: ['required_phrases'],
    summary: 'Every keyword appears (case-insensitive, also inside longer words).',
    params: z.strictObject({
      keywords: z.array(z.string().min(1)).min(1).describe('Keywords that must all appear.'),
    }),
    mapParams: (kwargs) => ({ check: 'required_phrases', params: { phrases: kwargs.keywords } }),
  }),
  defineAlias({
    id: 'keywords:forbidden_words',
    targets: ['forbidden_phrases'],
    summary: 'None of the forbidden words appears as a whole word (case-insensitive).',
    params: z.strictObject({
      forbidden_words: z.array(z.string().min(1)).min(1).describe('Words that must not appear.'),
    }),
    mapParams: (kwargs) => ({
      check: 'forbidden_phrases',
      params: { phrases: kwargs.forbidden_words, whole_words: true },
    }),
  }),
  defineAlias({
    id: 'keywords:frequency',
    targets: ['phrase_count'],
    summary: 'The keyword appears "less than" / "at least" frequency times (case-insensitive).',
    params: z.strictObject({
      keyword: z.string().min(1).describe('The keyword to count.'),
      frequency: count('How many times.'),
      relation,
    }),
    mapParams: (kwargs) => ({
      check: 'phrase_count',
      params: { phrase: strip(kwargs.keyword), ...bound(kwargs.relation, kwargs.frequency) },
    }),
  }),
  defineAlias({
    id: 'keywords:letter_frequency',
    targets: ['letter_count'],
    summary: 'The letter appears "less than" / "at least" let_frequency times (case-insensitive).',
    params: z.strictObject({
      letter: z.string().min(1).describe('The letter to count.'),
      let_frequency: count('How many times.'),
      let_relation: relation,
    }),
    mapParams: (kwargs) => ({
      check: 'letter_count',
      params: { letter: strip(kwargs.letter), ...bound(kwargs.let_relation, kwargs.let_frequency) },
    }),
  }),
  defineAlias({
    id: 'language:response_language',
    targets: ['language'],
    summary: 'The whole response is in the given language (ISO 639-1).',
    params: z.strictObject({ language: z.string().min(1).describe('ISO 639-1 code, e.g. "de".') }),
    mapParams: (kwargs) => ({ check: 'language', params: { language: kwargs.language } }),
  }),
  defineAlias({
    id: 'length_constraints:nth_paragraph_first_word',
    targets: ['paragraph_first_word'],
    summary:
      'Exactly num_paragraphs paragraphs (blank-line separated); paragraph nth_paragraph starts with first_word.',
    params: z.strictObject({
      num_paragraphs: count('The exact number of paragraphs.'),
      nth_paragraph: count('Which paragraph (1 = first).'),
      first_word: z.string().min(1).describe('The word that paragraph starts with.'),
    }),
    mapParams: (kwargs) => ({
      check: 'paragraph_first_word',
      params: { paragraphs: kwargs.num_paragraphs, nth: kwargs.nth_paragraph, word: kwargs.first_word },
    }),
  }),
  defineAlias({
    id: 'length_constraints:number_paragraphs',
    targets: ['paragraph_count'],
    summary: 'Exactly num_paragraphs paragraphs separated by the markdown divider ***.',
    params: z.strictObject({ num_paragraphs: count('The exact number of paragraphs.') }),
    mapParams: (kwargs) => ({
      check: 'paragraph_count',
      params: { exact: kwargs.num_paragraphs, separator: 'divider' },
    }),
  }),
  defineAlias({
    id: 'length_constraints:number_sentences',
    targets: ['min_sentences', 'max_sentences'],
    summary: '"less than" / "at least" num_sentences sentences.',
    params: z.strictObject({ num_sentences: count('How many sentences.'), relation }),
    mapParams: (kwargs) => minOrMax('sentences', kwargs.relation, kwargs.num_sentences),
  }),
  defineAlias({
    id: 'length_constraints:number_words',
    targets: ['min_words', 'max_words'],
    summary: '"less than" / "at least" num_words words.',
    params: z.strictObject({ num_words: count('How many words.'), relation }),
    mapParams: (kwargs) => minOrMax('words', kwargs.relation, kwargs.num_words),
  }),
  defineAlias({
    id: 'punctuation:no_comma',
    targets: ['forbidden_phrases'],
    summary: 'No comma anywhere in the response.',
    params: noKwargs,
    mapParams: () => ({ check: 'forbidden_phrases', params: { phrases: [','], case_sensitive: true } }),
  }),
  defineAlias({
    id: 'startend:end_checker',
    targets: ['ends_with'],
    summary: 'The response ends with end_phrase (case-insensitive; closing quotes ignored).',
    params: z.strictObject({ end_phrase: z.string().min(1).describe('The phrase the response ends with.') }),
    mapParams: (kwargs) => ({
      check: 'ends_with',
      params: { suffix: strip(kwargs.end_phrase), case_sensitive: false, ignore_quotes: true },
    }),
  }),
  defineAlias({
    id: 'startend:quotation',
    targets: ['wrapped_in_quotes'],
    summary: 'The whole response is wrapped in double quotation marks.',
    params: noKwargs,
    mapParams: () => ({ check: 'wrapped_in_quotes', params: {} }),
  }),
];
