import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/run-cli.js';
import { cleanChatRows, evalItems, type Planted, plantProblems, toJsonl } from './helpers/training-data.js';

const folder = mkdtempSync(join(tmpdir(), 'fixfirst-audit-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const path = (name: string) => join(folder, name);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object;

type AuditJson = {
  readiness: { status: string; reasons: { code: string; severity: string; text: string }[] };
  summary: Record<string, number>;
  findings: { code: string; severity: string; rows: number[]; evidence: Record<string, unknown> }[];
  rows: number;
  examples: number;
  format: string;
  fileFormat: string;
  tokens: { total: { value: number }; billing: { epochs: number } };
};

let planted: Planted;
const evals = evalItems(60, 77);

beforeAll(() => {
  const result = plantProblems(
    cleanChatRows(800, 76),
    evals.map((item) => item.input),
  );
  planted = result.planted;
  writeFileSync(path('train.jsonl'), toJsonl(result.rows));
  writeFileSync(path('clean.jsonl'), toJsonl(cleanChatRows(800, 78)));
  writeFileSync(path('eval.jsonl'), toJsonl(evals));
  writeFileSync(
    path('fixfirst.yaml'),
    'task: Classify support tickets\neval: eval.jsonl\ntrain: train.jsonl\nscore: {type: exact}\ncontract:\n  - {check: json, object: true}\n',
  );
});

describe('fixfirst audit', () => {
  it('--json validates against schemas/audit.schema.json and finds every planted problem at its row', () => {
    const run = runCli(['audit', path('train.jsonl'), '--config', path('fixfirst.yaml'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as AuditJson;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema('audit.schema.json'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect([report.format, report.fileFormat, report.rows, report.examples]).toEqual([
      'chat',
      'jsonl',
      800,
      800,
    ]);
    expect(report.readiness.status).toBe('not_ready');
    for (const [code, rows] of Object.entries(planted)) {
      const found = new Set(
        report.findings
          .filter((finding) => finding.code === code && finding.severity !== 'info')
          .flatMap((finding) => finding.rows),
      );
      for (const row of rows) expect(found.has(row), `${code} at row ${row}`).toBe(true);
    }
    // Nothing else: every warning or error row is a planted row or the twin of one.
    const twins = new Set([3, 7, 11]);
    const plantedRows = new Set(Object.values(planted).flat());
    for (const finding of report.findings) {
      if (finding.severity === 'info') continue;
      for (const row of finding.rows)
        expect(plantedRows.has(row) || twins.has(row), `${finding.code} at row ${row}`).toBe(true);
    }
  });

  it('says READY with no reason on a clean generated set, and ranks reasons in the terminal view', () => {
    const clean = runCli(['audit', path('clean.jsonl'), '--eval', path('eval.jsonl')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/READY {2}no blocking problem\n/);
    const dirty = runCli([
      'audit',
      path('train.jsonl'),
      '--config',
      path('fixfirst.yaml'),
      '--examples',
      '2',
    ]);
    expect(dirty.stdout).toMatch(/NOT READY/);
    const numbered = dirty.stdout.split('\n').filter((line) => /^ +\d+\. [✗!]/.test(line));
    expect(numbered.length).toBeGreaterThan(5);
    // PII evidence is redacted in the terminal too.
    expect(dirty.stdout).not.toContain('4111 1111 1111 1111');
    expect(dirty.stdout).toContain('**** **** **** 1111');
  });

  it('gives the same findings with the similarity checks in a worker thread', () => {
    const config = (threads: number) => {
      const file = path(`threads-${threads}.yaml`);
      writeFileSync(
        file,
        `${readFileSync(path('fixfirst.yaml'), 'utf8')}audit:\n  threads: ${threads}\n  parallel_min_bytes: 0\n`,
      );
      return file;
    };
    const serial = runCli(['audit', path('train.jsonl'), '--config', config(1), '--json', '-q']);
    const parallel = runCli(['audit', path('train.jsonl'), '--config', config(2), '--json', '-q']);
    expect(parallel.code, parallel.stderr).toBe(0);
    const strip = (text: string) => {
      const report = JSON.parse(text) as Record<string, unknown>;
      delete report.thresholds;
      return report;
    };
    expect(strip(parallel.stdout)).toEqual(strip(serial.stdout));
  });

  it('--fail-on-not-ready exits 10; a missing file exits 3 with its name', () => {
    expect(runCli(['audit', path('train.jsonl'), '--fail-on-not-ready', '-q']).code).toBe(10);
    const missing = runCli(['audit', path('missing.jsonl')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('missing.jsonl: no such file');
    const badFormat = runCli(['audit', path('train.jsonl'), '--format', 'yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "yaml"');
  });
});

describe('fixfirst clean', () => {
  it('JSONL: drops the removable rows, keeps the rest byte for byte, logs each removal, never touches the input', () => {
    const before = sha(path('train.jsonl'));
    const run = runCli([
      'clean',
      path('train.jsonl'),
      '--out',
      path('out/train.clean.jsonl'),
      '--config',
      path('fixfirst.yaml'),
      '-q',
    ]);
    expect(run.code).toBe(0);
    expect(sha(path('train.jsonl'))).toBe(before);
    const removed = readFileSync(path('out/train.clean.jsonl.removed.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { row: number; reason: string; twin?: number });
    const removedRows = removed.map((entry) => entry.row);
    for (const code of [
      'exact_duplicate',
      'near_duplicate',
      'eval_leakage',
      'contract_violation_in_target',
      'empty_target',
      'placeholder',
    ]) {
      for (const row of planted[code]!) expect(removedRows, code).toContain(row);
    }
    expect(removed.find((entry) => entry.row === planted.exact_duplicate![0])).toMatchObject({
      reason: 'exact_duplicate',
      twin: 3,
    });
    // Warn-only findings stay: the conflict and the PII rows are kept.
    expect(removedRows).not.toContain(planted.conflicting_targets![0]);
    expect(removedRows).not.toContain(planted.pii![0]);
    const input = readFileSync(path('train.jsonl'), 'utf8').trimEnd().split('\n');
    const output = readFileSync(path('out/train.clean.jsonl'), 'utf8').trimEnd().split('\n');
    expect(output).toEqual(input.filter((_, index) => !removedRows.includes(index + 1)));
    expect(run.stdout).toContain(`kept ${output.length} of 800 row(s)`);
    expect(run.stdout).toContain('still to review by hand');
    // The cleaned set audits without the removed codes.
    const again = JSON.parse(
      runCli(['audit', path('out/train.clean.jsonl'), '--config', path('fixfirst.yaml'), '--json']).stdout,
    ) as AuditJson;
    for (const code of [
      'exact_duplicate',
      'near_duplicate',
      'eval_leakage',
      'contract_violation_in_target',
      'empty_target',
    ]) {
      expect(
        again.findings.filter((finding) => finding.code === code && finding.severity !== 'info'),
        code,
      ).toEqual([]);
    }
  });

  it('refuses to write over its input', () => {
    const run = runCli(['clean', path('train.jsonl'), '--out', path('train.jsonl')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('clean never changes its input');
  });

  it('CSV (Alpaca): keeps the header and the kept records as written', () => {
    const csv = [
      'instruction,input,output',
      'Translate "cat",to French,chat',
      '"Name a colour, any","",Blue',
      'Translate "cat",to French,chat',
      'Say hi,,"Hello,\nworld"',
      'Say hi,,',
      '',
    ].join('\n');
    writeFileSync(path('alpaca.csv'), csv);
    const run = runCli(['clean', path('alpaca.csv'), '--out', path('alpaca.clean.csv'), '-q']);
    expect(run.code).toBe(0);
    expect(readFileSync(path('alpaca.clean.csv'), 'utf8')).toBe(
      'instruction,input,output\nTranslate "cat",to French,chat\n"Name a colour, any","",Blue\nSay hi,,"Hello,\nworld"\n',
    );
    expect(readFileSync(path('alpaca.clean.csv.removed.jsonl'), 'utf8')).toBe(
      '{"row":4,"reason":"exact_duplicate","twin":2}\n{"row":7,"reason":"empty_target"}\n',
    );
  });

  it('Parquet: rewrites with the input schema (nested messages) without the dropped rows', async () => {
    const rows = cleanChatRows(30, 79).map((row) => row.messages);
    rows[20] = rows[4]!;
    const schemaElements = [
      { name: 'root', num_children: 2 },
      { name: 'messages', repetition_type: 'OPTIONAL', num_children: 1, converted_type: 'LIST' },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
      { name: 'role', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'content', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'id', type: 'INT32', repetition_type: 'OPTIONAL' },
    ] as never;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'messages', data: rows },
        { name: 'id', data: rows.map((_, index) => index + 1) },
      ],
      schema: schemaElements,
    });
    writeFileSync(path('chat.parquet'), new Uint8Array(buffer));
    const run = runCli(['clean', path('chat.parquet'), '--out', path('chat.clean.parquet'), '-q']);
    expect(run.code).toBe(0);
    const file = await asyncBufferFromFile(path('chat.clean.parquet'));
    const written = await parquetReadObjects({ file });
    expect(written).toHaveLength(29);
    expect(written.map((row) => row.id)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 1).filter((id) => id !== 21),
    );
    expect(written[0]!.messages).toEqual(rows[0]);
    const original = await parquetMetadataAsync(await asyncBufferFromFile(path('chat.parquet')));
    expect((await parquetMetadataAsync(file)).schema).toEqual(original.schema);
    expect(readFileSync(path('chat.clean.parquet.removed.jsonl'), 'utf8')).toBe(
      '{"row":21,"reason":"exact_duplicate","twin":5}\n',
    );
  });

  it('JSON array: writes the kept records as written', () => {
    writeFileSync(
      path('alpaca.json'),
      JSON.stringify([
        { instruction: 'A', output: 'one' },
        { instruction: 'B', output: 'N/A' },
        { instruction: 'C', output: 'three' },
      ]),
    );
    expect(runCli(['clean', path('alpaca.json'), '--out', path('alpaca.clean.json'), '-q']).code).toBe(0);
    expect(JSON.parse(readFileSync(path('alpaca.clean.json'), 'utf8'))).toEqual([
      { instruction: 'A', output: 'one' },
      { instruction: 'C', output: 'three' },
    ]);
  });
});

describe('fixfirst diagnose with train:', () => {
  it('fills Q2 from the audit (with the project contract and eval set) and feeds the verdict', () => {
    // A project folder: an eval set with recorded outputs, the planted train set, a JSON contract.
    const dir = path('project');
    mkdirSync(dir, { recursive: true });
    const outputs = evals.map((item, index) => ({
      ...item,
      output: index % 3 === 0 ? 'wrong' : item.output,
    }));
    writeFileSync(join(dir, 'eval.jsonl'), toJsonl(outputs));
    writeFileSync(join(dir, 'train.jsonl'), readFileSync(path('train.jsonl')));
    writeFileSync(join(dir, 'fixfirst.yaml'), readFileSync(path('fixfirst.yaml')));
    const run = runCli(['diagnose', dir, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      questions: { data: { status: string; findings: unknown[]; summary: Record<string, number> } };
      inputs: { files: { role: string }[] };
    };
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema('report.schema.json'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const data = report.questions.data;
    expect(data.status).toBe('not_ready');
    expect(data.summary.eval_leakage).toBe(1);
    expect(data.summary.contract_violation_in_target).toBeGreaterThanOrEqual(1);
    expect(data.findings.length).toBeLessThanOrEqual(50);
    expect(report.inputs.files.map((file) => file.role)).toContain('train');
  });
});
