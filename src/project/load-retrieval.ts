import { attachRetrieval } from '../audits/retrieval/attach-retrieval.js';
import type { ProjectConfig } from '../core/config.js';
import type { ContextPassage, EvalCase } from '../core/eval-case.js';
import type { Finding } from '../core/finding.js';
import { parseCorpus } from '../loaders/corpus.js';
import { type LoadedQrels, loadQrels } from '../loaders/qrels.js';
import { readTextFile } from '../loaders/read-text.js';
import { type LoadedRun, loadTrecRun } from '../loaders/trec-run.js';

/** The retrieval data of a project: the `retrieval:` settings and the files it names, loaded. */
export interface ProjectRetrieval {
  /** Passages that reach the prompt. */
  k: number;
  /** Minimum grade counted as relevant. */
  level: number;
  qrels?: LoadedQrels;
  run?: LoadedRun;
  /** Passages by id from `retrieval.corpus`: texts of gold passages no prompt holds. */
  corpus?: ReadonlyMap<string, ContextPassage>;
  /** Items whose prompt contexts were taken from the run's top k. */
  contextsFromRun: number;
  /** Items whose gold ids were taken from the qrels. */
  goldFromQrels: number;
  /** Problems found while loading and joining (duplicate documents, ids in one place only). */
  findings: Finding[];
}

/**
 * Loads the qrels, run and corpus named under `retrieval:` (paths relative to the project folder) and joins
 * them to the eval items by id (see `attachRetrieval`). Returns the cases unchanged and no retrieval
 * data when the project names no files.
 */
export function loadProjectRetrieval(
  config: ProjectConfig,
  cases: EvalCase[],
  paths: { resolve(relative: string): string; show(relative: string): string },
): { cases: EvalCase[]; retrieval: ProjectRetrieval | undefined; files: { role: string; path: string }[] } {
  const settings = config.retrieval;
  if (settings === undefined) return { cases, retrieval: undefined, files: [] };
  const files: { role: string; path: string }[] = [];
  const qrels =
    settings.qrels === undefined
      ? undefined
      : loadQrels(paths.resolve(settings.qrels), paths.show(settings.qrels));
  if (settings.qrels !== undefined) files.push({ role: 'qrels', path: settings.qrels });
  const run =
    settings.run === undefined
      ? undefined
      : loadTrecRun(paths.resolve(settings.run), paths.show(settings.run));
  if (settings.run !== undefined) files.push({ role: 'run', path: settings.run });
  const corpusFindings: Finding[] = [];
  let corpus: Map<string, ContextPassage> | undefined;
  if (settings.corpus !== undefined) {
    const shown = paths.show(settings.corpus);
    const parsed = parseCorpus(readTextFile(paths.resolve(settings.corpus), shown));
    corpus = parsed.passages;
    files.push({ role: 'corpus', path: settings.corpus });
    if (parsed.skipped > 0) {
      corpusFindings.push({
        code: 'corpus_row_skipped',
        severity: 'warning',
        message: `${shown}: ${parsed.skipped} line(s) without an "_id" (or "id") and a text "text" were left out (line${parsed.skippedLines.length === 1 ? '' : 's'} ${parsed.skippedLines.join(', ')}${parsed.skipped > parsed.skippedLines.length ? ', …' : ''})`,
        rows: parsed.skippedLines,
        rowCount: parsed.skipped,
        evidence: { file: shown },
      });
    }
  }
  const attached = attachRetrieval(cases, {
    qrels: qrels?.qrels,
    run: run?.run,
    k: settings.k,
    level: settings.level,
  });
  return {
    cases: attached.cases,
    retrieval: {
      k: settings.k,
      level: settings.level,
      qrels,
      run,
      ...(corpus === undefined ? {} : { corpus }),
      contextsFromRun: attached.contextsFromRun,
      goldFromQrels: attached.goldFromQrels,
      findings: [
        ...(qrels?.findings ?? []),
        ...(run?.findings ?? []),
        ...corpusFindings,
        ...attached.findings,
      ],
    },
    files,
  };
}
