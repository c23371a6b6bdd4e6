import { describe, expect, it } from 'vitest';
import { problemOf } from '../../test/helpers/problem-of.js';
import { parseRagas } from './ragas.js';

const sample = {
  question: 'Who wrote Hamlet?',
  contexts: ['Hamlet is a tragedy by William Shakespeare.', 'Macbeth is another play.'],
  answer: 'Shakespeare',
  ground_truth: 'William Shakespeare',
};

describe('parseRagas', () => {
  it('reads the Ragas 0.1 columns from JSONL, giving contexts ids in prompt order', () => {
    const loaded = parseRagas(`${JSON.stringify(sample)}\n`, 'r.jsonl', 'jsonl');
    expect(loaded.samples).toEqual([
      {
        id: 'row-1',
        question: 'Who wrote Hamlet?',
        contexts: [
          { id: 'row-1-c1', text: 'Hamlet is a tragedy by William Shakespeare.' },
          { id: 'row-1-c2', text: 'Macbeth is another play.' },
        ],
        answer: 'Shakespeare',
        groundTruth: 'William Shakespeare',
        goldIds: undefined,
        goldPassages: [],
        line: 1,
      },
    ]);
    expect(loaded.gold).toEqual({ fromIds: 0, fromReferenceContexts: 0, none: 1 });
  });
  it('reads the Ragas 0.2 columns and says which aliases it used', () => {
    const row = {
      user_input: 'q',
      retrieved_contexts: ['a'],
      response: 'r',
      reference: 'ref',
      retrieved_context_ids: ['d1'],
      reference_context_ids: ['d1', 'd9'],
    };
    const loaded = parseRagas(JSON.stringify([row]), 'r.json', 'json');
    expect(loaded.samples[0]).toMatchObject({
      question: 'q',
      contexts: [{ id: 'd1', text: 'a' }],
      goldIds: ['d1', 'd9'],
    });
    expect(loaded.notes).toContain('user_input → question');
    expect(loaded.gold.fromIds).toBe(1);
    // Ids without texts: nothing to keep for the corpus.
    expect(loaded.samples[0]!.goldPassages).toEqual([]);
  });
  it('keeps the text of a gold id the prompt lacks when reference_contexts pairs with reference_context_ids', () => {
    const row = {
      question: 'q',
      contexts: ['a'],
      answer: 'r',
      ground_truth: 'ref',
      retrieved_context_ids: ['d1'],
      reference_context_ids: ['d1', 'd9'],
      reference_contexts: ['a', 'the gold text'],
    };
    const loaded = parseRagas(JSON.stringify([row]), 'r.json', 'json');
    expect(loaded.samples[0]!.goldIds).toEqual(['d1', 'd9']);
    expect(loaded.samples[0]!.goldPassages).toEqual([{ id: 'd9', text: 'the gold text' }]);
  });
  it('matches reference_contexts to retrieved contexts by text; unmatched ones become gold the prompt lacks', () => {
    const loaded = parseRagas(
      JSON.stringify({
        ...sample,
        id: 7,
        reference_contexts: ['macbeth is  another play.', 'Not retrieved.'],
      }),
      'r.jsonl',
      'jsonl',
    );
    expect(loaded.samples[0]!.goldIds).toEqual(['7-c2', '7-gold2']);
    // The unmatched passage keeps its text, as written, so the project can resolve its id.
    expect(loaded.samples[0]!.goldPassages).toEqual([{ id: '7-gold2', text: 'Not retrieved.' }]);
  });
  it('reads CSV with list cells written as JSON or as Python repr (pandas to_csv), and a column-wise JSON dataset', () => {
    const csv =
      'question,contexts,answer,ground_truth\nq1,"[""a"", ""b""]",x,y\nq2,"[\'it\\\'s\', \'c\']",x,y\n';
    const loaded = parseRagas(csv, 'r.csv', 'csv');
    expect(loaded.samples.map((entry) => entry.contexts.map((passage) => passage.text))).toEqual([
      ['a', 'b'],
      ["it's", 'c'],
    ]);
    const columnWise = parseRagas(
      JSON.stringify({ question: ['q'], contexts: [['a']], answer: ['x'], ground_truths: [['y', 'z']] }),
      'r.json',
      'json',
    );
    expect(columnWise.samples[0]!.groundTruth).toEqual(['y', 'z']);
  });
  it('collects every bad row with file, line and field', () => {
    const rows = [
      JSON.stringify({ ...sample, answer: undefined }),
      '{not json',
      JSON.stringify({ ...sample, contexts: 'one string' }),
      JSON.stringify({ ...sample, ground_truth: '' }),
    ];
    const error = problemOf(() => parseRagas(rows.join('\n'), 'r.jsonl', 'jsonl'));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.total).toBe(4);
    const rendered = error.render();
    expect(rendered).toContain('r.jsonl:1: field "answer"');
    expect(rendered).toContain('r.jsonl:2: not valid JSON');
    expect(rendered).toContain('r.jsonl:3: field "contexts"');
    expect(rendered).toContain('r.jsonl:4: field "ground_truth"');
  });
  it('rejects duplicate ids and an empty file', () => {
    const twice = [sample, sample].map((row) => JSON.stringify({ ...row, id: 'a' })).join('\n');
    expect(problemOf(() => parseRagas(twice, 'r.jsonl', 'jsonl')).message).toMatch(/duplicate id "a"/);
    expect(problemOf(() => parseRagas('\n', 'r.jsonl', 'jsonl')).message).toMatch(/no samples/);
  });
});
