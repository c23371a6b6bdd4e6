import { isAbsolute, relative } from 'node:path';

/**
 * How a path is shown in messages: relative to the current folder when it lies inside it
 * (`examples/support-bot/data/eval.jsonl`), absolute otherwise (never `../../tmp/...`).
 */
export function displayPath(absolutePath: string): string {
  const fromHere = relative(process.cwd(), absolutePath);
  if (fromHere === '') return '.';
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? absolutePath : fromHere;
}
