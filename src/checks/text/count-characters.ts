/** Counts Unicode code points (an emoji is one character, not two UTF-16 units). */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
