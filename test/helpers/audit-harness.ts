import { type DataAuditResult, runDataAudit } from '../../src/audits/data/run-data-audit.js';
import { type AuditSettings, auditSettingsSchema } from '../../src/core/config-audit.js';
import type {
  DataAudit,
  EvalText,
  RowSource,
  SourceRow,
  TargetCheck,
  TokenCounter,
} from '../../src/core/data-audit.js';
import { silentProgress } from '../../src/diagnosis/assess-context.js';
import { chatFormat } from '../../src/loaders/training/chat-format.js';
import type { ChatRow } from './training-data.js';

/** A tokenizer stand-in (4 characters a token) so unit tests do not load a 2 MB table. */
export const fakeTokenizer: TokenCounter = { encoding: 'fake', count: (text) => Math.ceil(text.length / 4) };

/** Chat rows as the loader would yield them (row numbers 1..n). */
export function chatSourceRows(rows: readonly ChatRow[]): SourceRow[] {
  return rows.map((row, index) => {
    const result = chatFormat.normalise(row as never, index + 1);
    return Array.isArray(result)
      ? { row: index + 1, example: undefined, problems: result }
      : { row: index + 1, example: result, problems: [] };
  });
}

/** An in-memory source that supports rereads of some rows. */
export function memorySource(rows: readonly SourceRow[]): RowSource {
  return {
    async scan(visit, options = {}) {
      for (const [index, row] of rows.entries()) {
        if (options.only === undefined || options.only.has(row.row)) visit(row);
        options.onProgress?.((index + 1) / rows.length);
      }
    },
  };
}

/** Audit settings with some knobs changed (everything else default). */
export function settingsWith(overrides: Record<string, unknown> = {}): AuditSettings {
  return auditSettingsSchema.parse(overrides);
}

/** Runs the engine over rows with some audits (default: all) and returns the result. */
export async function auditRows(
  rows: readonly ChatRow[] | readonly SourceRow[],
  options: {
    audits?: readonly DataAudit[];
    settings?: AuditSettings;
    contract?: readonly TargetCheck[];
    evalItems?: readonly EvalText[];
    tokenizer?: TokenCounter;
    exactTokens?: boolean;
  } = {},
): Promise<DataAuditResult> {
  const sourceRows =
    rows.length > 0 && 'messages' in (rows[0] as object)
      ? chatSourceRows(rows as ChatRow[])
      : (rows as SourceRow[]);
  return runDataAudit({
    source: memorySource(sourceRows),
    settings: options.settings ?? settingsWith(),
    tokenizer: options.tokenizer ?? fakeTokenizer,
    contract: options.contract ?? [],
    evalItems: options.evalItems ?? [],
    progress: silentProgress,
    audits: options.audits,
    exactTokens: options.exactTokens,
  });
}

/** The rows of every finding with `code` (and severity other than info), sorted and unique. */
export function rowsOf(result: DataAuditResult, code: string): number[] {
  const rows = new Set<number>();
  for (const finding of result.findings) {
    if (finding.code === code && finding.severity !== 'info') for (const row of finding.rows) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/** A one-turn chat row. */
export function chat(user: string, assistant: string, system?: string): ChatRow {
  const messages = [
    ...(system === undefined ? [] : [{ role: 'system', content: system }]),
    { role: 'user', content: user },
    { role: 'assistant', content: assistant },
  ];
  return { messages };
}
