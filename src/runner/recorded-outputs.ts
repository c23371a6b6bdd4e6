import type { z } from 'zod';
import { FixfirstError } from '../core/errors.js';
import type { outputsSourceSchema } from '../core/report/live-evidence.js';
import { type PreparedProject, prepareProject } from '../project/prepare-project.js';
import { callKey } from './call-key.js';
import { SqliteCallStore } from './call-store.js';
import { type LiveEnvironment, type LiveOverrides, resolveLiveTarget, taskRequest } from './live-session.js';

/** Which outputs `diagnose` reads: `auto` (the eval file's, else a recorded run's), `eval` or `run`. */
export type OutputsChoice = 'auto' | 'eval' | 'run';

/**
 * Prepares a project for offline diagnosis with its outputs from one place only, never mixed: the
 * eval file when every row has an output (`auto`, `eval`), else the outputs `fixfirst run` stored for
 * the project's model, prompt and settings (`auto` when no row has one, `run` always). Recorded
 * outputs are found by the same cache key the run used, so a changed prompt or model is never
 * mistaken for the recorded one. Reading needs no API key.
 */
export async function prepareWithRecordedOutputs(
  dir: string,
  choice: OutputsChoice,
  overrides: LiveOverrides,
  environment: Pick<LiveEnvironment, 'env' | 'fetch' | 'priceTable'>,
): Promise<{ project: PreparedProject; outputs: z.infer<typeof outputsSourceSchema> | undefined }> {
  if (choice === 'eval')
    return { project: await prepareProject(dir, { requireOutput: true }), outputs: undefined };
  const project = await prepareProject(dir, { requireOutput: false });
  const recorded = project.cases.filter((entry) => entry.evalCase.output !== undefined).length;
  const strict = async () => ({
    project: await prepareProject(dir, { requireOutput: true }),
    outputs: undefined,
  });
  if (choice === 'auto' && recorded > 0)
    return recorded === project.cases.length ? { project, outputs: undefined } : strict();
  if (choice === 'auto' && project.loaded.config.model === undefined && overrides.model === undefined)
    return strict();
  const store = await SqliteCallStore.openIfExists(project.loaded.dir);
  if (store === undefined) {
    if (choice === 'auto') return strict();
    throw new FixfirstError('INPUT_INVALID', 'no recorded run in this project', {
      location: { file: project.showPath('.fixfirst/store.sqlite') },
      hint: `run \`fixfirst run ${dir}\` first`,
    });
  }
  try {
    const target = resolveLiveTarget(project, overrides, environment, { keyOptional: true });
    const model = target.resolved.model;
    let missing = 0;
    const cases = project.cases.map((entry) => {
      const stored = store.get(callKey(model, taskRequest(target, entry.evalCase)));
      if (stored === undefined) missing++;
      return { ...entry, evalCase: { ...entry.evalCase, output: stored?.text } };
    });
    if (missing > 0) {
      throw new FixfirstError(
        'INPUT_INVALID',
        `the store has outputs for ${cases.length - missing} of ${cases.length} items for ${target.modelString} with the current prompt and settings`,
        {
          location: { file: project.showPath('.fixfirst/store.sqlite') },
          hint: `run \`fixfirst run ${dir}${overrides.model ? ` --model ${overrides.model}` : ''}\` to record the missing ones (only those calls are made)`,
        },
      );
    }
    const run = store.latestRun('run', target.modelString);
    return {
      project: { ...project, cases },
      outputs: {
        source: 'run',
        model: target.modelString,
        ...(run?.finishedAt ? { recordedAt: run.finishedAt } : {}),
      },
    };
  } finally {
    store.close();
  }
}
