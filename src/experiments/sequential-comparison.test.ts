import { describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../test/helpers/scripted-model.js';
import { Budget } from '../runner/budget.js';
import { CallRunner } from '../runner/call-runner.js';
import { MemoryCallCache } from '../runner/call-store.js';
import { type CandidateArm, runPairedRace, sequentialDecision } from './sequential-comparison.js';

describe('sequentialDecision', () => {
  it('stops for a lift, for a worse candidate, and for a lift below the minimum that matters', () => {
    expect(sequentialDecision({ lower: 0.01, upper: 0.3 }, 0.03)).toBe('lift');
    expect(sequentialDecision({ lower: -0.3, upper: -0.01 }, 0.03)).toBe('worse');
    expect(sequentialDecision({ lower: -0.1, upper: 0.02 }, 0.03)).toBe('no_lift');
    expect(sequentialDecision({ lower: -0.1, upper: 0.2 }, 0.03)).toBeUndefined();
  });
});

describe('runPairedRace', () => {
  // Items 0..199: the baseline passes the even ones; the candidate answers "yes" per its rule.
  const items = Array.from({ length: 200 }, (_, index) => index);
  const model = new ScriptedModel('m', (request) => {
    const [arm, index] = request.prompt[0]!.content.split(':');
    const number = Number(index);
    if (arm === 'perfect') return 'yes';
    if (arm === 'same') return number % 2 === 0 ? 'yes' : 'no';
    return 'no';
  });
  const arm = (id: string): CandidateArm => ({
    id,
    experiment: 'prompt_repair',
    label: id,
    description: id,
    model,
    items,
    request: (index) => ({ prompt: [{ role: 'user', content: `${id}:${index}` }], maxOutputTokens: 5 }),
  });
  const context = (budget = new Budget(undefined), minLift = 0.03) => ({
    runner: new CallRunner({
      concurrency: 8,
      timeoutMs: 1_000,
      cache: new MemoryCallCache(),
      budget,
      priceOf: () => ({ inputUsdPerMillion: 1_000_000, outputUsdPerMillion: 0, source: 'test' }),
    }),
    score: async (_index: number, output: string) => output === 'yes',
    baselinePass: (index: number) => index % 2 === 0,
    batchSize: 10,
    alpha: 0.05,
    minLift,
  });

  it('stops each arm on its own: a clear lift early, a worse candidate early, an equal one undecided at 200 items', async () => {
    const [perfect, same, never] = await runPairedRace(
      [arm('perfect'), arm('same'), arm('never')],
      context(),
    );
    expect(perfect).toMatchObject({
      stop: 'lift',
      table: { onlyCandidate: expect.any(Number), onlyBaseline: 0 },
    });
    expect(perfect!.items).toBeLessThan(200);
    expect(perfect!.calls).toBe(perfect!.items);
    expect(perfect!.lift.value).toBeCloseTo(0.5, 1);
    expect(perfect!.anytime.low).toBeGreaterThan(0);
    expect(perfect!.mcnemarMidP).toBeLessThan(0.001);
    expect(never!.stop).toBe('worse');
    expect(never!.items).toBeLessThan(200);
    // With min_lift 3 pts an exact tie needs more than 200 items to be called futile (stats.md §3.5).
    expect(same!.stop).toBe('inconclusive');
    expect(same!.items).toBe(200);
    expect(same!.reason).toMatch(/only lifts of about \d+\.\d pts are reliably detectable/);
    expect(same!.table.onlyBaseline + same!.table.onlyCandidate).toBe(0);
  });

  it('stops for futility once the interval ends below a larger minimum lift', async () => {
    const [same] = await runPairedRace([arm('same')], context(new Budget(undefined), 0.25));
    expect(same!.stop).toBe('no_lift');
    expect(same!.items).toBeLessThan(200);
  });

  it('marks arms stopped by the cost cap instead of failing', async () => {
    // Each call's worst case is (prompt bytes + framing) dollars at this price: the cap allows a few.
    const [result] = await runPairedRace([arm('perfect')], context(new Budget(150)));
    expect(result!.stop).toBe('budget');
    expect(result!.reason).toMatch(/cost cap/);
  });

  it('reports an arm without items as not started', async () => {
    const [result] = await runPairedRace([{ ...arm('perfect'), items: [] }], context());
    expect(result).toMatchObject({ stop: 'not_started', items: 0, anytime: { low: -1, high: 1 } });
  });
});
