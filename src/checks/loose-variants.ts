/**
 * IFEval's "loose" response variants (Zhou et al. 2023, instruction_following_eval/evaluation_lib.py):
 * the response with the first line, the last line, or both removed, each with and without all `*`
 * characters. An instruction is loosely followed when it holds for any non-blank variant.
 */
export function looseVariants(response: string): string[] {
  const lines = response.split('\n');
  const removeFirst = lines.slice(1).join('\n').trim();
  const removeLast = lines.slice(0, -1).join('\n').trim();
  const removeBoth = lines.slice(1, -1).join('\n').trim();
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
