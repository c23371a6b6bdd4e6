import type { z } from 'zod';
import { FixfirstError } from '../core/errors.js';
import type { outputsSourceSchema } from '../core/report/live-evidence.js';
import type { ProgressSink } from '../diagnosis/assess-context.js';
import { type DataAssessment, startDataAssessment } from '../diagnosis/assess-data.js';
import { loadProjectPrompt } from '../project/load-prompt.js';
import { type PreparedProject, type PrepareOptions, prepareProject } from '../project/prepare-project.js';
import { displayUrl, normaliseBaseUrl, providers } from '../providers/index.js';
import { type CallRequest, callKey } from './call-key.js';
import { SqliteCallStore, type StoredCall } from './call-store.js';
import {
  type LiveEnvironment,
  type LiveOverrides,
  liveSettings,
  resolveLiveTarget,
  taskRequest,
} from './live-session.js';

/** Which outputs `diagnose` reads: `auto` (the eval file's, else a recorded run's), `eval` or `run`. */
export type OutputsChoice = 'auto' | 'eval' | 'run';

/** A provider, model and endpoint whose answers the store holds. */
export interface RecordedSource {
  providerId: string;
  modelId: string;
  endpoint: string;
}

/**
 * The command that reaches a model at an endpoint, spelled out so that it can never silently call
 * another one: the provider's base-URL variable set to the endpoint (or, when the provider has none
 * or fixfirst.yaml's `live.base_url` would win, a line saying to set `live.base_url`), plus `--model`.
 */
export function commandFor(
  verb: 'run' | 'diagnose',
  dir: string,
  source: RecordedSource,
  configBaseUrl: string | undefined,
): string {
  const model = `${source.providerId}:${source.modelId}`;
  const command = `fixfirst ${verb} ${dir} --model ${model}`;
  const provider = providers.find((entry) => entry.id === source.providerId);
  if (configBaseUrl !== undefined && configBaseUrl !== '') {
    return displayUrl(normaliseBaseUrl(configBaseUrl, source.providerId)) === source.endpoint
      ? command
      : `set live.base_url: ${source.endpoint} in fixfirst.yaml, then \`${command}\``;
  }
  if (provider?.baseUrlEnv !== undefined) return `${provider.baseUrlEnv}=${source.endpoint} ${command}`;
  const fallback = provider?.defaultBaseUrl;
  return fallback !== undefined && displayUrl(fallback) === source.endpoint
    ? command
    : `set live.base_url: ${source.endpoint} in fixfirst.yaml, then \`${command}\``;
}

const sameSource = (a: RecordedSource, b: RecordedSource) =>
  a.providerId === b.providerId && a.modelId === b.modelId && a.endpoint === b.endpoint;

const describeSource = (source: RecordedSource) =>
  `${source.providerId}:${source.modelId} at ${source.endpoint}`;

/**
 * Prepares a project for offline diagnosis with its outputs from one place only, never mixed: the
 * eval file when every row has an output (`auto`, `eval`), else outputs stored by `fixfirst run` (or
 * a `diagnose --live` baseline) for the project's prompt and settings (`auto` when no row has one,
 * `run` always). They are looked up by the cache key of the project's model and endpoint first, so
 * a changed prompt, model or setting is never mistaken for the recorded one. When that key finds
 * none, the store is asked which model and endpoint do hold an answer for every item under this
 * prompt: exactly one is used (and named in the report); several, or none, fail with commands that
 * name the endpoint they would reach. An explicit `--model` is never swapped for another model.
 * Reading needs no API key. Every problem of the project is named in one error, a row without an
 * output among them (`auto`: when another row has one). `hooks.onConfig` sees the config first.
 */
export async function prepareWithRecordedOutputs(
  dir: string,
  choice: OutputsChoice,
  overrides: LiveOverrides,
  environment: Pick<LiveEnvironment, 'env' | 'fetch' | 'priceTable'>,
  hooks: Pick<PrepareOptions, 'onConfig'> = {},
): Promise<{ project: PreparedProject; outputs: z.infer<typeof outputsSourceSchema> | undefined }> {
  if (choice === 'eval')
    return { project: await prepareProject(dir, { ...hooks, requireOutput: true }), outputs: undefined };
  // `auto` loads once, needing an output on every row as soon as one row has one: a row without
  // one is then named along with every other problem of the project, in one error.
  const project = await prepareProject(dir, {
    ...hooks,
    requireOutput: choice === 'auto' ? 'when-any' : false,
  });
  if (choice === 'auto' && project.cases.some((entry) => entry.evalCase.output !== undefined))
    return { project, outputs: undefined };
  // No recorded run to read: loading again with outputs required names every row (failure path only).
  const strict = async () => ({
    project: await prepareProject(dir, { requireOutput: true }),
    outputs: undefined,
  });
  const storeFile = project.showPath('.fixfirst/store.sqlite');
  const store = await SqliteCallStore.openIfExists(project.loaded.dir);
  if (store === undefined) {
    if (choice === 'auto') return strict();
    throw new FixfirstError('INPUT_INVALID', 'no recorded run in this project', {
      location: { file: storeFile },
      hint: `run \`fixfirst run ${dir}\` first`,
    });
  }
  try {
    const live = liveSettings(project);
    const { prompt } = loadProjectPrompt(project);
    const requests = project.cases.map((entry) => taskRequest({ live, prompt }, entry.evalCase));
    const modelString = overrides.model ?? project.loaded.config.model;
    const target =
      modelString === undefined
        ? undefined
        : resolveLiveTarget(project, overrides, environment, { keyOptional: true });
    const own: RecordedSource | undefined = target && {
      providerId: target.resolved.model.providerId,
      modelId: target.resolved.model.modelId,
      endpoint: target.resolved.model.endpoint,
    };
    const use = (source: RecordedSource, stored: (StoredCall | undefined)[], note?: string) => {
      const found = stored as StoredCall[];
      return {
        project: {
          ...project,
          cases: project.cases.map((entry, index) => ({
            ...entry,
            evalCase: { ...entry.evalCase, output: found[index]!.text },
          })),
        },
        outputs: {
          source: 'run' as const,
          model: `${source.providerId}:${source.modelId}`,
          endpoint: source.endpoint,
          recordedAt:
            found
              .map((call) => call.createdAt)
              .sort()
              .at(-1) ?? '',
          ...(note === undefined ? {} : { note }),
        },
      };
    };
    const ownFound = own === undefined ? { calls: [], count: 0 } : lookup(store, own, requests);
    if (own !== undefined && ownFound.count === requests.length) return use(own, ownFound.calls);

    // The exact key missed: find what the store holds for this prompt and these items.
    const holders = store
      .callSources()
      .filter((source) => own === undefined || !sameSource(source, own))
      // An explicit --model stays that model; only its endpoint may differ.
      .filter(
        (source) =>
          overrides.model === undefined || `${source.providerId}:${source.modelId}` === target!.modelString,
      )
      .map((source) => ({ source, found: lookup(store, source, requests) }))
      .filter((holder) => holder.found.count > 0);
    const complete = holders.filter((holder) => holder.found.count === requests.length);
    const configBaseUrl = live.base_url;
    if (complete.length === 1) {
      const { source, found } = complete[0]!;
      const note =
        own === undefined
          ? `fixfirst.yaml names no model; the store has outputs for every item under this prompt from ${describeSource(source)} only`
          : `none recorded for ${describeSource(own)}; the store has outputs for every item under this prompt from ${describeSource(source)} only`;
      return use(source, found.calls, note);
    }
    if (complete.length > 1) {
      throw new FixfirstError(
        'INPUT_INVALID',
        `the store has outputs for every item under this prompt from ${complete.length} models or endpoints (${complete.map((holder) => describeSource(holder.source)).join('; ')}), and none from ${own === undefined ? 'a model named in fixfirst.yaml' : describeSource(own)}`,
        {
          location: { file: storeFile },
          hint: `choose one: ${complete.map((holder) => commandFor('diagnose', dir, holder.source, configBaseUrl)).join(' · or ')}`,
        },
      );
    }
    if (own === undefined) {
      if (choice === 'auto') return strict();
      throw new FixfirstError(
        'INPUT_INVALID',
        'no model to look up recorded outputs for, and no recorded run has them all',
        { location: { file: storeFile }, hint: 'set `model:` in fixfirst.yaml or pass --model' },
      );
    }
    const partial = holders
      .filter((holder) => holder.found.count > ownFound.count)
      .sort((a, b) => b.found.count - a.found.count)[0];
    const elsewhere =
      partial === undefined
        ? ''
        : `; ${describeSource(partial.source)} has ${partial.found.count} of them (${commandFor('run', dir, partial.source, configBaseUrl)} records the rest there)`;
    throw new FixfirstError(
      'INPUT_INVALID',
      `the store has outputs for ${ownFound.count} of ${requests.length} items for ${describeSource(own)} with the current prompt and settings${elsewhere}`,
      {
        location: { file: storeFile },
        hint: `to record the missing ones at ${own.endpoint} (only those calls are made): ${commandFor('run', dir, own, configBaseUrl)}`,
      },
    );
  } finally {
    store.close();
  }
}

/** The stored answers of a source for every request, in order (undefined where missing), and how many it has. */
function lookup(
  store: SqliteCallStore,
  source: RecordedSource,
  requests: readonly CallRequest[],
): { calls: (StoredCall | undefined)[]; count: number } {
  const calls = requests.map((request) => store.get(callKey(source, request)));
  return { calls, count: calls.filter((call) => call !== undefined).length };
}

/**
 * `prepareWithRecordedOutputs` for offline diagnosis: Q2's training-set audit starts in a second
 * thread as soon as fixfirst.yaml is read (`startDataAssessment`), and stops if preparing fails.
 */
export async function prepareOfflineDiagnosis(
  dir: string,
  choice: OutputsChoice,
  overrides: LiveOverrides,
  environment: Pick<LiveEnvironment, 'env' | 'fetch' | 'priceTable'>,
  progress: ProgressSink,
): Promise<{
  project: PreparedProject;
  outputs: z.infer<typeof outputsSourceSchema> | undefined;
  dataAssessment: DataAssessment | undefined;
}> {
  let dataAssessment: DataAssessment | undefined;
  const prepared = await prepareWithRecordedOutputs(dir, choice, overrides, environment, {
    onConfig: (loaded) => {
      dataAssessment ??= startDataAssessment(loaded, progress);
    },
  }).catch((error: unknown) => {
    dataAssessment?.abandon();
    throw error;
  });
  return { ...prepared, dataAssessment };
}
