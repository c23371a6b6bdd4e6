import type {
  AnyCheckAlias,
  AnyContractCheck,
  CheckCategory,
  CheckContext,
  CheckOutcome,
  CompileHelpers,
} from '../core/check.js';
import { FixfirstError, type LocatedProblem, type SourceLocation } from '../core/errors.js';
import type { CheckSpec } from '../core/eval-case.js';
import type { JsonValue } from '../core/json.js';
import type { AnyScorer, ReferenceProblem, ScoreContext, ScoreOutcome } from '../core/scorer.js';
import { didYouMean } from '../core/suggest.js';
import { checkAliases, contractChecks } from './contract/index.js';
import { scorers } from './scorers/index.js';
import { zodProblems } from './zod-problems.js';

/** A contract check ready to run: parameters validated and compiled. */
export interface ResolvedCheck {
  /** The id as the user wrote it (an alias id stays the alias id in reports). */
  id: string;
  /** The built-in check that does the work. */
  implementation: string;
  category: CheckCategory;
  run(output: string, context: CheckContext): CheckOutcome;
}

/** A scorer ready to run. */
export interface ResolvedScorer {
  id: string;
  requiresReference: boolean;
  /** Why a row's reference is unusable by this scorer; undefined when it is fine. */
  checkReference(reference: JsonValue): ReferenceProblem | undefined;
  score(
    output: string,
    reference: JsonValue | undefined,
    context: ScoreContext,
  ): ScoreOutcome | Promise<ScoreOutcome>;
}

const checksById = new Map<string, AnyContractCheck>(contractChecks.map((check) => [check.id, check]));
const aliasesById = new Map<string, AnyCheckAlias>(checkAliases.map((alias) => [alias.id, alias]));
const scorersById = new Map<string, AnyScorer>(scorers.map((scorer) => [scorer.id, scorer]));

/** Where check parameters are documented, for unknown-key hints. */
const checksReference = 'see `fixfirst checks`';

/** All names accepted in `check:`. */
export function knownCheckNames(): string[] {
  return [...checksById.keys(), ...aliasesById.keys()];
}

/** Looks a check up by id or alias id. */
export function findCheck(id: string): AnyContractCheck | AnyCheckAlias | undefined {
  return checksById.get(id) ?? aliasesById.get(id);
}

/** Looks a scorer up by id. */
export function findScorer(id: string): AnyScorer | undefined {
  return scorersById.get(id);
}

function fail(problems: LocatedProblem[]): never {
  const [first, ...others] = problems;
  throw new FixfirstError('CONFIG_INVALID', first!.problem, {
    location: first!.location,
    hint: first!.hint,
    others,
  });
}

/**
 * Resolves the checks of one contract. Identical specs share one compiled check (per-item
 * contracts repeat the same few specs thousands of times), so this is cheap to call per item.
 */
export class CheckResolver {
  private readonly cache = new Map<string, Promise<ResolvedCheck>>();
  constructor(
    private readonly helpers: CompileHelpers,
    /** Errors in data files are input errors; in fixfirst.yaml, config errors. */
    private readonly errorCode: 'CONFIG_INVALID' | 'INPUT_INVALID' = 'CONFIG_INVALID',
  ) {}

  /** Resolves one spec; `location.field` is the path of the spec (e.g. `contract[2]`). */
  resolve(spec: CheckSpec, location: SourceLocation): Promise<ResolvedCheck> {
    const key = JSON.stringify(spec);
    let resolved = this.cache.get(key);
    if (resolved === undefined) {
      resolved = this.build(spec, location);
      this.cache.set(key, resolved);
      // A failed spec is not cached, so the next item with the same mistake reports its own location.
      resolved.catch(() => this.cache.delete(key));
    }
    return resolved;
  }

  private async build(spec: CheckSpec, location: SourceLocation): Promise<ResolvedCheck> {
    const prefix = location.field ?? '';
    const { check: id, ...rawParams } = spec;
    const raise = (problems: LocatedProblem[]): never => {
      if (this.errorCode === 'CONFIG_INVALID') fail(problems);
      const [first, ...others] = problems;
      throw new FixfirstError('INPUT_INVALID', first!.problem, {
        location: first!.location,
        hint: first!.hint,
        others,
      });
    };
    const alias = aliasesById.get(id);
    let check = checksById.get(id);
    let params: unknown = rawParams;
    if (alias !== undefined) {
      const parsedAlias = alias.params.safeParse(rawParams);
      if (!parsedAlias.success)
        raise(
          zodProblems(parsedAlias.error, location, prefix, {
            schema: alias.params,
            reference: checksReference,
          }),
        );
      const mapped = alias.mapParams(parsedAlias.data);
      params = mapped.params;
      check = checksById.get(mapped.check);
    }
    if (check === undefined) {
      return raise([
        {
          location: { ...location, field: `${prefix}${prefix ? '.' : ''}check` },
          problem: `unknown check "${id}".${didYouMean(id, knownCheckNames())}`,
          hint: 'run `fixfirst checks` for the list of checks and their parameters',
        },
      ]);
    }
    const parsed = check.params.safeParse(params);
    if (!parsed.success)
      raise(
        zodProblems(parsed.error, location, prefix, { schema: check.params, reference: checksReference }),
      );
    let compiled: unknown = parsed.data;
    if (check.compile) {
      try {
        compiled = await check.compile(parsed.data, this.helpers);
      } catch (error) {
        if (FixfirstError.isInstance(error)) {
          raise([
            {
              location: {
                ...location,
                ...error.location,
                field: error.location.field ? `${prefix}.${error.location.field}` : prefix,
              },
              problem: error.message,
              hint: error.hint,
            },
          ]);
        }
        throw error;
      }
    }
    const implementation = check;
    return {
      id,
      implementation: implementation.id,
      category: implementation.category,
      run: (output, context) => implementation.run(output, compiled, context),
    };
  }
}

/** Resolves the `score:` spec of fixfirst.yaml. */
export async function resolveScorer(
  spec: { type: string; [key: string]: unknown },
  location: SourceLocation,
  helpers: CompileHelpers,
): Promise<ResolvedScorer> {
  const { type, ...rawParams } = spec;
  const scorer = scorersById.get(type);
  if (scorer === undefined) {
    fail([
      {
        location: { ...location, field: 'score.type' },
        problem: `unknown scorer "${type}".${didYouMean(type, scorersById.keys())}`,
        hint: `use one of: ${[...scorersById.keys()].join(', ')} (see \`fixfirst scorers\`)`,
      },
    ]);
  }
  const parsed = scorer.params.safeParse(rawParams);
  if (!parsed.success)
    fail(
      zodProblems(parsed.error, location, 'score', {
        schema: scorer.params,
        reference: 'see `fixfirst scorers`',
      }),
    );
  let compiled: unknown = parsed.data;
  if (scorer.compile) {
    try {
      compiled = await scorer.compile(parsed.data, helpers);
    } catch (error) {
      if (FixfirstError.isInstance(error)) {
        // An error inside another file (a user's module) is located there, not at the config's line.
        const place = error.location.file === undefined ? location : { file: error.location.file };
        fail([
          {
            location: {
              ...place,
              line: error.location.line ?? place.line,
              field: `score.${error.location.field ?? ''}`.replace(/\.$/, ''),
            },
            problem: error.message,
            hint: error.hint,
          },
        ]);
      }
      throw error;
    }
  }
  return {
    id: scorer.id,
    requiresReference: scorer.referenceRequired?.(parsed.data) ?? scorer.requiresReference,
    checkReference: (reference) => scorer.checkReference?.(reference, compiled),
    score: (output, reference, context) => scorer.score(output, reference, compiled, context),
  };
}
