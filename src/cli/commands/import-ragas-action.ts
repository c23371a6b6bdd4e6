import { join, resolve } from 'node:path';
import { loadRagas } from '../../loaders/ragas.js';
import { renderRagasProject } from '../../project/ragas-project.js';
import type { CliIo } from '../cli-io.js';
import { refuseNonEmptyFolder } from '../output-folder.js';
import { writeFilesAtomically } from '../write-files.js';
import type { ImportRagasOptions } from './import-ragas.js';

/** Runs `fixfirst import ragas`: check the folder, validate every sample, then write the project's files. */
export function runImportRagas(file: string, options: ImportRagasOptions, io: CliIo): void {
  refuseNonEmptyFolder(options.out, options.force === true);
  const loaded = loadRagas(resolve(file), file);
  const project = renderRagasProject(loaded, file);
  const written = writeFilesAtomically(options.out, project.files);
  for (const note of loaded.notes) io.stderr(`note: ${note}\n`);
  io.stderr(`wrote ${written.join(', ')}\n`);
  const { fromIds, fromReferenceContexts, none } = loaded.gold;
  io.stdout(
    [
      `Ragas: ${loaded.samples.length} samples (${loaded.format})`,
      `  gold passages: ${fromIds} by id, ${fromReferenceContexts} by reference-context text, ${none} none (answer-in-context)`,
      ...(project.corpusPassages === 0
        ? []
        : [
            `  ${project.corpusPassages} gold passage(s) in no retrieved context: texts kept in corpus.jsonl`,
          ]),
      `next: fixfirst diagnose ${join(options.out)}`,
      '',
    ].join('\n'),
  );
}
