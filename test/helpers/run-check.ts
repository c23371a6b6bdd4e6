import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckResolver } from '../../src/checks/resolve.js';
import type { CheckOutcome, CompileHelpers } from '../../src/core/check.js';
import { FixfirstError } from '../../src/core/errors.js';
import type { CheckSpec } from '../../src/core/eval-case.js';

/** Compile helpers rooted at `dir` (for checks that read files, such as json_schema). */
export function helpersFor(dir = '.'): CompileHelpers {
  return {
    readJsonFile: (relativePath) => JSON.parse(readFileSync(join(dir, relativePath), 'utf8')),
    importModule: async (relativePath) => (await import(join(dir, relativePath))) as Record<string, unknown>,
  };
}

/** Resolves `spec` as fixfirst.yaml's contract[0] would be, and runs it on `output` (raw, no blank rule). */
export async function runCheck(spec: CheckSpec, output: string, input = ''): Promise<CheckOutcome> {
  const check = await new CheckResolver(helpersFor()).resolve(spec, {
    file: 'fixfirst.yaml',
    field: 'contract[0]',
  });
  return check.run(output, { input });
}

/** Resolves `spec` as contract[1] and returns the FixfirstError it must raise. */
export async function resolveError(spec: CheckSpec, helpers = helpersFor()): Promise<FixfirstError> {
  try {
    await new CheckResolver(helpers).resolve(spec, { file: 'fixfirst.yaml', line: 7, field: 'contract[1]' });
  } catch (error) {
    if (FixfirstError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(spec)} to be rejected`);
}
