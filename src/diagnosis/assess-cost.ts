import type { CostQuestion, DataQuestion } from '../core/report/report.js';
import type { AssessContext } from './assess-context.js';

/** Q3: the economics of fine-tuning and of each cheaper fix. */
export async function assessCost(_context: AssessContext, _data: DataQuestion): Promise<CostQuestion> {
  return { status: 'not_assessed', reason: 'the cost model is not built yet (issue 6)' };
}
