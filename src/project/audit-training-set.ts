import { toAuditReport } from '../audits/data/audit-report.js';
import { type DataAuditResult, runDataAudit } from '../audits/data/run-data-audit.js';
import { encodingForModel, loadTokenCounter } from '../audits/data/tokenizer.js';
import type { AuditSettings } from '../core/config-audit.js';
import type { EvalText, TargetCheck } from '../core/data-audit.js';
import { inputText } from '../core/eval-case.js';
import type { AuditReport } from '../core/report/data-audit-report.js';
import { type ProgressSink, silentProgress } from '../diagnosis/assess-context.js';
import { loadEvalSet } from '../loaders/eval-set.js';
import {
  type FormatOverride,
  openTrainingSet,
  type TrainingSource,
} from '../loaders/training/training-set.js';

/** Files smaller than this audit in about a second: no progress output. */
const progressMinBytes = 16 * 1024 * 1024;

/** The model whose tokenizer counts tokens when nothing names one. */
export const defaultAuditModel = 'gpt-4o-mini';

/** What one audit of a training set needs. */
export interface AuditTrainingOptions {
  /** Absolute (or cwd-relative) path of the training set. */
  path: string;
  /** As the user wrote it. */
  shownAs: string;
  override: FormatOverride;
  settings: AuditSettings;
  /** Model to fine-tune (picks the tokenizer); `audit.model` wins over it. */
  model: string | undefined;
  contract: readonly TargetCheck[];
  evalItems: readonly EvalText[];
  exactTokens: boolean;
  progress: ProgressSink;
  version: string;
}

/** The audit, its JSON document, and the opened source (clean reads it again). */
export interface AuditedTrainingSet {
  result: DataAuditResult;
  report: AuditReport;
  source: TrainingSource;
}

/**
 * Audits a training set: opens it (streaming), picks the tokenizer for the model, runs every data
 * audit, and builds the JSON document. Shared by `fixfirst audit`, `fixfirst clean` and Q2 of
 * `fixfirst diagnose`, so all three see the same findings.
 */
export async function auditTrainingSet(options: AuditTrainingOptions): Promise<AuditedTrainingSet> {
  const { settings } = options;
  const source = await openTrainingSet({
    path: options.path,
    shownAs: options.shownAs,
    override: options.override,
    maxLineBytes: settings.max_line_bytes,
  });
  const model = settings.model ?? options.model ?? defaultAuditModel;
  const picked = await encodingForModel(model);
  const encoding = settings.encoding ?? picked.encoding;
  const tokenizer = await loadTokenCounter(encoding);
  const result = await runDataAudit({
    source,
    settings,
    tokenizer,
    contract: options.contract,
    evalItems: options.evalItems,
    progress: source.totalBytes >= progressMinBytes ? options.progress : silentProgress,
    exactTokens: options.exactTokens,
  });
  const report = toAuditReport(
    result,
    {
      file: options.shownAs,
      format: source.recordFormat,
      fileFormat: source.fileFormat,
      formatOrigin: source.formatOrigin,
      model: { name: model, encoding, exactTokenizer: picked.known || settings.encoding !== undefined },
      version: options.version,
    },
    settings,
  );
  return { result, report, source };
}

/** The eval items of an eval file, for the leakage check (outputs and references not needed). */
export function loadEvalTexts(path: string, shownAs: string, format?: string): EvalText[] {
  const evalSet = loadEvalSet({ path, shownAs, format, requireOutput: false, requireReference: false });
  return evalSet.cases.map((evalCase) => ({
    id: evalCase.id,
    line: evalCase.line,
    text: inputText(evalCase.input),
  }));
}
