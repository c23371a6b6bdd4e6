import { parse as parseYaml } from 'yaml';
import type { ProblemCollector, SourceLocation } from '../../core/errors.js';
import { readTextFile } from '../../loaders/read-text.js';
import { splitCommaList } from './csv-tests.js';
import type { PromptfooAssertion, PromptfooTest } from './promptfoo-test.js';
import { collectReference } from './read-tests.js';
import { compileTemplate, renderTemplate } from './render-template.js';
import { isFileReference, type ReferencedFile, readYamlFile } from './source-files.js';

/**
 * An assertion's value as promptfoo's runAssertion sees it: `{{ var }}` rendered with the test's
 * vars (or taken from the rendered value promptfoo recorded), `file://` JSON, YAML and text read,
 * the -any/-all kinds' comma lists split, is-json's and contains-json's YAML schema parsed. A JavaScript file stays a
 * reference (the javascript type runs it).
 */
export type PreparedValue =
  | { kind: 'value'; value: unknown }
  | { kind: 'script'; file: ReferencedFile; reference: string }
  | { kind: 'unmappable'; reason: string };

const scriptFile = /\.(js|cjs|mjs|ts|cts|mts)(:[\w$]+)?$/i;

/** promptfoo's processFileReference: JSON and YAML parsed, text trimmed; anything else is refused. */
function readValueFile(
  reference: string,
  baseDir: string,
  location: SourceLocation,
  collector: ProblemCollector,
): PreparedValue {
  const file = collectReference(reference, baseDir, location, collector);
  if (file === undefined) return { kind: 'unmappable', reason: 'missing file' };
  if (['.json', '.yaml', '.yml'].includes(file.extension))
    return { kind: 'value', value: readYamlFile(file).value };
  if (file.extension === '.txt')
    return { kind: 'value', value: readTextFile(file.absolute, file.shown).trim() };
  return { kind: 'unmappable', reason: `value from ${file.extension || 'a file'} (${reference})` };
}

function renderText(
  text: string,
  vars: Readonly<Record<string, unknown>>,
  location: SourceLocation,
  collector: ProblemCollector,
): string | undefined {
  if (!/{[{%#]/.test(text)) return text;
  const template = compileTemplate(text);
  if ('problem' in template) {
    collector.add({
      location,
      problem: `cannot render the assertion value ${JSON.stringify(text.slice(0, 60))}: ${template.problem}`,
      hint: 'import the results file of a promptfoo run: it records rendered values',
    });
    return undefined;
  }
  return renderTemplate(template, vars);
}

/** Prepares the value of `test.assertions[index]`. */
export function prepareValue(
  test: PromptfooTest,
  index: number,
  baseDir: string,
  collector: ProblemCollector,
): PreparedValue {
  const assertion: PromptfooAssertion = test.assertions[index]!;
  const location = {
    ...test.location,
    field: `${test.location.field ? `${test.location.field}.` : ''}assert[${index}].value`,
  };
  const baseType = assertion.type.startsWith('not-') ? assertion.type.slice(4) : assertion.type;
  let value: unknown = assertion.value;
  if (typeof value === 'string' && isFileReference(value)) {
    if (scriptFile.test(value)) {
      if (baseType !== 'javascript')
        return { kind: 'unmappable', reason: `value computed by a script (${value})` };
      const file = collectReference(value, baseDir, location, collector);
      return file === undefined
        ? { kind: 'unmappable', reason: 'missing file' }
        : { kind: 'script', file, reference: value };
    }
    if (/\.py(:[\w$]+)?$/i.test(value)) return { kind: 'unmappable', reason: `Python script (${value})` };
    const loaded = readValueFile(value, baseDir, location, collector);
    if (loaded.kind !== 'value') return loaded;
    value = loaded.value;
  } else if (typeof value === 'string') {
    if (baseType === 'javascript')
      return { kind: 'unmappable', reason: 'inline JavaScript (fixfirst runs code from files only)' };
    const recorded = test.recorded?.renderedValues[index];
    const rendered = recorded ?? renderText(value, test.vars, location, collector);
    if (rendered === undefined) return { kind: 'unmappable', reason: 'cannot render' };
    value = rendered;
  } else if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      if (typeof item === 'string' && isFileReference(item)) {
        const loaded = readValueFile(item, baseDir, location, collector);
        if (loaded.kind !== 'value') return loaded;
        items.push(loaded.value);
      } else if (typeof item === 'string') {
        const rendered = renderText(item, test.vars, location, collector);
        if (rendered === undefined) return { kind: 'unmappable', reason: 'cannot render' };
        items.push(rendered);
      } else items.push(item);
    }
    value = items;
  }
  if ((baseType.endsWith('-any') || baseType.endsWith('-all')) && typeof value === 'string') {
    const list = splitCommaList(value);
    if (list === undefined) return { kind: 'unmappable', reason: 'unterminated quote in the list' };
    value = list;
  }
  if ((baseType === 'is-json' || baseType === 'contains-json') && typeof value === 'string' && value !== '') {
    try {
      value = parseYaml(value) as unknown;
    } catch (error) {
      collector.add({
        location,
        problem: `the ${baseType} schema is not valid YAML (${(error as Error).message.split('\n')[0]})`,
      });
      return { kind: 'unmappable', reason: 'invalid schema' };
    }
  }
  return { kind: 'value', value };
}
