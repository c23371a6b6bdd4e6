import { z } from 'zod';
import { placeholdersIn, templatePlaceholders } from './render-prompt.js';
import { nearestName } from './suggest.js';

const known: readonly string[] = templatePlaceholders;

/**
 * Prompt used in live mode. The template is checked at load: a placeholder other than `{{input}}`
 * or `{{context}}` is a typo that would otherwise be sent to the model verbatim for every item, and a
 * template without `{{input}}` would send every item the same message.
 */
export const promptSchema = z.strictObject({
  system: z.string().optional().describe('System prompt: a file path (.md/.txt) or the text itself.'),
  template: z
    .string()
    .default('{{input}}')
    .describe(
      'User message template; {{input}} (required) and {{context}} are filled in. Any other {{name}} is an error.',
    )
    .superRefine((template, context) => {
      for (const placeholder of placeholdersIn(template)) {
        if (known.includes(placeholder.name)) continue;
        const nearest = nearestName(placeholder.name, known);
        context.addIssue({
          code: 'custom',
          message: `unknown placeholder "${placeholder.text}" in the template${nearest === undefined ? '' : `. Did you mean "{{${nearest}}}"?`}`,
          params: { hint: `a template may use ${known.map((name) => `{{${name}}}`).join(' and ')} only` },
        });
      }
      if (!placeholdersIn(template).some((placeholder) => placeholder.name === 'input')) {
        context.addIssue({
          code: 'custom',
          message: 'the template has no {{input}}: every item would be sent the same message',
          params: {
            hint: 'put {{input}} where the item goes, e.g. template: "{{input}}\\n\\nContext:\\n{{context}}"',
          },
        });
      }
    }),
});
