import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../core/config.js';
import type { EvalCase } from '../core/eval-case.js';
import type { ItemResult } from '../core/report/item-result.js';
import type { PreparedProject } from '../project/prepare-project.js';
import { evalCases } from '../testing/eval-cases.js';
import { assessFoundation } from './assess-foundation.js';
import { classify, goldInContext } from './evaluate-items.js';

/** An item whose gold passage did (`hit`) or did not reach a 3-passage prompt, answered right or wrong. */
function row(hit: boolean, correct: boolean, position = 1): Partial<EvalCase> & { correct: boolean } {
  const contexts = [0, 1, 2].map((index) => ({ id: `n${index}`, text: `passage ${index}` }));
  if (hit) contexts[position - 1] = { id: 'gold', text: 'gold passage' };
  return { contexts, goldIds: ['gold'], correct };
}

function repeat(count: number, make: () => Partial<EvalCase> & { correct: boolean }) {
  return Array.from({ length: count }, make);
}

async function assess(
  rows: (Partial<EvalCase> & { correct?: boolean })[],
  retrieval?: PreparedProject['retrieval'],
) {
  const cases = evalCases(
    rows.map(({ correct: _correct, ...fields }, index) => ({
      ...fields,
      input: fields.input ?? `question ${index}`,
    })),
  );
  const items: ItemResult[] = cases.map((evalCase, index) => {
    const correct = rows[index]!.correct ?? true;
    const itemClass = classify(correct, correct, true);
    const gold = goldInContext(evalCase);
    return {
      id: evalCase.id,
      line: evalCase.line,
      class: itemClass,
      foundation: !correct && gold === false,
      correctStrict: correct,
      correctLenient: correct,
      contractMet: true,
      contractMetLoose: true,
      score: correct ? 1 : 0,
      checks: [],
      goldInContext: gold,
      tags: {},
    };
  });
  const thresholds = thresholdsSchema.parse({});
  const project = {
    cases: cases.map((evalCase) => ({ evalCase, checks: [] })),
    retrieval,
    files: [{ role: 'eval', path: 'eval.jsonl', sha256: '', bytes: 0 }],
  } as unknown as PreparedProject;
  return assessFoundation({
    project,
    items,
    thresholds,
  });
}

describe('assessFoundation', () => {
  it('foundation_gap: failures mostly lack the gold passage and hits are far more accurate', async () => {
    const question = await assess([
      ...repeat(24, () => row(true, true)),
      ...repeat(6, () => row(true, false)),
      ...repeat(6, () => row(false, true)),
      ...repeat(24, () => row(false, false)),
    ]);
    expect(question.status).toBe('foundation_gap');
    if (question.status === 'not_assessed') return;
    expect(question.goldSource).toBe('gold_ids');
    expect(question.items).toMatchObject({
      assessed: 60,
      goldPresent: 30,
      failures: 30,
      failuresGoldMissing: 24,
    });
    expect(question.goldMissingShareOfFailures.value).toBeCloseTo(0.8, 12);
    expect(question.projectedLift).toMatchObject({
      kind: 'estimate',
      note: expect.stringMatching(/confounded/),
    });
    expect(question.retrieval).toMatchObject({ source: 'inline', k: 3, queries: 60 });
    expect(question.retrieval!.hitRate.value).toBeCloseTo(0.5, 12);
  });
  it('says the operating k of inline contexts is what the prompts hold, not retrieval.k', async () => {
    const rows = [...repeat(30, () => row(true, true)), ...repeat(30, () => row(false, false))];
    const configured = { k: 5, level: 1, contextsFromRun: 0, goldFromQrels: 0, findings: [] };
    const question = await assess(rows, configured);
    if (question.status === 'not_assessed') throw new Error(question.reason);
    expect(question.retrieval?.k).toBe(3);
    expect(question.details.k).toBe(3);
    expect(question.reason).toContain(
      'with contexts logged in the eval rows, k is what the prompts hold: 3 passage(s) in the largest prompt, not retrieval.k 5 from fixfirst.yaml',
    );
    const unset = await assess(rows);
    expect(unset.reason).not.toContain('retrieval.k');
  });
  it('no_foundation_gap: failures happen with the gold passage in the prompt', async () => {
    const question = await assess([
      ...repeat(20, () => row(true, true)),
      ...repeat(25, () => row(true, false)),
      ...repeat(12, () => row(false, true)),
      ...repeat(3, () => row(false, false)),
    ]);
    expect(question.status).toBe('no_foundation_gap');
  });
  it('inconclusive: too few items without the gold passage, with the number needed', async () => {
    const question = await assess([
      ...repeat(40, () => row(true, true)),
      ...repeat(10, () => row(true, false)),
      ...repeat(3, () => row(false, false)),
    ]);
    expect(question.status).toBe('inconclusive');
    if (question.status === 'not_assessed') return;
    expect(question.itemsNeeded).toBe(Math.ceil((10 * 53) / 3));
    expect(question.reason).toMatch(/about 177 eval items/);
  });
  it('not_assessed without retrieval data, saying what to provide, and still reporting eval-set hygiene', async () => {
    const question = await assess([
      { input: 'same', reference: 'a' },
      { input: 'same', reference: 'b' },
    ]);
    expect(question.status).toBe('not_assessed');
    expect(question.reason).toMatch(/add `contexts`.*`gold_ids`.*retrieval: \{qrels/);
    expect(question.reason).toMatch(/Eval-set hygiene: 2 item\(s\) contradictory_reference/);
    expect(question.hygiene?.map((finding) => finding.code)).toEqual(['contradictory_reference']);
  });
  it('uses answer-in-context without gold ids, and says so', async () => {
    const passages = (answer: boolean) => [
      { id: 'p1', text: 'Nothing here' },
      { id: 'p2', text: answer ? 'The answer is Paris.' : 'Lyon is nice.' },
    ];
    const question = await assess([
      ...repeat(12, () => ({ contexts: passages(true), reference: 'Paris', correct: true })),
      ...repeat(12, () => ({ contexts: passages(false), reference: 'Paris', correct: false })),
    ]);
    if (question.status === 'not_assessed') throw new Error('expected an assessment');
    expect(question.goldSource).toBe('answer_in_context');
    expect(question.answerInContext.items).toBe(24);
    expect(question.reason).toMatch(/answer-in-context: a proxy/);
    expect(question.byPosition.map((slice) => slice.label)).toEqual(['last']);
  });
  it('reports accuracy by gold position with Holm-adjusted tests', async () => {
    const question = await assess([
      ...repeat(10, () => row(true, true, 1)),
      ...repeat(10, () => row(true, false, 2)),
      ...repeat(10, () => row(true, true, 3)),
      ...repeat(10, () => row(false, false)),
    ]);
    if (question.status === 'not_assessed') throw new Error('expected an assessment');
    expect(question.byPosition.map((slice) => [slice.label, slice.accuracy.value])).toEqual([
      ['first', 1],
      ['2–3', 0],
      ['last', 1],
    ]);
    for (const slice of question.byPosition)
      expect(slice.adjustedPValue).toBeGreaterThanOrEqual(slice.pValue);
  });
});
