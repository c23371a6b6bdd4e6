import type { ImportSummary } from './import-promptfoo.js';
import type { AssertionRole, MappingRow } from './plan-import.js';
import { itemId } from './project-files.js';
import type { Agreement } from './verify-agreement.js';

/**
 * What an import did, in words: import-log.md in the project (sources, counts, the mapping table,
 * the check against promptfoo's own grades, what was not mapped) and the lines printed by the CLI
 * (a summary on stdout, everything not mapped and every disagreement on stderr). Pure.
 */

const roleWords: Record<AssertionRole, string> = {
  correctness: 'judges the answer (scorer)',
  contract: 'judges the shape (contract)',
  label: 'model-graded: kept as a recorded label',
  'not-mapped': 'not mapped',
};

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

/** Assertions left out of the scorer and the contract, by type: `levenshtein × 1 (no edit-distance scorer)`. */
export function notMappedLines(rows: readonly MappingRow[]): string[] {
  return rows
    .filter((row) => row.role === 'label' || row.role === 'not-mapped')
    .map((row) => {
      const kept =
        row.labelled === row.count
          ? 'kept as recorded pass/fail tags'
          : row.labelled > 0
            ? `${row.labelled} kept as recorded pass/fail tags`
            : 'dropped: no recorded result to keep';
      const why = row.role === 'label' ? 'model-graded' : row.target.replace(/^not mapped: /, '');
      return `${row.type} × ${row.count} (${why}; ${kept} promptfoo.${row.type})`;
    });
}

function sourceLines(summary: ImportSummary): string[] {
  const lines: string[] = [];
  if (summary.config !== undefined) lines.push(`- config: \`${summary.config}\``);
  if (summary.results !== undefined) {
    const about = [
      summary.promptfooVersion && `promptfoo ${summary.promptfooVersion}`,
      summary.evalId,
      summary.timestamp,
    ].filter(Boolean);
    lines.push(`- results: \`${summary.results}\`${about.length > 0 ? ` (${about.join(', ')})` : ''}`);
  }
  const { prompt, provider } = summary;
  lines.push(
    `- prompt ${prompt.number} of ${prompt.count}: \`${prompt.label.replace(/\s+/g, ' ').slice(0, 100)}\``,
  );
  const model =
    provider.modelFrom === 'flag'
      ? `\`${provider.model!.model}\` (set with --model)`
      : provider.model?.model !== undefined
        ? `\`${provider.model.model}\` (${provider.model.note})`
        : provider.model !== undefined
          ? `none (${provider.model.note})`
          : 'none';
  lines.push(
    `- provider ${provider.id === undefined ? '(none)' : `\`${provider.id}\``}${provider.count > 1 ? ` (1 of ${provider.count})` : ''} → model ${model}`,
  );
  const outputs = {
    results: 'the outputs promptfoo recorded in the results file',
    providerOutput: 'the recorded outputs of the config (`providerOutput`)',
    none: 'none yet: the tests have no `providerOutput` and no results file was given',
  }[summary.outputs];
  lines.push(`- tests: ${summary.testCount} imported, ${summary.withOutput} with an output (${outputs})`);
  if (summary.skipped.length > 0)
    lines.push(`- left out: ${summary.skipped.length} test(s) with no output (see below)`);
  return lines;
}

function agreementLines(agreement: Agreement | undefined, summary: ImportSummary): string[] {
  if (agreement === undefined) {
    return [
      summary.results === undefined
        ? 'No results file was given, so nothing was compared. Run `promptfoo eval -o results.json` and import that file to check the mapping against promptfoo’s own grades.'
        : 'Nothing to compare.',
    ];
  }
  const lines = [
    `For every imported test and every assertion mapped to a scorer or a check, promptfoo's recorded pass was compared with fixfirst's strict result: **${agreement.agreed} of ${agreement.checked} agree** (${percent(agreement.agreed, agreement.checked)}).`,
    '',
    '| promptfoo assertion | compared | agree |',
    '|---|---:|---:|',
    ...Object.entries(agreement.byType).map(
      ([type, tally]) => `| \`${type}\` | ${tally.checked} | ${tally.agreed} |`,
    ),
  ];
  if (agreement.unrecorded > 0)
    lines.push(
      '',
      `${agreement.unrecorded} mapped assertion(s) had no recorded pass (errors) and were not compared.`,
    );
  if (agreement.disagreements.length > 0) {
    lines.push('', 'Disagreements (promptfoo → fixfirst):', '');
    for (const item of agreement.disagreements.slice(0, 50)) {
      lines.push(
        `- ${item.item}: \`${item.type}\` → ${item.target}: promptfoo ${item.promptfoo ? 'pass' : 'fail'}, fixfirst ${item.fixfirst ? 'pass' : 'fail'}${item.blank ? ' (a blank output: fixfirst fails every contract check on it, as IFEval does)' : item.note ? ` (${item.note})` : ''}`,
      );
    }
    if (agreement.disagreements.length > 50)
      lines.push(`- … and ${agreement.disagreements.length - 50} more`);
  }
  return lines;
}

/** import-log.md. */
export function renderImportLog(summary: ImportSummary, agreement: Agreement | undefined): string {
  const { plan } = summary;
  const lines = [
    '# Imported from promptfoo',
    '',
    'Written by `fixfirst import promptfoo`. Next: `fixfirst diagnose` on this folder.',
    '',
    '## Sources',
    '',
    ...sourceLines(summary),
    '',
    '## What each assertion became',
    '',
    `Scorer: \`${JSON.stringify(plan.score)}\`. Contract: ${plan.contract.length} check(s) on every item, ${plan.itemContracts.reduce((total, list) => total + list.length, 0)} per-item check(s). Labels are tags in eval.jsonl (\`promptfoo.<type>: pass|fail\`; \`promptfoo.success\` is promptfoo's verdict for the whole test).`,
    '',
    '| promptfoo assertion | count | role | fixfirst |',
    '|---|---:|---|---|',
    ...plan.rows.map(
      (row) =>
        `| \`${row.type}\` | ${row.count} | ${roleWords[row.role]} | ${row.target.replace(/\|/g, '\\|')} |`,
    ),
    '',
    "## Checked against promptfoo's results",
    '',
    ...agreementLines(agreement, summary),
  ];
  const notMapped = notMappedLines(plan.rows);
  if (notMapped.length > 0)
    lines.push('', '## Not mapped, or kept as labels only', '', ...notMapped.map((line) => `- ${line}`));
  if (summary.skipped.length > 0) {
    lines.push('', '## Tests left out', '');
    for (const skipped of summary.skipped) lines.push(`- ${itemId(skipped.index)}: ${skipped.reason}`);
  }
  if (summary.notes.length > 0) lines.push('', '## Notes', '', ...summary.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

/** The summary printed on stdout. */
export function renderConsoleSummary(
  summary: ImportSummary,
  agreement: Agreement | undefined,
  out: string,
): string {
  const { plan } = summary;
  const mapped = plan.rows.filter((row) => row.role === 'correctness' || row.role === 'contract');
  const lines = [
    `imported ${summary.testCount} promptfoo tests (${summary.withOutput} with outputs) into ${out}`,
    `  scorer: ${plan.score.type}; contract: ${plan.contract.length} check(s) on every item, ${plan.itemContracts.filter((list) => list.length > 0).length} item(s) with their own`,
    ...mapped.map((row) => `  ${row.type} × ${row.count} → ${row.target}`),
  ];
  if (agreement !== undefined) {
    lines.push(
      `  agrees with promptfoo's recorded results on ${agreement.agreed} of ${agreement.checked} mapped assertions`,
    );
  }
  lines.push(
    summary.outputs === 'none'
      ? `next: the project has no outputs yet; record them with \`fixfirst run ${out}\`, then \`fixfirst diagnose ${out}\``
      : `next: fixfirst diagnose ${out}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The warnings printed on stderr: what was not mapped, tests left out, disagreements, notes. */
export function renderConsoleWarnings(summary: ImportSummary, agreement: Agreement | undefined): string {
  const lines: string[] = [];
  for (const row of summary.plan.rows.filter(
    (entry) => entry.role === 'label' || entry.role === 'not-mapped',
  )) {
    const [line] = notMappedLines([row]);
    lines.push(`fixfirst: ${row.role === 'label' ? 'kept as labels' : 'not mapped'}: ${line}`);
  }
  if (summary.skipped.length > 0) {
    lines.push(
      `fixfirst: left out ${summary.skipped.length} test(s) without an output (first: ${itemId(summary.skipped[0]!.index)}, ${summary.skipped[0]!.reason})`,
    );
  }
  if (summary.outputs !== 'none' && summary.withOutput < summary.testCount) {
    lines.push(
      `fixfirst: ${summary.testCount - summary.withOutput} of ${summary.testCount} tests have no recorded output`,
    );
  }
  if (agreement !== undefined && agreement.disagreements.length > 0) {
    const first = agreement.disagreements[0]!;
    const blank = agreement.disagreements.filter((item) => item.blank).length;
    const known = agreement.disagreements.filter((item) => item.note !== undefined).length;
    lines.push(
      `fixfirst: ${agreement.disagreements.length} mapped assertion result(s) disagree with promptfoo's (first: ${first.item} ${first.type}${blank > 0 ? `; ${blank} on blank outputs, which fail every fixfirst contract check` : ''}${known > 0 ? `; ${known} with a known difference between the two tools` : ''}); see import-log.md`,
    );
  }
  for (const note of summary.notes) lines.push(`fixfirst: note: ${note}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
