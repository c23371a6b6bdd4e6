import { z } from 'zod';
import { type CheckOutcome, type ContractCheck, defineCheck } from '../core/check.js';
import { describeFound, findFirstPhrase, phrasePattern } from './text/find-phrase.js';

/** A phrase and the pattern that finds it. */
export interface CompiledPhrase {
  phrase: string;
  pattern: RegExp;
}

/** What a "no phrase of this kind" check needs to say about itself. */
export interface PhraseListDefinition {
  id: string;
  /** The kind of phrase, lower case, as it reads in `no apology phrase`. */
  kind: string;
  /** The list used when the user names none. */
  defaults: readonly string[];
  whenToUse: string;
  whenNotToUse: string;
}

/** Passes when no phrase is found; else fails naming the first one in the output and where. */
export function failOnFirstPhrase(output: string, phrases: readonly CompiledPhrase[]): CheckOutcome {
  const found = findFirstPhrase(output, phrases);
  return found === undefined
    ? { pass: true }
    : { pass: false, detail: describeFound(found.found, found.index) };
}

/**
 * Builds a tone check that fails when the output contains a phrase from a ready default list
 * (no_apology, no_hedging). `phrases` replaces the list; matching is case-insensitive, whole words.
 */
export function definePhraseList(
  definition: PhraseListDefinition,
): ContractCheck<{ phrases: string[] }, readonly CompiledPhrase[]> {
  const { kind, defaults } = definition;
  return defineCheck({
    id: definition.id,
    category: 'tone',
    summary: `The output contains no ${kind} phrase (default list: ${defaults.map((phrase) => `"${phrase}"`).join(', ')}; case-insensitive, whole words).`,
    whenToUse: definition.whenToUse,
    whenNotToUse: definition.whenNotToUse,
    params: z.strictObject({
      phrases: z
        .array(z.string().min(1))
        .min(1)
        .default([...defaults])
        .describe(
          `${kind[0]!.toUpperCase()}${kind.slice(1)} phrases to look for (replaces the default list).`,
        ),
    }),
    compile(params) {
      return params.phrases.map((phrase) => ({
        phrase,
        pattern: phrasePattern(phrase, { caseSensitive: false, wholeWords: true }),
      }));
    },
    run: failOnFirstPhrase,
  });
}
