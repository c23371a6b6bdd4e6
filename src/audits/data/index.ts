import type { DataAudit } from '../../core/data-audit.js';
import { artifactsAudit } from './artifacts.js';
import { classBalanceAudit } from './class-balance.js';
import { conflictingTargetsAudit } from './conflicting-targets.js';
import { contractTargetsAudit } from './contract-targets.js';
import { datasetSizeAudit } from './dataset-size.js';
import { emptyTargetAudit } from './empty-target.js';
import { evalLeakageAudit } from './eval-leakage.js';
import { exactDuplicatesAudit } from './exact-duplicates.js';
import { formatErrorsAudit } from './format-errors.js';
import { languageMismatchAudit } from './language-mismatch.js';
import { lengthOutliersAudit } from './length-outliers.js';
import { missingContextAudit } from './missing-context.js';
import { missingRolesAudit } from './missing-roles.js';
import { nearDuplicatesAudit } from './near-duplicates.js';
import { piiAudit } from './pii.js';
import { placeholderAudit } from './placeholder.js';
import { refusalsAudit } from './refusals.js';
import { tooLongAudit } from './too-long.js';

/** Every data audit, in the order of data.md's checklist (§11). One line each. */
export const dataAudits: readonly DataAudit[] = [
  formatErrorsAudit,
  datasetSizeAudit,
  tooLongAudit,
  missingRolesAudit,
  emptyTargetAudit,
  placeholderAudit,
  exactDuplicatesAudit,
  nearDuplicatesAudit,
  conflictingTargetsAudit,
  classBalanceAudit,
  refusalsAudit,
  lengthOutliersAudit,
  artifactsAudit,
  missingContextAudit,
  languageMismatchAudit,
  piiAudit,
  evalLeakageAudit,
  contractTargetsAudit,
];
