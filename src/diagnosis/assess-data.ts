import type { DataQuestion } from '../core/report/report.js';
import type { AssessContext } from './assess-context.js';

/** Q2: the training-data audit. */
export async function assessData(context: AssessContext): Promise<DataQuestion> {
  if (context.project.loaded.config.train === undefined) {
    return { status: 'not_assessed', reason: 'no training set: name one with `train:` in fixfirst.yaml' };
  }
  return { status: 'not_assessed', reason: 'the training-data audit is not built yet (issue 4)' };
}
