import { resolve } from 'node:path';
import { CheckResolver } from '../../checks/resolve.js';
import { referenceFormat, referencePath } from '../../core/config.js';
import { type AuditSettings, defaultAuditSettings } from '../../core/config-audit.js';
import type { EvalText, TargetCheck } from '../../core/data-audit.js';
import { type FormatOverride, parseFormatOverride } from '../../loaders/training/training-set.js';
import {
  type AuditedTrainingSet,
  auditTrainingSet,
  loadEvalTexts,
} from '../../project/audit-training-set.js';
import { loadConfig } from '../../project/load-config.js';
import { projectHelpers } from '../../project/prepare-project.js';
import type { CliIo } from '../cli-io.js';
import { createProgress } from '../progress.js';

/** Options shared by `fixfirst audit` and `fixfirst clean`. */
export interface AuditCliOptions {
  eval?: string;
  config?: string;
  format?: string;
  model?: string;
  exactTokens?: boolean;
  /** `-q`: no progress bar. */
  quiet?: boolean;
}

/** Everything the audit needs, gathered from the flags and the optional fixfirst.yaml. */
export interface AuditInputs {
  settings: AuditSettings;
  contract: TargetCheck[];
  evalItems: EvalText[];
  model: string | undefined;
  override: FormatOverride;
}

/**
 * Reads `--config` (the `audit:` knobs, the contract, the model, the eval set and `train.format`)
 * and `--eval`. Flags win over the config; without a config every default applies.
 */
export async function gatherAuditInputs(trainFile: string, options: AuditCliOptions): Promise<AuditInputs> {
  let settings = defaultAuditSettings();
  const contract: TargetCheck[] = [];
  let evalItems: EvalText[] = [];
  let model = options.model;
  let override = parseFormatOverride(options.format);
  if (options.config !== undefined) {
    const loaded = loadConfig(options.config);
    const { config, dir } = loaded;
    settings = config.audit ?? settings;
    model ??= config.model;
    const helpers = projectHelpers(dir, loaded.configShownAs);
    const resolver = new CheckResolver(helpers, 'CONFIG_INVALID');
    for (const [index, spec] of config.contract.entries()) {
      contract.push(
        await resolver.resolve(spec, {
          file: loaded.configShownAs,
          line: loaded.lineOf(['contract', index]),
          field: `contract[${index}]`,
        }),
      );
    }
    if (options.eval === undefined) {
      const evalPath = referencePath(config.eval);
      evalItems = loadEvalTexts(resolve(dir, evalPath), evalPath, referenceFormat(config.eval));
    }
    if (options.format === undefined && config.train !== undefined) {
      const trainPath = resolve(dir, referencePath(config.train));
      if (trainPath === resolve(trainFile))
        override = parseFormatOverride(referenceFormat(config.train), 'train.format');
    }
  }
  if (options.eval !== undefined) evalItems = loadEvalTexts(resolve(options.eval), options.eval);
  return { settings, contract, evalItems, model, override };
}

/**
 * What `fixfirst audit` and `fixfirst clean` both start with: the inputs gathered from the flags,
 * then one audit of the training set (a progress bar on stderr unless --quiet).
 */
export async function auditFromFlags(
  trainFile: string,
  options: AuditCliOptions,
  io: CliIo,
): Promise<AuditedTrainingSet & { inputs: AuditInputs }> {
  const inputs = await gatherAuditInputs(trainFile, options);
  const audited = await auditTrainingSet({
    path: resolve(trainFile),
    shownAs: trainFile,
    override: inputs.override,
    settings: inputs.settings,
    model: inputs.model,
    contract: inputs.contract,
    evalItems: inputs.evalItems,
    exactTokens: options.exactTokens === true,
    progress: createProgress(io, { quiet: options.quiet === true }),
    version: io.version,
  });
  return { ...audited, inputs };
}
