import { describe, expect, it } from 'vitest';
import { evalCases } from '../../testing/eval-cases.js';
import { unknownGoldIds } from './unknown-gold-ids.js';

describe('unknownGoldIds', () => {
  it('reports gold ids found in no prompt and nowhere in the run', () => {
    const cases = evalCases([
      { contexts: [{ id: 'doc-1', text: '' }], goldIds: ['doc-1'] },
      { contexts: [{ id: 'doc-2', text: '' }], goldIds: ['doc-9'] },
      { contexts: [{ id: 'doc-3', text: '' }], goldIds: ['doc-7'] },
    ]);
    const findings = unknownGoldIds(
      cases,
      new Map([['x', { docIds: ['doc-7'], scores: [1] }]]),
      'data/eval.jsonl',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'gold_id_unknown',
      severity: 'warning',
      rows: [2],
      rowCount: 1,
    });
    expect(findings[0]!.message).toContain(`"doc-9" (item ${cases[1]!.id}, data/eval.jsonl line 2)`);
  });
  it('raises it to an error with a hint when most gold ids are unknown (ids written differently)', () => {
    const cases = evalCases([
      { contexts: [{ id: 'doc-1', text: '' }], goldIds: ['1'] },
      { contexts: [{ id: 'doc-2', text: '' }], goldIds: ['2'] },
    ]);
    const [finding] = unknownGoldIds(cases, undefined, 'eval.jsonl');
    expect(finding).toMatchObject({ severity: 'error', rowCount: 2 });
    expect(finding!.message).toMatch(/passage ids look like "doc-1"/);
  });
  it('knows the ids of the passage corpus (retrieval.corpus): a gold passage no prompt holds is not unknown', () => {
    const cases = evalCases([
      { contexts: [{ id: 'doc-1', text: '' }], goldIds: ['doc-1'] },
      { contexts: [{ id: 'doc-2', text: '' }], goldIds: ['gold-9', 'gold-8'] },
    ]);
    const corpus = new Map([['gold-9', { id: 'gold-9', text: 'the answer' }]]);
    const [finding] = unknownGoldIds(cases, undefined, 'eval.jsonl', corpus);
    expect(finding).toMatchObject({
      code: 'gold_id_unknown',
      rowCount: 1,
      evidence: { unknown: ['gold-8'] },
    });
    expect(finding!.message).toContain('match no passage id in any prompt or in the corpus');
    expect(
      unknownGoldIds(
        cases,
        undefined,
        'eval.jsonl',
        new Map([...corpus, ['gold-8', { id: 'gold-8', text: 'more' }]]),
      ),
    ).toEqual([]);
  });
});
