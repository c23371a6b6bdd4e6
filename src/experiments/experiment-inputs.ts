import { findCheck } from '../checks/resolve.js';
import { referenceFormat, referencePath } from '../core/config.js';
import type { CheckSpec, ContextPassage } from '../core/eval-case.js';
import type { JsonValue } from '../core/json.js';
import type { ShotExample } from '../core/render-prompt.js';
import { parseCorpus } from '../loaders/corpus.js';
import { readTextFile } from '../loaders/read-text.js';
import { readTrainingRecords } from '../loaders/training-records.js';
import type { PreparedProject } from '../project/prepare-project.js';
import type { RepairCheck } from './prompt-repair-rules.js';
import { trainingExampleOf } from './training-examples.js';

/** The contract checks of the project and its items, each once, with docs and loaded JSON schemas. */
export function repairChecksOf(project: PreparedProject): RepairCheck[] {
  const specs = new Map<string, CheckSpec>();
  for (const spec of project.loaded.config.contract) specs.set(JSON.stringify(spec), spec);
  for (const entry of project.cases)
    for (const spec of entry.evalCase.contract) specs.set(JSON.stringify(spec), spec);
  return [...specs.values()].map((spec) => {
    const check: RepairCheck = { spec, summary: findCheck(spec.check)?.summary ?? spec.check };
    if (typeof spec.schema === 'string') {
      try {
        check.schema = project.helpers.readJsonFile(spec.schema);
      } catch {
        // The schema was loaded when the check compiled; a failure here only loses the hint text.
      }
    }
    return check;
  });
}

/** Passages by id from the eval contexts, `retrieval.corpus` and `live.corpus`. */
export function passagesOf(
  project: PreparedProject,
  corpusPath: string | undefined,
): Map<string, ContextPassage> {
  const passages = new Map<string, ContextPassage>();
  for (const entry of project.cases) {
    for (const passage of entry.evalCase.contexts ?? [])
      if (passage.text !== '') passages.set(passage.id, passage);
  }
  for (const [id, passage] of project.retrieval?.corpus ?? [])
    if (!passages.has(id)) passages.set(id, passage);
  if (corpusPath !== undefined) {
    const { passages: corpus } = parseCorpus(
      readTextFile(project.resolvePath(corpusPath), project.showPath(corpusPath)),
    );
    for (const [id, passage] of corpus) if (!passages.has(id)) passages.set(id, passage);
  }
  return passages;
}

/**
 * Training examples from `train:` (JSONL, JSON, CSV or Parquet, read by the shared training-record
 * reader), and a note on where they came from and how many rows had no usable shape.
 */
export async function trainingExamplesOf(
  project: PreparedProject,
): Promise<{ examples: ShotExample[] | undefined; note: string }> {
  const train = project.loaded.config.train;
  if (train === undefined)
    return { examples: undefined, note: 'no training set: set `train:` in fixfirst.yaml' };
  const path = referencePath(train);
  const shown = project.showPath(path);
  const read = await readTrainingRecords(project.resolvePath(path), shown, referenceFormat(train));
  const examples: ShotExample[] = [];
  let skipped = read.unreadable;
  for (const record of read.records) {
    const example = trainingExampleOf(record as JsonValue);
    if (example === undefined || example.output.trim() === '') skipped++;
    else examples.push(example);
  }
  return {
    examples,
    note: `${shown}: ${examples.length} example(s)${skipped > 0 ? `, ${skipped} row(s) without a usable input/output skipped` : ''}`,
  };
}
