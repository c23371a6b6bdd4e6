import { describe, expect, it } from 'vitest';
import type { EvalCase } from './eval-case.js';
import { fillTemplate, formatContext, renderPrompt, templateUsesContext } from './render-prompt.js';

const item: EvalCase = {
  id: '1',
  input: 'Where is W1?',
  reference: 'Lyon',
  output: undefined,
  contexts: [
    { id: 'd1', text: 'Warehouse W1 is located in Lyon.' },
    { id: 'd2', text: 'Other.' },
  ],
  goldIds: ['d1'],
  contract: [],
  tags: {},
  line: 1,
};
const prompt = { system: 'Be brief.', template: 'Q: {{input}}\nContext:\n{{ context }}' };

describe('renderPrompt', () => {
  it('puts the system prompt first and fills the template', () => {
    expect(renderPrompt(prompt, item)).toEqual([
      { role: 'system', content: 'Be brief.' },
      {
        role: 'user',
        content: 'Q: Where is W1?\nContext:\n[d1] Warehouse W1 is located in Lyon.\n\n[d2] Other.',
      },
    ]);
  });
  it('applies a variant: system, contexts and shots', () => {
    const messages = renderPrompt(prompt, item, {
      system: 'Reply in JSON.',
      contexts: [{ id: 'g', text: 'gold' }],
      shots: [{ input: 'a', output: 'b' }],
    });
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[0]!.content).toBe('Reply in JSON.');
    expect(messages[3]!.content).toContain('[g] gold');
  });
  it('fills the template with the last user turn of a chat input and keeps the others', () => {
    const chat = {
      ...item,
      input: [
        { role: 'user' as const, content: 'hi' },
        { role: 'assistant' as const, content: 'hello' },
        { role: 'user' as const, content: 'Where is W1?' },
      ],
    };
    const messages = renderPrompt({ system: undefined, template: '{{input}}!' }, chat);
    expect(messages).toEqual([
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
      { role: 'user', content: 'Where is W1?!' },
    ]);
  });
  it('formats passages and detects context use', () => {
    expect(formatContext(undefined)).toBe('');
    expect(fillTemplate('{{input}}/{{context}}', 'a', 'b')).toBe('a/b');
    expect(templateUsesContext('{{input}}')).toBe(false);
    expect(templateUsesContext('{{ context }}')).toBe(true);
  });
});
