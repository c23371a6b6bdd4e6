import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** Every bundled example with the verdict its manifest (and README) promises. */
const examples = readdirSync(join(repoRoot, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'generator')
  .map((entry) => {
    const manifest = JSON.parse(
      readFileSync(join(repoRoot, 'examples', entry.name, 'manifest.json'), 'utf8'),
    ) as { expectedVerdict: string };
    return { name: entry.name, expected: manifest.expectedVerdict };
  });

function verdictOn(example: string, today: string): { decision: string; exitCode: number } {
  const run = runCli(['diagnose', `examples/${example}`, '--json', '--today', today]);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const report = JSON.parse(run.stdout) as { verdict: { decision: string } };
  return { decision: report.verdict.decision, exitCode: run.code };
}

describe('the bundled examples reach the verdicts they promise, through the real CLI', () => {
  it('covers all six verdicts', () => {
    expect(new Set(examples.map((example) => example.expected))).toEqual(
      new Set(['FIX_PROMPT', 'FIX_DATA', 'FIX_FOUNDATION', 'NOT_WORTH_IT', 'FINE_TUNE', 'INCONCLUSIVE']),
    );
  });

  for (const example of examples) {
    it(`${example.name} → ${example.expected}`, () => {
      expect(verdictOn(example.name, '2026-11-30')).toEqual({ decision: example.expected, exitCode: 0 });
    });
  }

  // OpenAI stops new fine-tuning jobs on 2027-01-06 and retires gpt-4o-mini on 2027-01-14: the examples whose
  // verdict rests on Q3 price another path, so they must read the same after those dates.
  for (const name of ['behavioral-gap', 'not-worth-it']) {
    it(`${name} reads the same after OpenAI's fine-tuning shutdown`, () => {
      const expected = examples.find((example) => example.name === name)?.expected;
      expect(verdictOn(name, '2027-06-01').decision).toBe(expected);
    });
  }

  it('the README quickstart prints the verdict in the terminal and exits 0', () => {
    const run = runCli(['diagnose', 'examples/support-bot']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/VERDICT\s+FIX_PROMPT/);
    expect(run.stdout).toMatch(/Action plan\n 1\. /);
  });

  it('rejects a --today that is not a date, naming the flag', () => {
    const run = runCli(['diagnose', 'examples/support-bot', '--today', '2026-13-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--today "2026-13-01" is not a date');
    expect(run.stderr).toContain('YYYY-MM-DD');
  });
});
