import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckResolver, type ResolvedCheck, type ResolvedScorer, resolveScorer } from '../checks/resolve.js';
import type { CompileHelpers } from '../core/check.js';
import { referenceFormat, referencePath } from '../core/config.js';
import { FixfirstError, ProblemCollector } from '../core/errors.js';
import type { PreparedCase } from '../diagnosis/evaluate-items.js';
import { type LoadWarning, loadEvalSet } from '../loaders/eval-set.js';
import { readTextFile } from '../loaders/read-text.js';
import { displayPath } from './display-path.js';
import { type LoadedConfig, loadConfig } from './load-config.js';
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
  /** Offline mode needs recorded outputs. */
  requireOutput: boolean;
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

/** IO helpers that checks and scorers may use while compiling, rooted at the project folder. */
export function projectHelpers(dir: string, configShownAs: string): CompileHelpers {
  return {
    readJsonFile(relativePath) {
      const shown = displayPath(resolve(dir, relativePath));
      const text = readTextFile(resolve(dir, relativePath), shown);
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new FixfirstError('CONFIG_INVALID', `not valid JSON (${(error as Error).message})`, {
          location: { file: shown },
          hint: `fix the JSON file named in ${configShownAs}`,
        });
      }
    },
    async importModule(relativePath) {
      const absolute = resolve(dir, relativePath);
      try {
        return (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
      } catch (error) {
        throw new FixfirstError(
          'CONFIG_INVALID',
          `cannot import module (${(error as Error).message.split('\n')[0]})`,
          {
            location: { file: displayPath(absolute) },
            hint: 'the module must exist and be valid JavaScript (ESM: `export default function ...`)',
            cause: error,
          },
        );
      }
    },
  };
}

/**
 * Loads fixfirst.yaml and the eval set, resolves the scorer and every contract check (project-wide
 * and per item). All user mistakes surface here, before any work is done.
 */
export async function prepareProject(target: string, options: PrepareOptions): Promise<PreparedProject> {
  const loaded = loadConfig(target);
  const { config, dir } = loaded;
  const showPath = (relativePath: string) => displayPath(resolve(dir, relativePath));
  const resolvePath = (relativePath: string) => resolve(dir, relativePath);
  const helpers = projectHelpers(dir, loaded.configShownAs);
  const configLocation = (path: (string | number)[]) => ({
    file: loaded.configShownAs,
    line: loaded.lineOf(path),
  });

  const scorer = await resolveScorer(config.score, configLocation(['score']), helpers);
  const projectResolver = new CheckResolver(helpers, 'CONFIG_INVALID');
  const contract: ResolvedCheck[] = [];
  for (const [index, spec] of config.contract.entries()) {
    contract.push(
      await projectResolver.resolve(spec, {
        ...configLocation(['contract', index]),
        field: `contract[${index}]`,
      }),
    );
  }

  const evalPath = referencePath(config.eval);
  const evalSet = loadEvalSet({
    path: resolvePath(evalPath),
    shownAs: showPath(evalPath),
    format: referenceFormat(config.eval),
    requireOutput: options.requireOutput,
    requireReference: scorer.requiresReference,
  });

  const retrievalData = loadProjectRetrieval(config, evalSet.cases, { resolve: resolvePath, show: showPath });

  const itemResolver = new CheckResolver(helpers, 'INPUT_INVALID');
  const collector = new ProblemCollector('INPUT_INVALID');
  const cases: PreparedCase[] = [];
  for (const evalCase of retrievalData.cases) {
    if (evalCase.reference !== undefined) {
      const unusable = scorer.checkReference(evalCase.reference);
      if (unusable !== undefined) {
        collector.add({
          location: { file: showPath(evalPath), line: evalCase.line, field: 'reference' },
          problem: `${unusable.problem} (scorer ${scorer.id})`,
          hint: unusable.hint,
        });
      }
    }
    const checks = [...contract];
    for (const [index, spec] of evalCase.contract.entries()) {
      try {
        checks.push(
          await itemResolver.resolve(spec, {
            file: showPath(evalPath),
            line: evalCase.line,
            field: `contract[${index}]`,
          }),
        );
      } catch (error) {
        if (!FixfirstError.isInstance(error)) throw error;
        collector.add({ location: error.location, problem: error.message, hint: error.hint });
      }
    }
    cases.push({ evalCase, checks });
  }
  collector.throwIfAny();

  const files = [
    digestFile('config', loaded.configPath, loaded.configShownAs),
    { role: 'eval', path: showPath(evalPath), ...evalSet.digest },
    ...retrievalData.files.map((file) => digestFile(file.role, resolvePath(file.path), showPath(file.path))),
  ];
  return {
    loaded,
    scorer,
    contract,
    cases,
    files,
    warnings: evalSet.warnings,
    retrieval: retrievalData.retrieval,
    helpers,
    resolvePath,
    showPath,
  };
}
