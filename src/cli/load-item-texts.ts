import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { FixfirstError } from '../core/errors.js';
import type { Report } from '../core/report/report.js';
import { loadEvalSet } from '../loaders/eval-set.js';
import { type ItemTexts, itemTextsFromCases } from '../reporters/html/item-data.js';

/** The item texts for a re-rendered HTML report, or why there are none. */
export interface LoadedItemTexts {
  texts?: Map<string, ItemTexts>;
  /** Why the texts could not be added, or only in part (printed as a note and shown on the page). */
  note?: string;
}

/**
 * Finds the input, output and reference of each item for `fixfirst report --format html`:
 * report.json names its eval file and its sha256, so the file is read back (from `evalPath`, or
 * from the recorded path) only when its content is exactly the one the report was made from. A
 * changed file would put the wrong texts next to the results, so it is refused with a note.
 */
export function loadItemTexts(report: Report, evalPath: string | undefined): LoadedItemTexts {
  const recorded = report.inputs.files.find((file) => file.role === 'eval');
  const path = evalPath ?? recorded?.path;
  if (path === undefined)
    return { note: 'the report names no eval file; the HTML shows results without texts' };
  if (!existsSync(path)) {
    if (evalPath !== undefined) {
      throw new FixfirstError('FILE_NOT_FOUND', 'no such file', {
        location: { file: evalPath },
        hint: 'name the eval file the report was made from',
      });
    }
    return {
      note: `eval file ${path} not found from here; the HTML shows results without texts (name it with --eval)`,
    };
  }
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (recorded !== undefined && digest !== recorded.sha256) {
    return {
      note: `${path} has changed since the report was made (sha256 differs); the HTML shows results without texts`,
    };
  }
  try {
    const loaded = loadEvalSet({ path, shownAs: path, requireOutput: false, requireReference: false });
    const source = report.project.outputs?.source;
    if (source === 'live' || source === 'run') {
      // The outputs diagnosed came from model calls, not from this file: show inputs and references only.
      const cases = loaded.cases.map((evalCase) => ({ ...evalCase, output: '' }));
      return {
        texts: itemTextsFromCases(cases),
        note: `the outputs were produced by ${source === 'live' ? 'diagnose --live' : 'fixfirst run'}, not read from ${path}: the HTML shows inputs and references without the outputs`,
      };
    }
    return { texts: itemTextsFromCases(loaded.cases) };
  } catch (error) {
    if (!FixfirstError.isInstance(error)) throw error;
    return {
      note: `could not read the texts from ${path} (${error.message}); the HTML shows results without texts`,
    };
  }
}
