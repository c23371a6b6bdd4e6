import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/core/report/report.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/**
 * The compiled CLI reads the price data from dist/ (tsc copies src/cost/prices.json next to the
 * code that imports it), so `npx fixfirst` works from an installed package.
 */
describe('the compiled CLI finds its price data', () => {
  it('fixfirst cost reproduces evidence-cost.md §6.2: $0.00072 cached vs $0.00104 fine-tuned per request', () => {
    const run = runCli(
      [
        'cost',
        '--model',
        'openai:gpt-4.1-mini',
        '--training-tokens',
        '700000',
        '--few-shot-tokens',
        '2000',
      ].concat(['--user-tokens', '500', '--output-tokens', '200', '--json']),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.fineTune.perRequest.promptUsd).toBeCloseTo(0.00072, 12);
    expect(result.fineTune.perRequest.fineTunedUsd).toBeCloseTo(0.00104, 12);
    expect(result.prices.version).toBe('2026-11-30');
  });
  it('fixfirst diagnose prices Q3 on a project', () => {
    const run = runCli(['diagnose', join(repoRoot, 'test/fixtures/cost-project'), '--json']);
    expect(run.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(run.stdout)).questions.cost.status).toBe('pays_back');
  });
});
