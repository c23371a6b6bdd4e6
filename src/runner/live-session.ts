import { type LiveConfig, liveSchema } from '../core/config-live.js';
import { FixfirstError, usageError } from '../core/errors.js';
import type { EvalCase } from '../core/eval-case.js';
import type { LanguageModel } from '../core/language-model.js';
import { type ProjectPrompt, type PromptVariant, renderPrompt } from '../core/render-prompt.js';
import { loadProjectPrompt } from '../project/load-prompt.js';
import type { InputFile, PreparedProject } from '../project/prepare-project.js';
import { createLanguageModel, type ResolvedModel } from '../providers/index.js';
import type { FetchFunction } from '../providers/post-json.js';
import { Budget } from './budget.js';
import type { CallRequest } from './call-key.js';
import type { CallPrice } from './call-price.js';
import { CallRunner, type RunnerEvent } from './call-runner.js';
import { type RunOutcome, SqliteCallStore } from './call-store.js';

/** Options from the command line that beat fixfirst.yaml. */
export interface LiveOverrides {
  /** `--model`. */
  model?: string;
  /** `--concurrency`. */
  concurrency?: number;
  /** `--max-cost` in USD. */
  maxCost?: number;
}

/** What a live session needs from the process. */
export interface LiveEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  fetch: FetchFunction;
  /** Ctrl-C. */
  signal?: AbortSignal;
  now: () => Date;
  /** Prices a model from the bundled price table, when one is available. */
  priceTable?: (model: LanguageModel) => CallPrice | undefined;
}

/** The project's model and prompt, resolved without opening anything. */
export interface LiveTarget {
  live: LiveConfig;
  modelString: string;
  resolved: ResolvedModel;
  prompt: ProjectPrompt;
  promptFile: InputFile | undefined;
  price: CallPrice | undefined;
}

/** The settings of live mode after defaults (an absent `live:` section means all defaults). */
export function liveSettings(project: PreparedProject): LiveConfig {
  return project.loaded.config.live ?? liveSchema.parse({});
}

/** `--model`, else `model:` in fixfirst.yaml. */
export function modelStringOf(project: PreparedProject, overrides: LiveOverrides): string {
  const model = overrides.model ?? project.loaded.config.model;
  if (model === undefined || model.trim() === '') {
    throw usageError(
      'no model to call',
      'set `model: openai:gpt-4o-mini` (or another provider:model) in fixfirst.yaml, or pass --model',
    );
  }
  return model.trim();
}

/**
 * The price of a model's tokens: free for local servers, else `live.prices` from fixfirst.yaml,
 * else the bundled price table; undefined when nothing is known.
 */
export function resolvePrice(
  resolved: ResolvedModel,
  live: LiveConfig,
  priceTable: LiveEnvironment['priceTable'],
): CallPrice | undefined {
  if (live.prices !== undefined) {
    return {
      inputUsdPerMillion: live.prices.input_usd_per_million_tokens,
      outputUsdPerMillion: live.prices.output_usd_per_million_tokens,
      ...(live.prices.cached_input_usd_per_million_tokens === undefined
        ? {}
        : { cachedInputUsdPerMillion: live.prices.cached_input_usd_per_million_tokens }),
      source: 'live.prices in fixfirst.yaml',
    };
  }
  if (resolved.provider.local && resolved.baseUrlSource !== 'config') {
    return {
      inputUsdPerMillion: 0,
      outputUsdPerMillion: 0,
      source: `local server (${resolved.provider.id})`,
    };
  }
  return priceTable?.(resolved.model);
}

/**
 * Resolves the model, prompt and price of a project for live mode. `keyOptional` lets a command
 * that only reads recorded outputs work without an API key.
 */
export function resolveLiveTarget(
  project: PreparedProject,
  overrides: LiveOverrides,
  environment: Pick<LiveEnvironment, 'env' | 'fetch' | 'priceTable'>,
  options: { keyOptional?: boolean } = {},
): LiveTarget {
  const live = liveSettings(project);
  const modelString = modelStringOf(project, overrides);
  const resolved = createLanguageModel(
    modelString,
    {
      env: environment.env,
      fetch: environment.fetch,
      ...(live.base_url === undefined ? {} : { baseUrl: live.base_url }),
      ...(live.api_key_env === undefined ? {} : { apiKeyEnv: live.api_key_env }),
      ...(options.keyOptional ? { keyOptional: true } : {}),
    },
    overrides.model === undefined
      ? {
          origin: 'config',
          location: { file: project.loaded.configShownAs, line: project.loaded.lineOf(['model']) },
        }
      : { origin: 'flag' },
  );
  const { prompt, file } = loadProjectPrompt(project);
  const price = resolvePrice(resolved, live, environment.priceTable);
  return { live, modelString, resolved, prompt, promptFile: file, price };
}

/** The request for one item under a prompt variant, with the project's sampling settings. */
export function taskRequest(
  target: Pick<LiveTarget, 'live' | 'prompt'>,
  evalCase: EvalCase,
  variant: PromptVariant = {},
): CallRequest {
  const { live } = target;
  return {
    prompt: renderPrompt(target.prompt, evalCase, variant),
    maxOutputTokens: live.max_output_tokens,
    temperature: live.temperature,
    ...(live.seed === undefined ? {} : { seed: live.seed }),
  };
}

/** An open live session: the target plus the store, the budget and the runner. */
export interface LiveSession extends LiveTarget {
  store: SqliteCallStore;
  budget: Budget;
  runner: CallRunner;
  concurrency: number;
  /** Resolves another model (the optimizer) and registers its price with the runner. */
  addModel(modelString: string): LanguageModel;
  /**
   * Closes the store and the session's own transport, first recording how a run ended when one is
   * given (which commits the last calls). Everything is closed even when a write fails; the first
   * failure is thrown afterwards.
   */
  close(run?: { id: number; outcome: RunOutcome }): void;
}

/** What {@link openLiveSession} needs: without `fetch`, calls go through a transport the session owns. */
export type LiveSessionEnvironment = Omit<LiveEnvironment, 'fetch'> & { fetch?: FetchFunction };

/** The cap in force: --max-cost, else live.max_cost. A cap needs a price (or a free local model). */
export function budgetCap(target: LiveTarget, overrides: LiveOverrides): number | undefined {
  const cap = overrides.maxCost ?? target.live.max_cost;
  if (cap !== undefined && target.price === undefined) {
    throw new FixfirstError(
      'USAGE',
      `cannot enforce a cost cap: no price is known for ${target.modelString}`,
      {
        hint: 'set live.prices {input_usd_per_million_tokens, output_usd_per_million_tokens} in fixfirst.yaml',
      },
    );
  }
  return cap;
}

/**
 * Opens the store and builds the runner for a project. Without `environment.fetch`, provider calls
 * go through node:http keep-alive pools (far less CPU per call than undici's fetch) that the
 * session opens here and closes with itself.
 */
export async function openLiveSession(
  project: PreparedProject,
  overrides: LiveOverrides,
  sessionEnvironment: LiveSessionEnvironment,
  onEvent?: (event: RunnerEvent) => void,
): Promise<LiveSession> {
  // Loaded here: offline diagnose imports this module (recorded outputs) but never calls.
  const transport =
    sessionEnvironment.fetch === undefined
      ? (await import('../providers/node-http-fetch.js')).createNodeHttpFetch()
      : undefined;
  const environment: LiveEnvironment = {
    ...sessionEnvironment,
    fetch: sessionEnvironment.fetch ?? transport!.fetch,
  };
  try {
    return await openWith(project, overrides, environment, onEvent, () => transport?.close());
  } catch (error) {
    transport?.close();
    throw error;
  }
}

async function openWith(
  project: PreparedProject,
  overrides: LiveOverrides,
  environment: LiveEnvironment,
  onEvent: ((event: RunnerEvent) => void) | undefined,
  closeTransport: () => void,
): Promise<LiveSession> {
  const target = resolveLiveTarget(project, overrides, environment);
  const cap = budgetCap(target, overrides);
  const store = await SqliteCallStore.open(project.loaded.dir);
  const budget = new Budget(cap);
  const concurrency = overrides.concurrency ?? target.live.concurrency;
  const prices = new Map<LanguageModel, CallPrice | undefined>([[target.resolved.model, target.price]]);
  const runner = new CallRunner({
    concurrency,
    timeoutMs: target.live.timeout_seconds * 1000,
    retry: {
      maxRetries: target.live.max_retries,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 120_000,
    },
    rateLimits: {
      [target.resolved.provider.id]: {
        ...(target.live.requests_per_minute === undefined
          ? {}
          : { requestsPerMinute: target.live.requests_per_minute }),
        ...(target.live.tokens_per_minute === undefined
          ? {}
          : { tokensPerMinute: target.live.tokens_per_minute }),
      },
    },
    cache: store,
    budget,
    priceOf: (model) => prices.get(model),
    now: environment.now,
    ...(environment.signal === undefined ? {} : { signal: environment.signal }),
    ...(onEvent === undefined ? {} : { onEvent }),
  });
  const addModel = (modelString: string): LanguageModel => {
    if (modelString === target.modelString) return target.resolved.model;
    const resolved = createLanguageModel(
      modelString,
      {
        env: environment.env,
        fetch: environment.fetch,
        ...(target.live.base_url === undefined ? {} : { baseUrl: target.live.base_url }),
        ...(target.live.api_key_env === undefined ? {} : { apiKeyEnv: target.live.api_key_env }),
      },
      { origin: 'config', location: { file: project.loaded.configShownAs, field: 'live.optimizer_model' } },
    );
    // live.prices describes the task model; another model is priced from the table (or is local).
    const price = resolvePrice(resolved, { ...target.live, prices: undefined }, environment.priceTable);
    if (cap !== undefined && price === undefined) {
      throw new FixfirstError('USAGE', `cannot enforce a cost cap: no price is known for ${modelString}`, {
        hint: 'use a priced model as live.optimizer_model, or run without a cap',
      });
    }
    prices.set(resolved.model, price);
    return resolved.model;
  };
  const close = (run?: { id: number; outcome: RunOutcome }) => {
    const failures: unknown[] = [];
    const attempt = (step: () => void) => {
      try {
        step();
      } catch (error) {
        failures.push(error);
      }
    };
    if (run !== undefined) attempt(() => store.finishRun(run.id, run.outcome));
    // A commit that failed in finishRun fails again here: the database is closed all the same.
    attempt(() => store.close());
    attempt(closeTransport);
    if (failures.length > 0) throw failures[0];
  };
  return { ...target, store, budget, runner, concurrency, addModel, close };
}
