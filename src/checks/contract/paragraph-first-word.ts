import { z } from 'zod';
import { defineCheck } from '../../core/check.js';
import { isBlank, splitWhitespace, strip } from '../text/python-text.js';
import { blankLineParagraphs } from './paragraph-count.js';

const wordEnd = new Set(['.', ',', '?', '!', "'", '"']);

/** The first word of a paragraph, lower-cased, without leading quotes or trailing punctuation (as IFEval reads it). */
function firstWord(paragraph: string): string {
  const word = splitWhitespace(paragraph)[0]!.replace(/^'+/, '').replace(/^"+/, '');
  let result = '';
  for (const character of word) {
    if (wordEnd.has(character)) break;
    result += character.toLowerCase();
  }
  return result;
}

/** The output has n paragraphs and its nth paragraph starts with a given word. */
export const paragraphFirstWordCheck = defineCheck({
  id: 'paragraph_first_word',
  category: 'structure',
  summary:
    'The output has exactly `paragraphs` paragraphs (separated by blank lines) and paragraph `nth` starts with `word` (case-insensitive).',
  whenToUse:
    'Structured letters or essays with a fixed opening word for one paragraph; IFEval nth_paragraph_first_word.',
  whenNotToUse:
    'How the whole output starts (use starts_with); paragraph counts alone (use paragraph_count).',
  params: z
    .strictObject({
      paragraphs: z.number().int().min(1).describe('Exact number of paragraphs (separated by blank lines).'),
      nth: z.number().int().min(1).describe('Which paragraph (1 = the first) must start with the word.'),
      word: z.string().min(1).describe('The word that paragraph must start with.'),
    })
    .refine((params) => params.nth <= params.paragraphs, {
      message: 'nth cannot be larger than paragraphs',
      path: ['nth'],
    }),
  compile(params) {
    return { ...params, word: params.word.toLowerCase() };
  },
  run(output, compiled) {
    const parts = blankLineParagraphs(output);
    const count = parts.filter((part) => !isBlank(part)).length;
    // As in IFEval, the nth part is taken before blank parts are dropped.
    const paragraph = compiled.nth <= count ? strip(parts[compiled.nth - 1]!) : '';
    if (paragraph === '') return { pass: false, detail: `${count} paragraphs, no paragraph ${compiled.nth}` };
    const found = firstWord(paragraph);
    if (count !== compiled.paragraphs)
      return { pass: false, detail: `${count} paragraphs, exactly ${compiled.paragraphs} required` };
    if (found !== compiled.word) {
      return {
        pass: false,
        detail: `paragraph ${compiled.nth} starts with ${JSON.stringify(found)}, expected ${JSON.stringify(compiled.word)}`,
      };
    }
    return { pass: true };
  },
});
