import { comparableText } from '../../core/comparable-text.js';
import type { EvalCase } from '../../core/eval-case.js';
import type { Finding } from '../../core/finding.js';
import { memoByText } from '../../core/memo-by-text.js';

/** Duplicate and empty passages in the prompts. */
export interface ChunkHygiene {
  itemsWithContexts: number;
  duplicateChunks: number;
  itemsWithDuplicates: number;
  emptyChunks: number;
  itemsWithEmpty: number;
  findings: Finding[];
}

const shown = 20;

/**
 * Finds passages that repeat another passage of the same prompt (same id, or same non-empty text) —
 * they spend context on nothing — and passages with no text in prompts where others have text (a
 * chunking or loading bug). Prompts logged as ids only are not flagged as empty.
 */
export function chunkHygiene(cases: readonly EvalCase[]): ChunkHygiene {
  let itemsWithContexts = 0;
  let duplicateChunks = 0;
  let emptyChunks = 0;
  const duplicateItems: EvalCase[] = [];
  const emptyItems: EvalCase[] = [];
  const normalize = memoByText(comparableText);
  for (const evalCase of cases) {
    const contexts = evalCase.contexts;
    if (contexts === undefined || contexts.length === 0) continue;
    itemsWithContexts++;
    const ids = new Set<string>();
    const texts = new Set<string>();
    let duplicates = 0;
    for (const passage of contexts) {
      const text = normalize(passage.text);
      if (ids.has(passage.id) || (text !== '' && texts.has(text))) duplicates++;
      ids.add(passage.id);
      if (text !== '') texts.add(text);
    }
    const withText = contexts.filter((passage) => passage.text.trim() !== '').length;
    const empty = withText > 0 ? contexts.length - withText : 0;
    duplicateChunks += duplicates;
    emptyChunks += empty;
    if (duplicates > 0) duplicateItems.push(evalCase);
    if (empty > 0) emptyItems.push(evalCase);
  }
  const findings: Finding[] = [];
  const finding = (code: string, items: EvalCase[], chunks: number, what: string) => {
    if (items.length === 0) return;
    findings.push({
      code,
      severity: 'warning',
      message: `${chunks} ${what} in ${items.length} prompt(s) (line${items.length === 1 ? '' : 's'} ${items
        .slice(0, 5)
        .map((item) => item.line)
        .join(', ')}${items.length > 5 ? ', …' : ''})`,
      rows: items.slice(0, shown).map((item) => item.line),
      rowCount: items.length,
      evidence: { chunks, items: items.slice(0, shown).map((item) => item.id) },
    });
  };
  finding(
    'duplicate_chunk',
    duplicateItems,
    duplicateChunks,
    'passage(s) repeat another passage of the same prompt',
  );
  finding('empty_chunk', emptyItems, emptyChunks, 'passage(s) have no text while others in the prompt do');
  return {
    itemsWithContexts,
    duplicateChunks,
    itemsWithDuplicates: duplicateItems.length,
    emptyChunks,
    itemsWithEmpty: emptyItems.length,
    findings,
  };
}
