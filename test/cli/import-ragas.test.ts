import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { jsonl, tempProject } from '../helpers/temp-project.js';

/** 24 samples: 12 whose answer is in a retrieved context and correct, 12 whose answer is in none and wrong. */
function samples() {
  return Array.from({ length: 24 }, (_, index) => {
    const found = index < 12;
    return {
      question: `What is the capital of country ${index}?`,
      contexts: [
        `Country ${index} is large.`,
        found ? `The capital of country ${index} is City${index}.` : 'Weather is mild.',
      ],
      answer: found ? `City${index}` : 'I am not sure',
      ground_truth: `City${index}`,
    };
  });
}

describe('fixfirst import ragas', () => {
  it('writes eval.jsonl and fixfirst.yaml that diagnose reads, with Q4 by answer-in-context', async () => {
    const dir = tempProject({ 'ragas.jsonl': jsonl(samples()) });
    const out = join(dir, 'project');
    const imported = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(imported.stderr).toContain('wrote');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Ragas: 24 samples (jsonl)');
    expect(readdirSync(out).sort()).toEqual(['eval.jsonl', 'fixfirst.yaml']);
    const yaml = readFileSync(join(out, 'fixfirst.yaml'), 'utf8');
    expect(yaml).toContain('retrieval: { k: 2 }');
    expect(yaml).toContain('score: { type: token-f1, threshold: 0.5 }');
    const first = JSON.parse(readFileSync(join(out, 'eval.jsonl'), 'utf8').split('\n')[0]!);
    expect(first).toMatchObject({
      id: 'row-1',
      input: 'What is the capital of country 0?',
      reference: 'City0',
      output: 'City0',
    });

    const diagnosed = await runMain(['diagnose', out, '--json']);
    expect(diagnosed.code).toBe(0);
    const foundation = JSON.parse(diagnosed.stdout).questions.foundation;
    expect(foundation.goldSource).toBe('answer_in_context');
    expect(foundation.status).toBe('foundation_gap');
    expect(foundation.items).toMatchObject({
      assessed: 24,
      goldPresent: 12,
      goldMissing: 12,
      failuresGoldMissing: 12,
    });
  });
  it('keeps the text of gold passages no prompt holds in corpus.jsonl, so diagnose resolves every gold id', () => {
    // 24 samples: 12 whose reference context was retrieved (answered right), 12 whose was not (answered wrong).
    const rows = samples().map((row, index) => ({
      ...row,
      reference_contexts: [`The capital of country ${index} is City${index}.`],
    }));
    const dir = tempProject({ 'ragas.jsonl': jsonl(rows) });
    const out = join(dir, 'project');
    const imported = runCli(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      '12 gold passage(s) in no retrieved context: texts kept in corpus.jsonl',
    );
    expect(readdirSync(out).sort()).toEqual(['corpus.jsonl', 'eval.jsonl', 'fixfirst.yaml']);
    expect(readFileSync(join(out, 'fixfirst.yaml'), 'utf8')).toContain(
      'retrieval: { k: 2, corpus: corpus.jsonl }',
    );
    const corpus = readFileSync(join(out, 'corpus.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(corpus).toHaveLength(12);
    expect(corpus[0]).toEqual({ _id: 'row-13-gold1', text: 'The capital of country 12 is City12.' });
    const evalRows = readFileSync(join(out, 'eval.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(evalRows[0].gold_ids).toEqual(['row-1-c2']);
    expect(evalRows[12].gold_ids).toEqual(['row-13-gold1']);

    const diagnosed = runCli(['diagnose', out, '--json']);
    expect(diagnosed.code).toBe(0);
    const foundation = JSON.parse(diagnosed.stdout).questions.foundation;
    expect(foundation.findings.map((finding: { code: string }) => finding.code)).not.toContain(
      'gold_id_unknown',
    );
    expect(foundation.goldSource).toBe('gold_ids');
    expect(foundation.items).toMatchObject({
      assessed: 24,
      goldPresent: 12,
      goldMissing: 12,
      failuresGoldMissing: 12,
    });
    // One gold passage per item, in the prompt for half of them: recall@2 = 12/24, with 24 relevant and 12 retrieved.
    expect(foundation.retrieval.k).toBe(2);
    expect(foundation.retrieval.recall.value).toBe(0.5);
    expect(foundation.retrieval.measures).toMatchObject({
      num_q: 24,
      num_rel: 24,
      num_rel_ret: 12,
      recall_2: 0.5,
    });

    // Live mode's oracle-context experiment finds the text of all 24 gold passages (12 from corpus.jsonl).
    appendFileSync(
      join(out, 'fixfirst.yaml'),
      'model: openai:gpt-4o-mini\nprompt: { template: "{{input}}\\n\\nContext:\\n{{context}}" }\n',
    );
    const planned = runCli(['diagnose', out, '--live', '--dry-run']);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/oracle: gold only\s+24 calls/);
  });
  it('still reports a gold id that is in no prompt, no run and no corpus', async () => {
    const rows = samples().map((row, index) => ({
      ...row,
      retrieved_context_ids: [`doc-${index}-a`, `doc-${index}-b`],
      reference_context_ids: [index < 12 ? `doc-${index}-b` : `doc-${index}-z`],
    }));
    const dir = tempProject({ 'ragas.jsonl': jsonl(rows) });
    const out = join(dir, 'project');
    expect((await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out])).code).toBe(0);
    // Ids without texts: nothing for a corpus, so the 12 unretrieved gold ids stay unresolved and are named.
    expect(readdirSync(out).sort()).toEqual(['eval.jsonl', 'fixfirst.yaml']);
    const diagnosed = await runMain(['diagnose', out, '--json']);
    const findings = JSON.parse(diagnosed.stdout).questions.foundation.findings as {
      code: string;
      rowCount: number;
    }[];
    expect(findings.find((finding) => finding.code === 'gold_id_unknown')).toMatchObject({ rowCount: 12 });
  });
  it('writes nothing when a row is wrong, naming file, line and field (exit 3)', async () => {
    const rows = samples();
    delete (rows[4] as Partial<(typeof rows)[number]>).answer;
    const dir = tempProject({ 'ragas.jsonl': jsonl(rows) });
    const out = join(dir, 'project');
    const result = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/ragas\.jsonl:5: field "answer"/);
    expect(existsSync(out)).toBe(false);
  });
  it('refuses a non-empty --out without --force (exit 2), and replaces the files with it', async () => {
    const dir = tempProject({ 'ragas.jsonl': jsonl(samples()) });
    const out = join(dir, 'project');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const refused = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the output folder is not empty');
    expect(existsSync(join(out, 'eval.jsonl'))).toBe(false);
    const forced = await runMain(['import', 'ragas', join(dir, 'ragas.jsonl'), '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['eval.jsonl', 'fixfirst.yaml', 'notes.txt']);
  });
  it('rejects an unknown file format and runs as the real executable', () => {
    const dir = tempProject({ 'ragas.parquet': 'x' });
    const result = runCli(['import', 'ragas', join(dir, 'ragas.parquet'), '--out', join(dir, 'out')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('unknown format "parquet"');
  });
});
