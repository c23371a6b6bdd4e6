import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { detectableLanguages, loadLanguageJudge } from '../text/detect-language.js';
import { isLower, isUpper } from '../text/python-text.js';
import { splitSentences } from '../text/sentence-splitter.js';

/** Short words that stay lower-case inside a title. */
const minorWords = new Set(
  'a an the and but or nor for so yet as at by in of on to up via with from into onto over per than vs'.split(
    ' ',
  ),
);

function sentenceCaseProblem(output: string): string | undefined {
  for (const sentence of splitSentences(output)) {
    const first = sentence.match(/\p{L}/u)?.[0];
    if (first !== undefined && !isUpper(first))
      return `sentence ${JSON.stringify(sentence.slice(0, 40))} starts lower-case`;
  }
  return undefined;
}

function titleCaseProblem(output: string): string | undefined {
  const words = output.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  for (const [index, word] of words.entries()) {
    if (index > 0 && minorWords.has(word.toLowerCase())) continue;
    if (!isUpper(word[0]!)) return `word ${JSON.stringify(word)} is not capitalised`;
  }
  return undefined;
}

/** The output is written in one letter case: all lower, all upper, sentence case or title case. */
export const casingCheck = defineCheck({
  id: 'casing',
  category: 'format',
  summary:
    'The output is in one letter case: lower (no capitals), upper (no lower-case letters), sentence (each sentence starts with a capital) or title (each major word capitalised).',
  whenToUse:
    'Style rules for headlines, labels or brand voice; IFEval english_capital / english_lowercase (with language: en).',
  whenNotToUse: 'Counting capitalised words (use capital_words); case-insensitive content checks.',
  params: z.strictObject({
    style: z.enum(['lower', 'upper', 'sentence', 'title']).describe('Which letter case the output must use.'),
    language: z
      .string()
      .refine((code) => detectableLanguages.has(code), 'unsupported language code (see the language check)')
      .optional()
      .describe('Also require this language (ISO 639-1, e.g. "en"), detected as the language check does.'),
  }),
  async compile(params) {
    return { ...params, judge: params.language === undefined ? undefined : await loadLanguageJudge() };
  },
  run(output, params) {
    let problem: string | undefined;
    if (params.style === 'lower' && !isLower(output)) {
      problem =
        isUpper(output) || /\p{Uppercase}/u.test(output) ? 'contains capital letters' : 'contains no letters';
    } else if (params.style === 'upper' && !isUpper(output)) {
      problem = /\p{Lowercase}/u.test(output) ? 'contains lower-case letters' : 'contains no letters';
    } else if (params.style === 'sentence') problem = sentenceCaseProblem(output);
    else if (params.style === 'title') problem = titleCaseProblem(output);
    if (problem !== undefined) return { pass: false, detail: `not ${params.style} case: ${problem}` };
    if (params.language !== undefined && params.judge !== undefined) {
      const verdict = params.judge(output, params.language);
      if (!verdict.pass) return verdict;
    }
    return { pass: true };
  },
});
