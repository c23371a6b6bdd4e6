// Build step: tsc writes dist/cli/bin.js without the executable bit (mode 644 on a fresh clone), and
// `npx fixfirst` in this folder runs the package's own bin file directly, so it must be executable.
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

chmodSync(fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url)), 0o755);
