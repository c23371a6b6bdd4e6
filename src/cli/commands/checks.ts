import { z } from 'zod';
import { checkAliases, contractChecks } from '../../checks/contract/index.js';
import { scorers } from '../../checks/scorers/index.js';
import type { CliCommand } from '../command.js';

function parameterList(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string; type?: unknown; default?: unknown }>;
    required?: string[];
  };
  const entries = Object.entries(json.properties ?? {});
  if (entries.length === 0) return '      (no parameters)';
  return entries
    .map(([name, property]) => {
      const required = json.required?.includes(name) && property.default === undefined ? ' (required)' : '';
      const fallback =
        property.default === undefined ? '' : ` [default: ${JSON.stringify(property.default)}]`;
      return `      ${name}${required}${fallback}: ${property.description ?? ''}`;
    })
    .join('\n');
}

/** `fixfirst checks`: every contract check with its doc line and parameters. */
export const checksCommand: CliCommand = {
  name: 'checks',
  register(program, io) {
    program
      .command('checks')
      .summary('list the contract checks, with what each verifies and when to use it')
      .option('--json', 'print as JSON')
      .action((options: { json?: boolean }) => {
        if (options.json) {
          const list = contractChecks.map((check) => ({
            id: check.id,
            category: check.category,
            summary: check.summary,
            whenToUse: check.whenToUse,
            whenNotToUse: check.whenNotToUse,
            parameters: z.toJSONSchema(check.params, { io: 'input', unrepresentable: 'any' }),
          }));
          const aliases = checkAliases.map((alias) => ({
            id: alias.id,
            targets: alias.targets,
            summary: alias.summary,
          }));
          io.stdout(`${JSON.stringify({ checks: list, aliases }, null, 2)}\n`);
          return;
        }
        const lines: string[] = [];
        for (const check of contractChecks) {
          lines.push(`${check.id}  [${check.category}]`);
          lines.push(`    ${check.summary}`);
          lines.push(`    use when: ${check.whenToUse}`);
          lines.push(`    not when: ${check.whenNotToUse}`);
          lines.push(`    parameters:\n${parameterList(check.params)}`);
          lines.push('');
        }
        if (checkAliases.length > 0) {
          lines.push('Aliases (IFEval instruction ids and other names):');
          for (const alias of checkAliases)
            lines.push(`  ${alias.id} → ${alias.targets.join(' | ')}: ${alias.summary}`);
        }
        io.stdout(`${lines.join('\n')}\n`);
      });
  },
};

/** `fixfirst scorers`: every correctness scorer. */
export const scorersCommand: CliCommand = {
  name: 'scorers',
  register(program, io) {
    program
      .command('scorers')
      .summary('list the correctness scorers (score: {type: ...}), strict and lenient')
      .action(() => {
        const lines: string[] = [];
        for (const scorer of scorers) {
          lines.push(`${scorer.id}${scorer.requiresReference ? '' : '  (no reference needed)'}`);
          lines.push(`    ${scorer.summary}`);
          lines.push(`    strict:   ${scorer.strict}`);
          lines.push(`    lenient:  ${scorer.lenient}`);
          lines.push(`    use when: ${scorer.whenToUse}`);
          lines.push(`    not when: ${scorer.whenNotToUse}`);
          lines.push(`    parameters:\n${parameterList(scorer.params)}`);
          lines.push('');
        }
        io.stdout(`${lines.join('\n')}\n`);
      });
  },
};
