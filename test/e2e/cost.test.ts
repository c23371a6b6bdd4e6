import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { costQuestionSchema } from '../../src/core/report/cost-question.js';
import { runMain } from '../helpers/run-main.js';

/** evidence-cost.md §6.2: gpt-4.1-mini, 2,000 tokens of few-shot examples, 500 of prompt, 200 out. */
const workedExample = {
  model: 'openai:gpt-4.1-mini',
  'training-tokens': '700000',
  examples: '1000',
  'few-shot-tokens': '2000',
  'user-tokens': '500',
  'output-tokens': '200',
  'requests-per-month': '300000',
  today: '2026-11-30',
};

/** Runs `fixfirst cost` with these flags, in order: `{model: 'x'}` passes `--model x`, `{json: true}` passes `--json`. */
function cost(flags: Record<string, string | true>) {
  const argv = Object.entries(flags).flatMap(([name, value]) =>
    value === true ? [`--${name}`] : [`--${name}`, value],
  );
  return runMain(['cost', ...argv]);
}

describe('fixfirst cost', () => {
  it('reproduces the worked example: cached $0.00072 vs fine-tuned $0.00104 per request', async () => {
    const run = await cost({ ...workedExample, json: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = costQuestionSchema.parse(JSON.parse(run.stdout));
    expect(result.fineTune?.perRequest.promptUsd).toBeCloseTo(0.00072, 12);
    expect(result.fineTune?.perRequest.fineTunedUsd).toBeCloseTo(0.00104, 12);
    expect(result.fineTune?.training.runUsd).toBeCloseTo(10.5, 10);
    // No value configured: priced, but no payback; it says which keys are missing.
    expect(result.status).toBe('not_assessed');
    expect(result.reason).toContain('a payback needs --value-per-point');
    expect(result.platformRisk?.lastTrainingDay).toBe('2027-01-06');
    expect(result.platformRisk?.fineTuneRetires).toBe('2027-01-14');
  });

  it('prints payback, break-even traffic and the platform dates in the text view', async () => {
    const run = await cost({
      ...workedExample,
      'value-per-point': '800',
      'lift-points': '6',
      'eval-items': '300',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PAYS BACK');
    expect(run.stdout).toContain('today $0.00072 → fine-tuned $0.00104');
    expect(run.stdout).toContain('pays back only up to 12.9M requests/month');
    expect(run.stdout).toContain('openai stops all new fine-tuning jobs on 2027-01-06 (in 37 days)');
    expect(run.stdout).toContain('forced migration');
  });

  it('lists the known models with prices, dates and platform status', async () => {
    const run = await cost({ 'list-models': true, today: '2026-11-30' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/openai:gpt-4\.1-nano\s.*fine-tuning closed/);
    expect(run.stdout).toMatch(/openai:gpt-4\.1-mini\s.*fine-tunes retire 2027-01-14/);
    expect(run.stdout).toMatch(/self-hosted:llama-3\.1-8b-lora\s.*open/);
  });

  it('says a closed path is closed (gpt-4.1-nano fine-tunes shut down 2026-10-23)', async () => {
    const run = await cost({
      model: 'openai:gpt-4.1-nano',
      'training-tokens': '100000',
      today: '2026-11-30',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('NOT ASSESSED');
    expect(run.stdout).toContain('since 2026-10-23');
  });

  it('accepts explicit prices for a model it does not know', async () => {
    const run = await cost({
      model: 'anthropic:claude-haiku-4-5',
      'input-price': '1',
      'output-price': '5',
      'fine-tune-model': 'fireworks:up-to-16b',
      'training-tokens': '100000',
      'user-tokens': '100',
      'output-tokens': '50',
      'requests-per-month': '1000',
      json: true,
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.fineTune.perRequest.promptUsd).toBeCloseTo((100 * 1 + 50 * 5) / 1e6, 12);
    expect(result.prices.sources.map((source: { id: string }) => source.id)).toContain('configured');
  });

  it('counts the tokens of a training file with OpenAI’s per-message rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-cost-'));
    const rows = [
      {
        messages: [
          { role: 'user', content: 'Where is my parcel?' },
          { role: 'assistant', content: 'shipping' },
        ],
      },
      {
        messages: [
          { role: 'user', content: 'Refund me, please.' },
          { role: 'assistant', content: 'refund' },
        ],
      },
    ];
    writeFileSync(join(dir, 'train.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n'));
    // 3 per example + per message 3 + tokens(role) + tokens(content)
    const expected = rows.reduce(
      (sum, row) =>
        sum +
        3 +
        row.messages.reduce(
          (inner, message) => inner + 3 + countTokens(message.role) + countTokens(message.content),
          0,
        ),
      0,
    );
    const run = await cost({ model: 'openai:gpt-4.1-mini', train: join(dir, 'train.jsonl'), json: true });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.fineTune.training.tokensPerEpoch).toBe(expected);
    expect(result.fineTune.training.examples).toBe(2);
    expect(result.fineTune.training.epochs).toBe(25); // OpenAI's rule: floor(100 / 2) capped at 25
  });
});

describe('fixfirst cost: bad input', () => {
  it('an unknown model lists the known ones and suggests the nearest (exit 2)', async () => {
    const run = await cost({ model: 'openai:gpt-4.1-mni' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown model "openai:gpt-4.1-mni"');
    expect(run.stderr).toContain('Did you mean "openai:gpt-4.1-mini"?');
    expect(run.stderr).toContain('Known: openai:gpt-4.1,');
    expect(run.stderr).toContain('--input-price');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('a negative number names its flag', async () => {
    const run = await cost({ model: 'openai:gpt-4.1', 'requests-per-month': '-5' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--requests-per-month');
  });
  it('an absurd share or amount names its flag', async () => {
    expect((await cost({ model: 'openai:gpt-4.1', 'cached-share': '1.5' })).stderr).toContain(
      '--cached-share',
    );
    expect((await cost({ model: 'openai:gpt-4.1', 'ft-input-price': '50000' })).stderr).toContain(
      '--ft-input-price',
    );
    expect((await cost({ model: 'openai:gpt-4.1', 'training-tokens': '1.5' })).stderr).toContain(
      '--training-tokens 1.5 must be a whole number',
    );
  });
  it('validates --lift-points in points, not as a share', async () => {
    const run = await runMain(['cost', '--model', 'openai:gpt-4.1', '--lift-points', '150']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'fixfirst: --lift-points 150: must be at most 100\n  fix: give the accuracy points you expect fine-tuning to buy, from 0 to 100, e.g. 4\n',
    );
    expect((await runMain(['cost', '--model', 'openai:gpt-4.1', '--lift-points', '40'])).code).toBe(0);
  });
  it.each([
    ['--horizon', '500', 'must be at most 120', 'the months within which fine-tuning must pay back'],
    ['--horizon', '0', 'must be more than 0', 'the months within which fine-tuning must pay back'],
    ['--cached-share', '1.5', 'must be at most 1', 'the share of requests whose static prefix is cached'],
    ['--iterations', '0', 'must be at least 1', 'the training runs until it works'],
    ['--gpu-price', '0', 'must be more than 0', 'the price of a GPU-hour in USD'],
    ['--ft-input-price', '50000', 'must be at most 10000', 'a price in USD per 1M tokens'],
    ['--epochs', '80', 'must be at most 50', 'a whole number of epochs per run from 1 to 50, or auto'],
  ])('an out-of-range %s %s says its bound and a hint of its own', async (flag, value, bound, hint) => {
    const run = await runMain(['cost', '--model', 'openai:gpt-4.1', flag, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fixfirst: ${flag} ${value}: ${bound}\n  fix: give ${hint}`);
  });
  it('text where a number belongs names its flag', async () => {
    const run = await cost({ model: 'openai:gpt-4.1', 'value-per-point': 'lots' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--value-per-point "lots" is not a number');
  });
  it('a price the data does not have names the flags to pass', async () => {
    const run = await cost({
      model: 'openai:gpt-4.1',
      'fine-tune-model': 'vertex:gemini-2.5-flash',
      'training-tokens': '1000',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'fixfirst: the price data has no fine-tuned input and output prices for vertex:gemini-2.5-flash\n',
    );
    expect(run.stderr).toContain(
      'fix: pass --ft-input-price, --ft-output-price and --hosting-per-month (0 for serverless), or choose a --fine-tune-model the price data prices (--list-models)',
    );
  });
  it('a model it does not know: the hint, and each later message, name every price flag it needs', async () => {
    const unknown = await runMain(['cost', '--model', 'acme:m1', '--training-tokens', '1000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'fix: pass its prices: --input-price and --output-price (the model serving today); --training-price, --ft-input-price, --ft-output-price and --hosting-per-month (the fine-tune; 0 for serverless)',
    );
    const base = ['cost', '--model', 'acme:m1', '--training-tokens', '1000'];
    const priced = await runMain([...base, '--input-price', '1', '--output-price', '2']);
    expect(priced.stderr).toContain(
      'fix: pass --training-price, --ft-input-price, --ft-output-price and --hosting-per-month (0 for serverless)',
    );
    const allButHosting = await runMain([
      ...base,
      ...['--input-price', '1', '--output-price', '2', '--training-price', '3'],
      ...['--ft-input-price', '1', '--ft-output-price', '2'],
    ]);
    expect(allButHosting.stderr).toContain(
      'fixfirst: the price data has no monthly cost of serving the fine-tune for acme:m1\n',
    );
    expect(allButHosting.stderr).toContain('fix: pass --hosting-per-month (0 for serverless)');
    const complete = await runMain([
      ...base,
      ...['--input-price', '1', '--output-price', '2', '--training-price', '3'],
      ...['--ft-input-price', '1', '--ft-output-price', '2', '--hosting-per-month', '0'],
    ]);
    expect(complete.code).toBe(0);
  });
  it('the --list-models footer names every price flag', async () => {
    const run = await runMain(['cost', '--list-models']);
    expect(run.stdout).toContain(
      'A model not listed: pass its prices: --input-price and --output-price (the model serving today); --training-price, --ft-input-price, --ft-output-price and --hosting-per-month (the fine-tune; 0 for serverless).',
    );
  });
  it('a price file that fails its schema names the field (exit 4)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixfirst-prices-'));
    const prices = JSON.parse(readFileSync(new URL('../../src/cost/prices.json', import.meta.url), 'utf8'));
    prices.models[1].inference.input = -0.4;
    writeFileSync(join(dir, 'prices.json'), JSON.stringify(prices));
    const run = await cost({ model: 'openai:gpt-4.1', prices: join(dir, 'prices.json') });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('field "models[1].inference.input"');
  });
  it('a --train that is a folder, has no extension or an unknown format points at the flags', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fixfirst-train-'));
    const model = ['cost', '--model', 'openai:gpt-4.1'];
    const asFolder = await runMain([...model, '--train', folder]);
    expect(asFolder.code).toBe(3);
    expect(asFolder.stderr).toContain(`${folder}: is a folder, not a training file`);
    expect(asFolder.stderr).toContain('fix: check the --train path');
    const bare = join(folder, 'train');
    writeFileSync(bare, '{"messages": []}\n');
    const noExtension = await runMain([...model, '--train', bare]);
    expect(noExtension.stderr).toContain('cannot tell the training-set format: the file has no extension');
    expect(noExtension.stderr).not.toContain('Did you mean');
    expect(noExtension.stderr).toContain('fix: pass --train-format with one of jsonl, json, csv, parquet');
    expect(noExtension.stderr).not.toContain('`train:');
    const typo = await runMain([...model, '--train', bare, '--train-format', 'jsnl']);
    expect(typo.stderr).toContain('unknown training-set format "jsnl"');
    expect(typo.stderr).toContain('Did you mean "jsonl"?');
    expect(typo.stderr).toContain('fix: pass --train-format');
  });
  it('a missing --model is a usage error', async () => {
    const run = await runMain(['cost']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--model is required');
  });
});
