import type { z } from 'zod';
import type { LocatedProblem, SourceLocation } from '../core/errors.js';

/** Renders a zod issue path as `contract[1].n`. */
export function renderPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** Turns a zod error into located problems, one per issue, with the field path filled in. */
export function zodProblems(
  error: z.ZodError,
  location: SourceLocation,
  fieldPrefix: string,
): LocatedProblem[] {
  return error.issues.map((issue) => {
    const field = renderPath(fieldPrefix, issue.path);
    if (issue.code === 'unrecognized_keys') {
      return {
        location: { ...location, field: field || undefined },
        problem: `unknown key(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        hint: 'remove them or check the spelling (see `fixfirst checks` / README for the accepted keys)',
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
