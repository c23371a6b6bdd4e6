import type { AnyCheckAlias, AnyContractCheck } from '../../core/check.js';
import { jsonCheck } from './json.js';

/** Every built-in contract check, one line each. The structure test keeps this list, the files and the docs in step. */
export const contractChecks: readonly AnyContractCheck[] = [jsonCheck];

/** Other accepted names (IFEval instruction ids) that map to a built-in check. */
export const checkAliases: readonly AnyCheckAlias[] = [];
