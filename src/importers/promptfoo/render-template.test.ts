import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePrompt, inputFromRendered, renderPrompt } from './render-prompt.js';
import { compileTemplate, renderTemplate } from './render-template.js';

/** Templates rendered by promptfoo 0.121.20's own renderPrompt (test/fixtures/promptfoo/nunjucks/make-cases.mjs). */
const reference = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/promptfoo/nunjucks/cases.json', import.meta.url), 'utf8'),
) as { vars: Record<string, unknown>; cases: { template: string; rendered: string }[] };

const render = (template: string, vars: Record<string, unknown> = {}) => {
  const compiled = compileTemplate(template);
  if ('problem' in compiled) throw new Error(compiled.problem);
  return renderTemplate(compiled, vars);
};
const problemOf = (template: string) => {
  const compiled = compileTemplate(template);
  return 'problem' in compiled ? compiled.problem : undefined;
};

describe('promptfoo prompt rendering', () => {
  it.each(reference.cases.map((entry) => [entry.template, entry.rendered]))(
    'renders %j as promptfoo does',
    (template, rendered) => {
      const compiled = compilePrompt(template);
      if ('problem' in compiled) throw new Error(compiled.problem);
      const ours = renderPrompt(compiled, reference.vars);
      // A chat prompt becomes chat messages; promptfoo sends the same messages as JSON text.
      expect(ours).toEqual(inputFromRendered(rendered));
    },
  );

  it('refuses what it cannot render, naming the construct', () => {
    expect(problemOf('{% for item in list %}{{ item }}{% endfor %}')).toBe(
      'the tag "{% for %}" is not supported (fixfirst renders {{ variables }} and filters, no tags)',
    );
    expect(problemOf('{% if vip %}Dear{% endif %} {{ name }}')).toContain('"{% if %}"');
    expect(problemOf('{{- name -}}')).toBe('whitespace control "{{-" / "-}}" is not supported');
    expect(problemOf('{{ name | truncate(5) }}')).toContain(
      'filter "truncate" is not one fixfirst can render',
    );
    expect(problemOf('{{ a + b }}')).toContain('is an expression');
    expect(problemOf('{{ env.OPENAI_API_KEY }}')).toContain('"env"');
    expect(problemOf('{{ name | default(other) }}')).toContain('literal arguments only');
  });

  it('a var holding a template it cannot render is a problem for that test, not a wrong render', () => {
    const compiled = compilePrompt('Q: {{ question }}');
    if ('problem' in compiled) throw new Error(compiled.problem);
    expect(renderPrompt(compiled, { question: '{% if x %}y{% endif %}' })).toEqual({
      problem:
        'var "question" holds a template: the tag "{% if %}" is not supported (fixfirst renders {{ variables }} and filters, no tags)',
    });
  });

  it('keeps literal braces of a template with an unclosed tag, and filters with quoted pipes', () => {
    expect(render('{{ name }} and {{ other', { name: 'x' })).toBe('{{ name }} and {{ other');
    expect(render('{{ missing | default("a|b") }}')).toBe('a|b');
  });

  it('reads a recorded chat prompt as messages, anything else as text', () => {
    expect(inputFromRendered('[{"role":"user","content":"hi"}]')).toEqual([{ role: 'user', content: 'hi' }]);
    expect(inputFromRendered('[1, 2]')).toBe('[1, 2]');
    expect(inputFromRendered('[not json')).toBe('[not json');
    expect(inputFromRendered('plain')).toBe('plain');
  });
});
