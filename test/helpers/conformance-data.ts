import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './run-cli.js';

/**
 * The reference suites in shared/conformance/<name>, which sit next to the repository clone
 * (`../shared`; `../../shared` for a git worktree one level deeper). Throws, never skips, when
 * they are missing: a conformance test that silently skips proves nothing.
 */
export function conformanceDir(name: string): string {
  const candidates = [
    resolve(repoRoot, '../shared/conformance', name),
    resolve(repoRoot, '../../shared/conformance', name),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(`conformance data missing: looked for ${candidates.join(' and ')}`);
  }
  return found;
}
