import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The README's first command, as a user types it on a fresh clone: `npx fixfirst diagnose
 * examples/support-bot`. npx runs the package's own bin file directly, so the build must leave it
 * executable (tsc alone writes it with mode 644).
 */
describe("the README's first command", () => {
  it('is the one this test runs', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const firstBlock = /```sh\n([^`]*)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock.split('\n')[0]).toMatch(/^npm ci && npx fixfirst diagnose examples\/support-bot\s+#/);
  });

  it('finds an executable bin', () => {
    const bin = join(repoRoot, 'dist/cli/bin.js');
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  it('runs through npx offline and prints the verdict', () => {
    const run = spawnSync(
      'npx',
      ['--offline', '--no-install', 'fixfirst', 'diagnose', 'examples/support-bot'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: '1' },
      },
    );
    expect(run.stderr).not.toMatch(/Permission denied|not found/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('FIX_PROMPT');
  }, 180_000); // npx loads npm itself first: slow on a loaded 2-core machine
});
