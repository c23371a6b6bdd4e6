import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckResolver, type ResolvedCheck, type ResolvedScorer, resolveScorer } from '../checks/resolve.js';
import type { CompileHelpers } from '../core/check.js';
import { referenceFormat, referencePath } from '../core/config.js';
import { FixfirstError, ProblemCollector } from '../core/errors.js';
import { importModule } from '../core/import-module.js';
import type { PreparedCase } from '../diagnosis/evaluate-items.js';
import { type LoadWarning, loadEvalSet } from '../loaders/eval-set.js';
import { readTextFile } from '../loaders/read-text.js';
import { displayPath } from './display-path.js';
import { type LoadedConfig, loadConfigCollecting } from './load-config.js';
import { loadProjectRetrieval, type ProjectRetrieval } from './load-retrieval.js';

/** A file read for the report, with its digest. */
export interface InputFile {
  role: string;
  path: string;
  sha256: string;
  bytes: number;
}

/** A project loaded, validated and ready to diagnose. */
export interface PreparedProject {
  loaded: LoadedConfig;
  scorer: ResolvedScorer;
  /** Project-wide contract checks. */
  contract: ResolvedCheck[];
  cases: PreparedCase[];
  files: InputFile[];
  warnings: LoadWarning[];
  /** Retrieval settings and the qrels/run files named under `retrieval:`, loaded (undefined without `retrieval:`). */
  retrieval: ProjectRetrieval | undefined;
  helpers: CompileHelpers;
  /** Absolute path of a file named in the config. */
  resolvePath(relativePath: string): string;
  /** Path relative to the current directory, for messages. */
  showPath(relativePath: string): string;
}

/** Options for preparing a project. */
export interface PrepareOptions {
  /**
   * Offline mode needs recorded outputs; `'when-any'`: on every row when some row has one (how
   * `diagnose` reads an eval set whose outputs may come from a recorded run instead).
   */
  requireOutput: boolean | 'when-any';
  /**
   * Called once the config is read, before anything else loads: diagnose starts its training-set
   * audit then (`startDataAssessment`).
   */
  onConfig?: (loaded: LoadedConfig) => void;
}

/** sha256 and size of a file (for the report's inputs digest). */
export function digestFile(role: string, absolutePath: string, shownAs: string): InputFile {
  const bytes = readFileSync(absolutePath);
  return {
    role,
    path: shownAs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

/** Line (1-based) of a character position in a text, for JSON.parse errors that give one. */
function lineOfPosition(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
}

/**
 * IO helpers that checks and scorers may use while compiling, rooted at the project folder. A file
 * that is not there is reported without a location of its own, so the check or scorer places it at
 * the config key that names it (`fixfirst.yaml:4: field "contract[0].schema": no such file …`).
 */
export function projectHelpers(dir: string, configShownAs: string): CompileHelpers {
  const missing = (relativePath: string, absolute: string) =>
    new FixfirstError('CONFIG_INVALID', `no such file ${relativePath}`, {
      hint: `looked for ${absolute} (paths in ${configShownAs} are relative to its folder)`,
    });
  return {
    readJsonFile(relativePath) {
      const absolute = resolve(dir, relativePath);
      if (!existsSync(absolute)) throw missing(relativePath, absolute);
      const shown = displayPath(absolute);
      const text = readTextFile(absolute, shown);
      try {
        return JSON.parse(text);
      } catch (error) {
        const message = (error as Error).message;
        throw new FixfirstError('CONFIG_INVALID', `not valid JSON (${message})`, {
          location: { file: shown, line: lineOfPosition(text, message) },
          hint: `fix the JSON file named in ${configShownAs}`,
        });
      }
    },
    async importModule(relativePath) {
      const absolute = resolve(dir, relativePath);
      if (!existsSync(absolute)) throw missing(relativePath, absolute);
      try {
        return await importModule<Record<string, unknown>>(pathToFileURL(absolute).href);
      } catch (error) {
        // Node names the importing file; that is fixfirst's own code, not something to fix.
        const reason = (error as Error).message.split('\n')[0]!.replace(/ imported from \S*dist\/\S+$/, '');
        throw new FixfirstError('CONFIG_INVALID', `cannot import module (${reason})`, {
          location: { file: displayPath(absolute) },
          hint: 'the module must be valid JavaScript (ESM: `export default function ...`)',
          cause: error,
        });
      }
    },
  };
}

/**
 * Loads fixfirst.yaml and the eval set, resolves the scorer and every contract check (project-wide
 * and per item). All user mistakes surface here, before any work is done, and all at once: the
 * problems of every stage (config keys, the scorer, each contract entry, the eval rows, per-item
 * checks and references) are collected and thrown together, up to a cap with "… and N more".
 */
export async function prepareProject(target: string, options: PrepareOptions): Promise<PreparedProject> {
  const collector = new ProblemCollector('CONFIG_INVALID', 20);
  const loaded = loadConfigCollecting(target, collector);
  const { config, dir } = loaded;
  options.onConfig?.(loaded);
  const showPath = (relativePath: string) => displayPath(resolve(dir, relativePath));
  const resolvePath = (relativePath: string) => resolve(dir, relativePath);
  const helpers = projectHelpers(dir, loaded.configShownAs);
  const configLocation = (path: (string | number)[]) => ({
    file: loaded.configShownAs,
    line: loaded.lineOf(path),
  });

  // A `score:` that did not validate is already reported; guessing its scorer would add false alarms.
  const scorer = loaded.invalidKeys.has('score')
    ? undefined
    : await collector.attemptAsync(() => resolveScorer(config.score, configLocation(['score']), helpers));
  const projectResolver = new CheckResolver(helpers, 'CONFIG_INVALID');
  const contract: ResolvedCheck[] = [];
  for (const [position, spec] of config.contract.entries()) {
    const index = loaded.contractPositions[position] ?? position;
    const check = await collector.attemptAsync(() =>
      projectResolver.resolve(spec, { ...configLocation(['contract', index]), field: `contract[${index}]` }),
    );
    if (check !== undefined) contract.push(check);
  }

  const evalPath = loaded.invalidKeys.has('eval') ? undefined : referencePath(config.eval);
  const evalSet =
    evalPath === undefined
      ? undefined
      : collector.attempt(() =>
          loadEvalSet(
            {
              path: resolvePath(evalPath),
              shownAs: showPath(evalPath),
              format: referenceFormat(config.eval),
              requireOutput: options.requireOutput,
              requireReference: scorer?.requiresReference ?? false,
            },
            collector,
          ),
        );

  const retrievalData =
    evalSet === undefined || loaded.invalidKeys.has('retrieval')
      ? undefined
      : collector.attempt(() =>
          loadProjectRetrieval(config, evalSet.cases, { resolve: resolvePath, show: showPath }),
        );

  const itemResolver = new CheckResolver(helpers, 'INPUT_INVALID');
  const cases: PreparedCase[] = [];
  for (const evalCase of retrievalData?.cases ?? evalSet?.cases ?? []) {
    if (evalCase.reference !== undefined && scorer !== undefined) {
      const unusable = scorer.checkReference(evalCase.reference);
      if (unusable !== undefined) {
        collector.add({
          location: { file: showPath(evalPath!), line: evalCase.line, field: 'reference' },
          problem: `${unusable.problem} (scorer ${scorer.id})`,
          hint: unusable.hint,
          code: 'INPUT_INVALID',
        });
      }
    }
    const checks = [...contract];
    for (const [index, spec] of evalCase.contract.entries()) {
      const check = await collector.attemptAsync(() =>
        itemResolver.resolve(spec, {
          file: showPath(evalPath!),
          line: evalCase.line,
          field: `contract[${index}]`,
        }),
      );
      if (check !== undefined) checks.push(check);
    }
    cases.push({ evalCase, checks });
  }
  collector.throwIfAny();
  if (scorer === undefined || evalSet === undefined || evalPath === undefined) {
    // Unreachable: a stage that produced nothing has reported why.
    throw new FixfirstError('INTERNAL', 'project preparation ended without its inputs');
  }

  const files = [
    digestFile('config', loaded.configPath, loaded.configShownAs),
    { role: 'eval', path: showPath(evalPath), ...evalSet.digest },
    ...(retrievalData?.files ?? []).map((file) =>
      digestFile(file.role, resolvePath(file.path), showPath(file.path)),
    ),
  ];
  return {
    loaded,
    scorer,
    contract,
    cases,
    files,
    warnings: evalSet.warnings,
    retrieval: retrievalData?.retrieval,
    helpers,
    resolvePath,
    showPath,
  };
}
