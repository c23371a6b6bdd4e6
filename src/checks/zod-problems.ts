import type { z } from 'zod';
import type { LocatedProblem, SourceLocation } from '../core/errors.js';
import { didYouMean, nearestName } from '../core/suggest.js';
import { keysAt } from './schema-keys.js';

/** Renders a zod issue path as `contract[1].n`. */
export function renderPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** What unknown-key problems can suggest from: the schema that was parsed, and where to read more. */
export interface KeySuggestions {
  /** The schema the error came from; its keys at the issue's path are the suggestions. */
  schema: z.ZodType;
  /** Where the accepted keys are documented, e.g. "see `fixfirst checks`". */
  reference: string;
}

/** "unknown key "x". Did you mean "y"?" — or, for several, each with its nearest key. */
function unknownKeysProblem(keys: readonly string[], known: readonly string[]): string {
  if (keys.length === 1) return `unknown key "${keys[0]}".${didYouMean(keys[0]!, known)}`;
  const named = keys.map((key) => {
    const nearest = nearestName(key, known);
    return nearest === undefined ? `"${key}"` : `"${key}" (did you mean "${nearest}"?)`;
  });
  return `unknown keys ${named.join(', ')}`;
}

/**
 * Turns a zod error into located problems, one per issue, with the field path filled in. With
 * `suggestions`, an unknown key names the nearest accepted key and the hint lists them all — at any
 * depth (economics.prompt, live, a check's parameters).
 */
export function zodProblems(
  error: z.ZodError,
  location: SourceLocation,
  fieldPrefix: string,
  suggestions?: KeySuggestions,
): LocatedProblem[] {
  return error.issues.map((issue) => {
    const field = renderPath(fieldPrefix, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = suggestions === undefined ? [] : keysAt(suggestions.schema, issue.path);
      return {
        location: { ...location, field: field || undefined },
        problem: unknownKeysProblem(issue.keys, known),
        hint:
          known.length === 0
            ? 'remove them or check the spelling'
            : `${field === '' ? 'top-level keys' : `keys under ${field}`} are: ${known.join(', ')} (${suggestions!.reference})`,
      };
    }
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      return {
        location: { ...location, field },
        problem: `required ${issue.expected} missing`,
        hint: `add "${String(issue.path.at(-1) ?? field)}"`,
      };
    }
    // A refinement may carry its own fix in `params.hint`.
    const hint = issue.code === 'custom' ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
    return {
      location: { ...location, field: field || undefined },
      problem: issue.message.replace(/^Invalid input: /, ''),
      ...(typeof hint === 'string' ? { hint } : {}),
    };
  });
}
