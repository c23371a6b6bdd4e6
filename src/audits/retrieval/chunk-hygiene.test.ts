import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { chunkHygiene } from './chunk-hygiene.js';

describe('chunkHygiene', () => {
  it('counts repeated passages (same id or same text) and empty passages among passages with text', () => {
    const result = chunkHygiene(
      evalCases([
        {
          contexts: [
            { id: 'a', text: 'Same text' },
            { id: 'b', text: 'same  TEXT' },
            { id: 'a', text: 'other' },
          ],
        },
        {
          contexts: [
            { id: 'c', text: 'x' },
            { id: 'd', text: '   ' },
          ],
        },
        {
          contexts: [
            { id: 'e', text: '' },
            { id: 'f', text: '' },
          ],
        },
        {},
      ]),
    );
    expect(result).toMatchObject({
      itemsWithContexts: 3,
      duplicateChunks: 2,
      itemsWithDuplicates: 1,
      emptyChunks: 1,
      itemsWithEmpty: 1,
    });
    expect(result.findings.map((finding) => [finding.code, finding.rows])).toEqual([
      ['duplicate_chunk', [1]],
      ['empty_chunk', [2]],
    ]);
  });
});
