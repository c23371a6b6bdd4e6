import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { FixfirstError, renderProblem } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import { assertionRules } from '../../importers/promptfoo/assertion-rules.js';
import {
  renderConsoleSummary,
  renderConsoleWarnings,
  renderImportLog,
} from '../../importers/promptfoo/import-log.js';
import { importPromptfoo } from '../../importers/promptfoo/import-promptfoo.js';
import { readJsonFile } from '../../importers/promptfoo/read-results.js';
import { type ReferencedFile, resolveReference } from '../../importers/promptfoo/source-files.js';
import { type Agreement, verifyAgreement } from '../../importers/promptfoo/verify-agreement.js';
import { displayPath } from '../../project/display-path.js';
import { prepareProject } from '../../project/prepare-project.js';
import type { CliIo } from '../cli-io.js';
import { refuseNonEmptyFolder } from '../output-folder.js';
import type { ImportPromptfooOptions } from './import-promptfoo.js';

/** The import log's file name in the project. */
const logFile = 'import-log.md';

function usage(problem: string, hint: string, file?: string): FixfirstError {
  return new FixfirstError('USAGE', problem, { hint, location: file === undefined ? {} : { file } });
}

/** A results file is JSON with a `results` object (parsed here once); anything else YAML or JSON is a config. */
function sortInputs(paths: readonly string[]): {
  config?: ReferencedFile;
  results?: ReferencedFile;
  resultsValue?: unknown;
} {
  const sorted: { config?: ReferencedFile; results?: ReferencedFile; resultsValue?: unknown } = {};
  for (const path of paths) {
    if (!existsSync(path) || statSync(path).isDirectory()) {
      throw new FixfirstError(
        'FILE_NOT_FOUND',
        existsSync(path) ? 'is a folder, not a file' : 'no such file',
        {
          location: { file: path },
          hint: 'pass promptfooconfig.yaml and/or the results file of `promptfoo eval -o results.json`',
        },
      );
    }
    const file = resolveReference(path, process.cwd(), {});
    const extension = extname(path).toLowerCase();
    let kind: 'config' | 'results';
    let value: unknown;
    if (extension === '.yaml' || extension === '.yml') kind = 'config';
    else if (extension === '.json') {
      value = readJsonFile(file);
      kind = typeof value === 'object' && value !== null && 'results' in value ? 'results' : 'config';
    } else {
      throw usage(
        `cannot import ${extension || 'a file without an extension'}`,
        'pass promptfooconfig.yaml (a JavaScript config cannot be read) and/or results.json (`promptfoo eval -o results.json`; not .jsonl, .csv or .html)',
        file.shown,
      );
    }
    if (sorted[kind] !== undefined) {
      throw usage(
        `two ${kind} files given (${sorted[kind]!.shown} and ${file.shown})`,
        'pass at most one config and one results file',
      );
    }
    sorted[kind] = file;
    if (kind === 'results') sorted.resultsValue = value;
  }
  return sorted;
}

const knownTypes = assertionRules.flatMap((rule) =>
  rule.negatable ? [rule.type, `not-${rule.type}`] : [rule.type],
);

function typeList(flag: string, value: string | undefined): Set<string> {
  const types = new Set(
    (value ?? '')
      .split(',')
      .map((type) => type.trim())
      .filter(Boolean),
  );
  for (const type of types) {
    if (!knownTypes.includes(type)) {
      throw usage(
        `${flag}: "${type}" is not an assertion type fixfirst maps.${didYouMean(type, knownTypes)}`,
        `use some of: ${knownTypes.join(', ')}`,
      );
    }
  }
  return types;
}

/** Runs `fixfirst import promptfoo`: read and map everything, stage and check the project, then move it into place. */
export async function runImportPromptfoo(
  paths: string[],
  options: ImportPromptfooOptions,
  io: CliIo,
): Promise<void> {
  const outDir = resolve(options.out);
  const outShown = displayPath(outDir);
  const plan = {
    asContract: typeList('--as-contract', options.asContract),
    asCorrectness: typeList('--as-correctness', options.asCorrectness),
  };
  const both = [...plan.asContract].filter((type) => plan.asCorrectness.has(type));
  if (both.length > 0)
    throw usage(
      `${both.join(', ')} given to both --as-contract and --as-correctness`,
      'give each type to one of them',
    );
  refuseNonEmptyFolder(outShown, options.force === true);
  const inputs = sortInputs(paths);
  const imported = importPromptfoo({
    ...inputs,
    outDir,
    prompt: options.prompt,
    provider: options.provider,
    model: options.model,
    plan,
  });
  const { summary } = imported;

  // Stage next to the target (same folder depth, so the JavaScript adapter's relative import holds), load the
  // staged project exactly as `fixfirst diagnose` will, compare with promptfoo's grades, then move it into place.
  const staging = `${outDir}.fixfirst-import-${process.pid}`;
  const cannotWrite = (error: unknown) =>
    new FixfirstError(
      'USAGE',
      `cannot write the project (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      {
        location: { file: outShown },
        hint: 'choose a folder you can write to',
        cause: error,
      },
    );
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
  } catch (error) {
    throw cannotWrite(error);
  }
  let agreement: Agreement | undefined;
  try {
    try {
      for (const [name, content] of Object.entries(imported.files))
        writeFileSync(join(staging, name), content);
    } catch (error) {
      throw cannotWrite(error);
    }
    let project: Awaited<ReturnType<typeof prepareProject>>;
    try {
      project = await prepareProject(staging, { requireOutput: summary.withOutput === summary.testCount });
    } catch (error) {
      if (!FixfirstError.isInstance(error)) throw error;
      const where = renderProblem(error.location, error.message).replaceAll(staging, outShown);
      throw new FixfirstError('INTERNAL', `the imported project does not load: ${where}`, {
        hint: 'this is a bug in fixfirst: please report it with the promptfoo files you imported',
        cause: error,
      });
    }
    if (inputs.results !== undefined)
      agreement = await verifyAgreement(imported.tests, summary.plan, project.helpers);
    try {
      writeFileSync(join(staging, logFile), renderImportLog(summary, agreement));
      if (!existsSync(outDir)) renameSync(staging, outDir);
      else for (const name of readdirSync(staging)) renameSync(join(staging, name), join(outDir, name));
    } catch (error) {
      throw cannotWrite(error);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  io.stderr(renderConsoleWarnings(summary, agreement));
  io.stdout(renderConsoleSummary(summary, agreement, outShown));
}
