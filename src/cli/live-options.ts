import { usageError } from '../core/errors.js';
import type { PreparedProject } from '../project/prepare-project.js';
import type { LiveOverrides } from '../runner/live-session.js';
import type { CliIo } from './cli-io.js';

/** The live-mode flags shared by `run` and `diagnose`, as commander hands them over. */
export interface LiveFlags {
  model?: string;
  concurrency?: string;
  maxCost?: string;
}

/** Validates `--model`, `--concurrency` and `--max-cost`. */
export function parseLiveFlags(flags: LiveFlags): LiveOverrides {
  const overrides: LiveOverrides = {};
  if (flags.model !== undefined) overrides.model = flags.model;
  if (flags.concurrency !== undefined) {
    const value = Number(flags.concurrency);
    if (!Number.isInteger(value) || value < 1 || value > 256) {
      throw usageError(
        `--concurrency must be a whole number from 1 to 256, got "${flags.concurrency}"`,
        'e.g. --concurrency 8',
      );
    }
    overrides.concurrency = value;
  }
  if (flags.maxCost !== undefined) {
    const value = Number(flags.maxCost.replace(/^\$/, ''));
    if (!Number.isFinite(value) || value <= 0) {
      throw usageError(
        `--max-cost must be a positive amount in USD, got "${flags.maxCost}"`,
        'e.g. --max-cost 5 (five dollars)',
      );
    }
    overrides.maxCost = value;
  }
  return overrides;
}

/**
 * Warns once, on stderr, when a command is about to send prompts but fixfirst.yaml has no `prompt:`:
 * each item's input then goes to the model bare, which is rarely the feature's real prompt.
 */
export function warnWithoutPrompt(project: PreparedProject, io: CliIo): void {
  if (project.loaded.config.prompt !== undefined) return;
  io.stderr(
    `warning: ${project.loaded.configShownAs} has no \`prompt:\` section: each item's input is sent as it is, with no system prompt; set prompt: {system, template} to run your feature's own prompt\n`,
  );
}
