import type { z } from 'zod';

/** What kind of surface property a contract check guards. Used to group failures in reports. */
export type CheckCategory = 'format' | 'structure' | 'length' | 'tone' | 'language';

/** All categories, in the order reports list them. */
export const checkCategories: readonly CheckCategory[] = [
  'format',
  'structure',
  'length',
  'tone',
  'language',
];

/** The result of one check on one output. */
export interface CheckOutcome {
  pass: boolean;
  /** Why it failed (or a measurement), for humans: `142 words, at most 120 allowed`. */
  detail?: string;
}

/** What a check may read besides the output. */
export interface CheckContext {
  /** The item's input as text (IFEval's `repeat_prompt` needs it). */
  input: string;
  /**
   * False when only pass or fail is wanted (the loose variants of an output already failed
   * strictly, whose details nobody reads): a check may then skip work that only builds `detail`.
   */
  detailWanted?: boolean;
}

/** IO a check may need while compiling its parameters; injected by the caller so checks stay pure. */
export interface CompileHelpers {
  /** Reads and parses a JSON file named relative to the project folder (e.g. a JSON Schema). */
  readJsonFile(relativePath: string): unknown;
  /** Imports a user's JavaScript module named relative to the project folder. */
  importModule(relativePath: string): Promise<Record<string, unknown>>;
}

/**
 * A contract check: a deterministic test of one surface property of an output. One check = one
 * file in src/checks/contract/, one colocated test, one line in src/checks/contract/index.ts.
 */
export interface ContractCheck<Params = unknown, Compiled = Params> {
  /** snake_case id used in fixfirst.yaml (`check: max_words`). Equals the file name in kebab-case. */
  readonly id: string;
  /** The surface property it guards; failures are grouped by it. */
  readonly category: CheckCategory;
  /** What it verifies, one sentence. */
  readonly summary: string;
  /** When to use it. */
  readonly whenToUse: string;
  /** When not to use it (and what to use instead). */
  readonly whenNotToUse: string;
  /** Validates the parameters written next to `check:`. Must be a zod object schema. */
  readonly params: z.ZodType<Params>;
  /** Turns validated parameters into a ready-to-run form (compiled regexes, loaded schemas). May throw FixfirstError. */
  compile?(params: Params, helpers: CompileHelpers): Compiled | Promise<Compiled>;
  /** Pure: the same output and parameters always give the same outcome. */
  run(output: string, compiled: Compiled, context: CheckContext): CheckOutcome;
}

/**
 * Another name for a check, with a parameter mapping: IFEval's `length_constraints:number_words`
 * with `{relation: "at least", num_words: 300}` is an alias of `min_words` with `{n: 300}`, and with
 * `{relation: "less than", ...}` of `max_words`. Aliases never implement a check themselves.
 */
export interface CheckAlias<AliasParams = unknown> {
  /** The alias id as written by users. */
  readonly id: string;
  /** Ids of the checks it can map to (most aliases have one). */
  readonly targets: readonly string[];
  /** Validates the alias's own parameters (e.g. IFEval kwargs). */
  readonly params: z.ZodType<AliasParams>;
  /** Picks the target check and its parameters (validated again by the target). */
  mapParams(params: AliasParams): { check: string; params: Record<string, unknown> };
  /** One-line doc: what it verifies, in the alias's own words. */
  readonly summary: string;
}

/** A check of any parameter type, as stored in the registry. */
// biome-ignore lint/suspicious/noExplicitAny: registry entries are heterogeneous; defineCheck keeps each typed.
export type AnyContractCheck = ContractCheck<any, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above.
export type AnyCheckAlias = CheckAlias<any>;

/** Identity helper that keeps a check's parameter types while erasing them for the registry. */
export function defineCheck<Params, Compiled = Params>(
  check: ContractCheck<Params, Compiled>,
): ContractCheck<Params, Compiled> {
  return check;
}

/** Identity helper for aliases. */
export function defineAlias<AliasParams>(alias: CheckAlias<AliasParams>): CheckAlias<AliasParams> {
  return alias;
}
