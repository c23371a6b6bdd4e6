import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { detectableLanguages, loadLanguageJudge } from '../text/detect-language.js';

/** The output is written in a given language. */
export const languageCheck = defineCheck({
  id: 'language',
  category: 'language',
  summary:
    'The output is in the given language (ISO 639-1), detected with franc-min. Text without letters counts as met; fewer than 10 letters (in a script several languages share) is too short to verify and counts as not met.',
  whenToUse: "Features that must answer in the user's or a fixed language; IFEval response_language.",
  whenNotToUse:
    'Very short outputs (labels, numbers): detection needs a sentence or more. Mixed-language outputs are judged by their main language.',
  params: z.strictObject({
    language: z
      .string()
      .refine((code) => detectableLanguages.has(code), {
        message: `unsupported language code; use an ISO 639-1 code franc-min detects: ${[...detectableLanguages].sort().join(', ')}`,
      })
      .describe('ISO 639-1 code of the required language, e.g. "en", "de", "ja".'),
  }),
  async compile(params) {
    return { language: params.language, judge: await loadLanguageJudge() };
  },
  run(output, compiled) {
    return compiled.judge(output, compiled.language);
  },
});
