import { join, resolve } from 'node:path';
import { evaluateItems } from '../../diagnosis/evaluate-items.js';
import { loadIfeval } from '../../loaders/ifeval.js';
import { renderIfevalProject } from '../../project/ifeval-project.js';
import { prepareProject } from '../../project/prepare-project.js';
import { wilson } from '../../stats/wilson.js';
import type { CliIo } from '../cli-io.js';
import { refuseNonEmptyFolder } from '../output-folder.js';
import { writeFilesAtomically } from '../write-files.js';
import type { ImportIfevalOptions } from './import-ifeval.js';

/** `416/541 (76.89%, 95% CI 73.2–80.2%)`: the count, the rate and its Wilson interval. */
const fraction = (k: number, n: number) => {
  const rate = wilson(k, n);
  const share = n === 0 ? '0.00' : ((100 * k) / n).toFixed(2);
  return `${k}/${n} (${share}%, 95% CI ${(rate.low * 100).toFixed(1)}–${(rate.high * 100).toFixed(1)}%)`;
};

/** Runs `fixfirst import ifeval`: validate everything, then write both files, then print IFEval's four figures. */
export async function runImportIfeval(
  input: string,
  responses: string,
  options: ImportIfevalOptions,
  io: CliIo,
): Promise<void> {
  refuseNonEmptyFolder(options.out, options.force === true);
  const items = await loadIfeval({
    input: { path: resolve(input), shownAs: input },
    responses: { path: resolve(responses), shownAs: responses },
  });
  const written = writeFilesAtomically(options.out, renderIfevalProject(items, { input, responses }));
  io.stderr(`wrote ${written.join(', ')}\n`);

  // IFEval's own figures, from the project just written (the same code path as `fixfirst diagnose`).
  const project = await prepareProject(options.out, { requireOutput: true });
  const results = await evaluateItems(project.cases, project.scorer);
  const checks = results.flatMap((item) => item.checks);
  const lines = [
    `IFEval: ${results.length} prompts, ${checks.length} instructions`,
    `  prompt-level strict       ${fraction(results.filter((item) => item.contractMet).length, results.length)}`,
    `  instruction-level strict  ${fraction(checks.filter((check) => check.pass).length, checks.length)}`,
    `  prompt-level loose        ${fraction(results.filter((item) => item.contractMetLoose).length, results.length)}`,
    `  instruction-level loose   ${fraction(checks.filter((check) => check.passLoose).length, checks.length)}`,
    `next: fixfirst diagnose ${join(options.out)}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
}
