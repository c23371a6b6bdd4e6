import { strip } from './text/python-text.js';

/**
 * IFEval's "loose" response variants (Zhou et al. 2023, instruction_following_eval/evaluation_lib.py):
 * the response itself, with the first line, the last line, or both removed (each stripped of
 * surrounding whitespace, Python's definition), and each of those with all `*` characters removed.
 * An instruction is loosely followed when it holds for any non-blank variant.
 */
export function looseVariants(response: string): string[] {
  const lines = response.split('\n');
  const removeFirst = strip(lines.slice(1).join('\n'));
  const removeLast = strip(lines.slice(0, -1).join('\n'));
  const removeBoth = strip(lines.slice(1, -1).join('\n'));
  const noStars = (text: string) => text.replaceAll('*', '');
  return [
    response,
    noStars(response),
    removeFirst,
    removeLast,
    removeBoth,
    noStars(removeFirst),
    noStars(removeLast),
    noStars(removeBoth),
  ];
}
