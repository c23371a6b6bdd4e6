import { describe, expect, it } from 'vitest';
import type { LoadedRagas, RagasSample } from '../loaders/ragas.js';
import { renderRagasProject } from './ragas-project.js';

const sample = (id: string, goldPassages: RagasSample['goldPassages']): RagasSample => ({
  id,
  question: `question ${id}`,
  contexts: [{ id: `${id}-c1`, text: 'a retrieved passage' }],
  answer: 'an answer',
  groundTruth: 'the answer',
  goldIds: goldPassages.map((passage) => passage.id),
  goldPassages,
  line: Number(id),
});

const loaded = (samples: RagasSample[]): LoadedRagas => ({
  format: 'jsonl',
  samples,
  gold: { fromIds: 0, fromReferenceContexts: samples.length, none: 0 },
  notes: [],
});

describe('renderRagasProject', () => {
  it('counts each gold passage no prompt holds once, as corpus.jsonl holds it', () => {
    const shared = { id: 'gold-a', text: 'The answer is here.' };
    const project = renderRagasProject(
      loaded([sample('1', [shared]), sample('2', [shared, { id: 'gold-b', text: 'And here.' }])]),
      'ragas.jsonl',
    );
    expect(project.corpusPassages).toBe(2);
    expect(project.files['corpus.jsonl']!.trim().split('\n')).toHaveLength(project.corpusPassages);
    expect(project.files['fixfirst.yaml']).toContain('# 2 gold passage(s) reached no prompt');
  });

  it('writes no corpus when every gold passage reached a prompt', () => {
    const project = renderRagasProject(loaded([sample('1', [])]), 'ragas.jsonl');
    expect(project.corpusPassages).toBe(0);
    expect(Object.keys(project.files).sort()).toEqual(['eval.jsonl', 'fixfirst.yaml']);
  });
});
