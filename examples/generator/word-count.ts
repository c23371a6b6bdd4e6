/** Words as a reader (and a `max_words` check) counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
