import { describe, expect, it } from 'vitest';
import { promptSchema } from './config-prompt.js';

const problems = (template: string) => {
  const result = promptSchema.safeParse({ template });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('prompt template', () => {
  it('accepts {{input}} and {{context}}, spaces inside the braces allowed, and defaults to {{input}}', () => {
    expect(problems('Q: {{input}}\n\n{{ context }}')).toEqual([]);
    expect(problems('{{ input }}')).toEqual([]);
    expect(promptSchema.parse({}).template).toBe('{{input}}');
  });
  it('rejects an unknown placeholder and suggests the nearest', () => {
    expect(problems('{{inptu}}')).toEqual([
      'unknown placeholder "{{inptu}}" in the template. Did you mean "{{input}}"?',
      'the template has no {{input}}: every item would be sent the same message',
    ]);
    expect(problems('{{input}} {{contxt}}')).toEqual([
      'unknown placeholder "{{contxt}}" in the template. Did you mean "{{context}}"?',
    ]);
    expect(problems('{{input}} {{reference_answer}}')).toEqual([
      'unknown placeholder "{{reference_answer}}" in the template',
    ]);
  });
  it('rejects a template without {{input}}', () => {
    expect(problems('Answer the question.\n{{context}}')).toEqual([
      'the template has no {{input}}: every item would be sent the same message',
    ]);
  });
});
