import { z } from 'zod';
import { defineCheck } from '../../core/check.js';

// Created on first use: building a segmenter costs start-up time every project would pay.
let segmenter: Intl.Segmenter | undefined;
// Emoji shown as pictures: emoji-presentation characters, text symbols forced to emoji style
// (U+FE0F), keycaps. Plain ©, ® and ™ are not counted.
const emoji = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\u20E3/u;

/** Counts emoji, one per displayed symbol (a family or a flag is one). */
export function countEmoji(text: string): number {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let count = 0;
  for (const { segment } of segmenter.segment(text)) if (emoji.test(segment)) count++;
  return count;
}

/** The output has at most n emoji. */
export const maxEmojiCheck = defineCheck({
  id: 'max_emoji',
  category: 'tone',
  summary: 'The output has at most n emoji (each displayed symbol counts once: a flag or a family is one).',
  whenToUse: 'Professional channels (e-mail, B2B support, legal); n: 0 bans them.',
  whenNotToUse: 'Casual chat or social posts where emoji are part of the voice.',
  params: z.strictObject({
    n: z.number().int().min(0).describe('The most emoji allowed.'),
  }),
  run(output, params) {
    const count = countEmoji(output);
    return count <= params.n
      ? { pass: true, detail: `${count} emoji` }
      : { pass: false, detail: `${count} emoji, at most ${params.n} allowed` };
  },
});
