import type { FoundationQuestion } from '../core/report/report.js';
import type { AssessContext } from './assess-context.js';

/** Q4: retrieval and eval-set foundation. */
export async function assessFoundation(_context: AssessContext): Promise<FoundationQuestion> {
  return { status: 'not_assessed', reason: 'the retrieval and eval-set audit is not built yet (issue 5)' };
}
