import type { CheckOutcome } from './check.js';
import type { AuditSettings } from './config-audit.js';
import type { Finding } from './finding.js';
import type { JsonValue } from './json.js';

/**
 * The training-data audit (Q2): types shared by the loaders (src/loaders/training/), the audits
 * (src/audits/data/, one file per check) and the engine that runs them in one streaming pass.
 */

/** Record formats of a training set (each normalised to chat messages at load time). */
export const trainingFormats = ['chat', 'alpaca', 'sharegpt', 'prompt_completion'] as const;
/** A record format. */
export type TrainingFormat = (typeof trainingFormats)[number];

/** File formats a training set can come in. */
export const trainingFileFormats = ['jsonl', 'json', 'csv', 'parquet'] as const;
/** A file format. */
export type TrainingFileFormat = (typeof trainingFileFormats)[number];

/** One message of a training example, normalised to the chat shape. */
export interface TrainingMessage {
  /** `system`, `user`, `assistant`, `tool` or `function` (ShareGPT `human`/`gpt` are mapped). */
  role: string;
  /** The text content; '' when the message has none (a tool call). Content parts are joined. */
  content: string;
  /** JSON text of `tool_calls` / `function_call`, when the message calls a tool. */
  toolCalls: string | undefined;
  /** An assistant message the model is trained on (OpenAI `weight: 0` turns it off). */
  trained: boolean;
}

/** One training example after normalisation. The raw record stays in the file; `row` finds it. */
export interface TrainingExample {
  /** 1-based line (JSONL, CSV) or record number (JSON array, Parquet). */
  row: number;
  format: TrainingFormat;
  messages: readonly TrainingMessage[];
  /** Index in `messages` of the last trained assistant message (the target), -1 when none. */
  targetIndex: number;
  /** JSON text of the top-level `tools` / `functions` definitions (chat with tools), for token counts. */
  tools: string | undefined;
}

/** A problem in one row that keeps it out of the other audits (it cannot be trained on as is). */
export interface RowProblem {
  /** Stable kind: OpenAI's seven (`data_type`, `missing_messages_list`, ...) or a loader kind (`not_json`, ...). */
  kind: string;
  /** What exactly is wrong, for humans. */
  detail: string;
}

/** A row as a training-set source yields it: an example, or the problems that kept it from being one. */
export interface SourceRow {
  row: number;
  example: TrainingExample | undefined;
  problems: RowProblem[];
}

/** A training set that can be read, whole or in part, as many times as the audit needs. */
export interface RowSource {
  /** Streams every row (or only the rows in `only`) through `visit`, in file order. */
  scan(
    visit: (row: SourceRow) => void,
    options?: { only?: ReadonlySet<number>; onProgress?: (fraction: number) => void },
  ): Promise<void>;
}

/** Token counts of one example (OpenAI cookbook formula, see data.md §1.3). */
export interface RowMeasure {
  /** Tokens of the whole example (3 per message + content + 3 for the reply primer). */
  tokens: number;
  /** Tokens of the trained assistant content. */
  targetTokens: number;
  /** True when counted with the tokenizer; false when estimated from characters (sampled mode). */
  exact: boolean;
}

/** What an audit sees for each row: the example, or the problems that kept it from being one. */
export interface ObservedRow {
  row: number;
  /** Undefined when the row could not be read as an example (`problems` says why). */
  example: TrainingExample | undefined;
  /** Format problems; a row with problems has no example. */
  problems: readonly RowProblem[];
  /** Token counts; undefined when there is no example. */
  measure: RowMeasure | undefined;
}

/** A contract check ready to run on a target (the shape of `ResolvedCheck` in src/checks/resolve.ts). */
export interface TargetCheck {
  id: string;
  run(output: string, context: { input: string }): CheckOutcome;
}

/** An eval item's text, for the leakage check. */
export interface EvalText {
  id: string;
  /** 1-based line of the item in the eval file. */
  line: number;
  /** The user input (the last user message when the input is a chat). */
  text: string;
}

/** Counts tokens with a real tokenizer (gpt-tokenizer), loaded once per run. */
export interface TokenCounter {
  /** The encoding, e.g. `o200k_base`. */
  encoding: string;
  count(text: string): number;
}

/** Finds lines shared by many rows (templates, tool documentation) so similarity ignores them. */
export interface BoilerplateLines {
  /** How many distinct lines count as boilerplate. */
  readonly count: number;
  /** A few of them, for reports. */
  readonly samples: readonly string[];
  /** 32-bit hashes of the trimmed lines. */
  readonly hashes: ReadonlySet<number>;
  /** The text without its boilerplate lines. */
  strip(text: string): string;
}

/** Everything an audit may use. No IO: rereading rows goes through `FinishTools.reread`. */
export interface DataAuditContext {
  settings: AuditSettings;
  /** The project's output contract, run on every assistant target (empty when none is configured). */
  contract: readonly TargetCheck[];
  /** The eval set, for leakage; empty when none was given. */
  evalItems: readonly EvalText[];
  /**
   * Boilerplate lines as known so far: decided from the first rows, then fixed for the rest of the
   * first pass. `FinishTools.boilerplateChanged` says whether the whole file agreed.
   */
  boilerplate(): BoilerplateLines;
}

/** What `finish` may use: the row counts, the final boilerplate, and a way to read rows again. */
export interface FinishTools {
  /** Rows read (examples and rows with problems). */
  rows: number;
  /** Rows that are examples. */
  examples: number;
  /** Boilerplate lines over the whole file. */
  boilerplate: BoilerplateLines;
  /** True when the whole-file boilerplate differs from the one used during the first pass. */
  boilerplateChanged: boolean;
  /** Reads the rows again (all, or only those named), in file order. */
  reread(rows: ReadonlySet<number> | 'all', visit: (row: ObservedRow) => void): Promise<void>;
  /**
   * Shows a long step of `finish` in the progress display ("verifying candidate pairs", 1,200
   * "pairs"); call the returned function with the units done now and then.
   */
  step(label: string, total: number | undefined, unit: string): (done: number) => void;
}

/** A row that `fixfirst clean` drops, with why and (for duplicates) the row it repeats. */
export interface RowRemoval {
  row: number;
  code: string;
  /** The earlier row this one duplicates (duplicates only). */
  twin?: number;
  /** Short reason detail for the removal log. */
  detail?: string;
}

/** What one audit found. */
export interface AuditOutcome {
  findings: Finding[];
  /** Rows `fixfirst clean` may drop because of these findings (all of them, not capped). */
  removals?: RowRemoval[];
  /**
   * Distinct rows affected per code, for readiness (the share compared with the tolerance).
   * Default: the sum of `rowCount` over the code's findings of severity warning or error.
   */
  affected?: Record<string, number>;
  /** Figures about the audit itself (candidates checked, lines ignored), shown in the report. */
  stats?: { [key: string]: JsonValue };
}

/** One audit's state for one run. */
export interface DataAuditRun {
  /** Sees every row once, in file order (the first pass). Keep only compact per-row state. */
  observe(row: ObservedRow): void;
  /** After the last row: the findings. May read rows again (near-duplicate verification). */
  finish(tools: FinishTools): AuditOutcome | Promise<AuditOutcome>;
}

/**
 * A data audit: one check of data.md's checklist. One audit = one file in src/audits/data/, a
 * colocated test, and one line in src/audits/data/index.ts.
 */
export interface DataAudit {
  /** snake_case id, used as the config key (`audit.<id>`) where it has knobs. */
  readonly id: string;
  /** Finding codes it can emit. */
  readonly codes: readonly string[];
  /** What it checks, one sentence. */
  readonly summary: string;
  /** Where its method and defaults come from (research/data.md section and source). */
  readonly source: string;
  /**
   * What it reads besides the rows: token counts (`ObservedRow.measure`), the output contract
   * (`DataAuditContext.contract`), the eval items (`DataAuditContext.evalItems`), the template
   * lines (`DataAuditContext.boilerplate`, `FinishTools.boilerplate`: counted only in a thread that
   * runs an audit needing them). Audits that need no tokens, contract or eval items run in diagnose's
   * worker thread.
   */
  readonly needs?: readonly ('tokens' | 'contract' | 'eval' | 'boilerplate')[];
  start(context: DataAuditContext): DataAuditRun;
}
