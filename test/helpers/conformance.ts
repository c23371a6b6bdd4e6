import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './run-cli.js';

/**
 * Absolute path of a reference suite in `shared/conformance/<name>`, found next to the repository
 * (`../shared/conformance`) or next to any folder above it (worktrees live one level deeper). Throws —
 * so the suite fails loudly — when it is absent: a conformance test must never pass by skipping.
 */
export function conformanceDir(name: string): string {
  let folder = repoRoot.replace(/\/$/, '');
  for (;;) {
    const parent = dirname(folder);
    const candidate = join(parent, 'shared', 'conformance', name);
    if (existsSync(candidate)) return candidate;
    if (parent === folder) break;
    folder = parent;
  }
  throw new Error(
    `conformance suite "${name}" not found: expected ../shared/conformance/${name} next to the repository (${repoRoot})`,
  );
}
