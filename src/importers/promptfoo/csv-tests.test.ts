import { describe, expect, it } from 'vitest';
import { promptfooBaseTypes } from './assertion-rules.js';
import { assertionFromCell, splitCommaList, testFromCsvRow } from './csv-tests.js';

const cell = (text: string) => assertionFromCell(text, promptfooBaseTypes);

describe('promptfoo CSV tests', () => {
  it('reads __expected cells as promptfoo does', () => {
    expect(cell('Paris')).toEqual({ type: 'equals', value: 'Paris' });
    expect(cell('icontains:paris')).toEqual({ type: 'icontains', value: 'paris' });
    expect(cell('not-contains: London ')).toEqual({ type: 'not-contains', value: 'London' });
    expect(cell('contains-any:a, "b, c",d')).toEqual({ type: 'contains-any', value: ['a', 'b, c', 'd'] });
    expect(cell('starts-with:Yes')).toEqual({ type: 'starts-with', value: 'Yes', threshold: 0.75 });
    expect(cell('similar(0.9):hello')).toEqual({ type: 'similar', value: 'hello', threshold: 0.9 });
    expect(cell('is-json')).toEqual({ type: 'is-json' });
    expect(cell('javascript: output.length < 10')).toEqual({
      type: 'javascript',
      value: 'output.length < 10',
    });
    expect(cell('fn:output === "x"')).toEqual({ type: 'javascript', value: 'output === "x"' });
    expect(cell('file://check.js')).toEqual({ type: 'javascript', value: 'file://check.js' });
    expect(cell('grade:is polite')).toEqual({ type: 'llm-rubric', value: 'is polite' });
    expect(cell('python:len(output) < 3')).toEqual({ type: 'python', value: 'len(output) < 3' });
    // A type that is not promptfoo's is a plain value to equal.
    expect(cell('billing:yes')).toEqual({ type: 'equals', value: 'billing:yes' });
  });

  it('splits comma lists like promptfoo: quotes, escapes, repeated commas', () => {
    expect(splitCommaList(' a ,, b ,"c, d", "e ""quoted"" \\"x\\"" ')).toEqual([
      'a',
      'b',
      'c, d',
      'e "quoted" "x"',
    ]);
    expect(splitCommaList('"open')).toBeUndefined();
  });

  it('maps special columns; everything else is a var', () => {
    const test = testFromCsvRow(
      {
        question: 'Capital?',
        __expected: 'icontains:paris',
        __expected2: '',
        __expected3: 'not-contains:London',
        __description: 'capitals',
        __providerOutput: 'Paris',
        '__metadata:topic': 'geo',
        '__metadata:tags[]': 'a,b\\,c',
        '__config:__expected3:threshold': '0.5',
        __prefix: '>> ',
      },
      promptfooBaseTypes,
    );
    expect(test).toMatchObject({
      vars: { question: 'Capital?' },
      description: 'capitals',
      providerOutput: 'Paris',
      prefix: '>> ',
      metadata: { topic: 'geo', tags: ['a', 'b,c'] },
      assert: [
        { type: 'icontains', value: 'paris' },
        { type: 'not-contains', value: 'London' },
      ],
    });
    expect(testFromCsvRow({ '__config:__expected:size': '1' }, promptfooBaseTypes)).toMatchObject({
      column: '__config:__expected:size',
    });
  });
});
