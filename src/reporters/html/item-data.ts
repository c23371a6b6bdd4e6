import type { EvalCase } from '../../core/eval-case.js';
import { type ItemResult, itemClasses } from '../../core/report/item-result.js';

/** The texts the drill-down shows next to an item's results. Not part of report.json (see README "The report"). */
export interface ItemTexts {
  input: string;
  output: string;
  reference: string;
}

/** Texts keyed by item id, from the eval cases a report was made from. */
export function itemTextsFromCases(cases: readonly EvalCase[]): Map<string, ItemTexts> {
  const texts = new Map<string, ItemTexts>();
  for (const evalCase of cases) {
    const input =
      typeof evalCase.input === 'string'
        ? evalCase.input
        : evalCase.input.map((message) => `[${message.role}]\n${message.content}`).join('\n\n');
    const reference =
      evalCase.reference === undefined
        ? ''
        : typeof evalCase.reference === 'string'
          ? evalCase.reference
          : JSON.stringify(evalCase.reference, null, 2);
    texts.set(evalCase.id, { input, output: evalCase.output ?? '', reference });
  }
  return texts;
}

/** Limits that keep the embedded items small enough to load fast. */
export interface ItemDataLimits {
  /** Longest text (input, output or reference) embedded as is; longer ones are clipped and marked. */
  textLength: number;
  /** Total characters of text embedded for all items; when crossed, every text is clipped shorter (never below 200). */
  textBudget: number;
}

/** Defaults: 3,000 characters per text and 40 million in all (about 40 MB of HTML at most for the texts). */
export const defaultItemDataLimits: ItemDataLimits = { textLength: 3000, textBudget: 40_000_000 };

/**
 * One item in the page's JSON, as a tuple (a 100,000-item report is mostly this array, so no key
 * names are repeated). The browser script reads the same positions; keep the two in step.
 * [id, line, class index, flags, gold (1 in context, 0 missing, -1 unknown), score, score detail,
 *  failed checks [[check index, loose pass 0/1, detail]], passed check count, tags (or 0)]
 * flags: 1 foundation, 2 strictly correct, 4 leniently correct, 8 contract met, 16 contract met loosely.
 */
export type ItemRow = [
  string,
  number,
  number,
  number,
  number,
  number,
  string,
  [number, number, string][],
  number,
  ItemResult['tags'] | 0,
];

/**
 * The texts of one item, in a second JSON block that the page parses after the results (texts are
 * most of a large report, and filters by class, check and tag work without them):
 * [input, output, reference, clipped flags (1 input, 2 output, 4 reference)].
 */
export type TextRow = [string, string, string, number];

/** The JSON embedded in report.html for the drill-down. */
export interface ItemData {
  classes: readonly string[];
  checks: { id: string; category: string }[];
  /** Whether a text block follows (rows aligned with `items`; a row of empty strings when an item has none). */
  texts: boolean;
  /** Length texts were clipped to, when any was. */
  clippedAt: number | null;
  items: ItemRow[];
}

/** Both JSON blocks of the drill-down. */
export interface DrillDownData {
  items: ItemData;
  /** Null when no texts are known. */
  texts: TextRow[] | null;
}

/** The clip length that keeps all texts within the budget: the largest L with Σ min(length, L) ≤ budget. */
export function clipLength(lengths: readonly number[], limits: ItemDataLimits): number {
  const total = (limit: number) => lengths.reduce((sum, length) => sum + Math.min(length, limit), 0);
  if (total(limits.textLength) <= limits.textBudget) return limits.textLength;
  let low = 200;
  let high = limits.textLength;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= limits.textBudget) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Builds the drill-down's data: every item's results, and its texts when they are known. */
export function buildItemData(
  items: readonly ItemResult[],
  texts: ReadonlyMap<string, ItemTexts> | undefined,
  limits: ItemDataLimits = defaultItemDataLimits,
): DrillDownData {
  const checkIndex = new Map<string, number>();
  const checks: ItemData['checks'] = [];
  const classIndex = new Map<string, number>(itemClasses.map((name, index) => [name, index]));
  let limit = limits.textLength;
  if (texts !== undefined) {
    const lengths: number[] = [];
    for (const item of items) {
      const text = texts.get(item.id);
      if (text) lengths.push(text.input.length, text.output.length, text.reference.length);
    }
    limit = clipLength(lengths, limits);
  }
  let clipped = false;
  const textRows: TextRow[] = [];
  const rows = items.map((item): ItemRow => {
    const failed: [number, number, string][] = [];
    let passed = 0;
    for (const check of item.checks) {
      let index = checkIndex.get(check.check);
      if (index === undefined) {
        index = checks.length;
        checks.push({ id: check.check, category: check.category });
        checkIndex.set(check.check, index);
      }
      if (check.pass) passed++;
      else failed.push([index, check.passLoose ? 1 : 0, check.detail ?? '']);
    }
    const flags =
      (item.foundation ? 1 : 0) |
      (item.correctStrict ? 2 : 0) |
      (item.correctLenient ? 4 : 0) |
      (item.contractMet ? 8 : 0) |
      (item.contractMetLoose ? 16 : 0);
    const row: ItemRow = [
      item.id,
      item.line,
      classIndex.get(item.class) ?? 0,
      flags,
      item.goldInContext === null ? -1 : item.goldInContext ? 1 : 0,
      item.score,
      item.scoreDetail ?? '',
      failed,
      passed,
      Object.keys(item.tags).length > 0 ? item.tags : 0,
    ];
    if (texts !== undefined) {
      const text = texts.get(item.id) ?? { input: '', output: '', reference: '' };
      let clippedFlags = 0;
      const clip = (value: string, flag: number) => {
        if (value.length <= limit) return value;
        clippedFlags |= flag;
        clipped = true;
        return `${value.slice(0, limit)}…`;
      };
      textRows.push([clip(text.input, 1), clip(text.output, 2), clip(text.reference, 4), clippedFlags]);
    }
    return row;
  });
  return {
    items: {
      classes: itemClasses,
      checks,
      texts: texts !== undefined,
      clippedAt: clipped ? limit : null,
      items: rows,
    },
    texts: texts === undefined ? null : textRows,
  };
}
