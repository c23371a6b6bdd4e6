import { describe, expect, it } from 'vitest';
import { parseCorpus } from './corpus.js';

describe('parseCorpus', () => {
  it('reads a BEIR corpus by _id (or id), and names the lines it leaves out', () => {
    const { passages, skipped, skippedLines } = parseCorpus(
      '{"_id":"d1","title":"t","text":"x"}\n\n{"id":2,"text":"y"}\n{"_id":"d3"}\nnot json\r\n{"text":"no id"}\n',
    );
    expect([...passages.values()]).toEqual([
      { id: 'd1', text: 'x' },
      { id: '2', text: 'y' },
    ]);
    expect(skipped).toBe(3);
    expect(skippedLines).toEqual([4, 5, 6]);
  });

  it('names the first 20 lines left out and counts them all', () => {
    const parsed = parseCorpus(`${'{"_id":"x"}\n'.repeat(25)}{"_id":"ok","text":"t"}\n`);
    expect(parsed.skipped).toBe(25);
    expect(parsed.skippedLines).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect([...parsed.passages.keys()]).toEqual(['ok']);
  });
});
