import { describe, expect, it } from 'vitest';
import { jsonl, tempProject } from '../../test/helpers/temp-project.js';
import { prepareProject } from './prepare-project.js';

describe('loadProjectRetrieval', () => {
  it('reads retrieval.corpus and names the lines of the corpus rows it leaves out', async () => {
    const dir = tempProject({
      'fixfirst.yaml':
        'task: t\neval: eval.jsonl\nscore: { type: exact }\nretrieval: { k: 2, corpus: corpus.jsonl }\n',
      'eval.jsonl': jsonl([{ id: 'q1', input: 'q', reference: 'a', output: 'a', gold_ids: ['d1'] }]),
      'corpus.jsonl': '{"_id":"d1","text":"gold"}\n{"_id":"d2"}\nnot json\n{"_id":"d4","text":"kept"}\n',
    });
    const project = await prepareProject(dir, { requireOutput: true });
    expect([...project.retrieval!.corpus!.keys()]).toEqual(['d1', 'd4']);
    const finding = project.retrieval!.findings.find((entry) => entry.code === 'corpus_row_skipped');
    expect(finding).toMatchObject({ severity: 'warning', rows: [2, 3], rowCount: 2 });
    expect(finding!.message).toMatch(
      /corpus\.jsonl: 2 line\(s\) without an "_id" \(or "id"\) and a text "text" were left out \(lines 2, 3\)$/,
    );
  });
});
