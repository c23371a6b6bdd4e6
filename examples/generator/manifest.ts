import type { EvalItem, PlantedClass } from './eval-set.js';
import { plantedClass } from './eval-set.js';
import { normalisedWords, wordGrams } from './near-duplicate-guard.js';
import { type OutputKind, outputKinds } from './outputs.js';
import { type PlantKind, plantKinds } from './plants.js';
import type { GoldPlacement } from './retrieval.js';
import type { TrainEntry } from './training-set.js';

/** One planted group of eval items. */
export interface EvalPlantRecord {
  output: OutputKind;
  correct: boolean;
  gold: GoldPlacement;
  class: PlantedClass;
  count: number;
  ids: string[];
}

/** One planted kind of training-set problem, with the 1-based line numbers it sits on. */
export interface TrainPlantRecord {
  summary: string;
  count: number;
  lines: number[];
  /** For derived rows: the line each one was derived from (same order as `lines`). */
  sourceLines?: number[];
  /** For leaked rows: the eval item each one copies (same order as `lines`). */
  evalIds?: string[];
}

/** What was planted in an example, written next to its data as manifest.json. */
export interface Manifest {
  example: string;
  seed: number;
  generator: string;
  expectedVerdict: string;
  eval: {
    file: string;
    items: number;
    classes: Record<PlantedClass, number>;
    strictAccuracy: number;
    lenientAccuracy: number;
    surfaceShareOfFailures: number;
    retrieval: {
      k: number;
      goldInPrompt: number;
      goldRankedBelowK: number;
      goldNotRetrieved: number;
      accuracyWithGold: number;
      accuracyWithoutGold: number;
      failuresWithoutGold: number;
      shareOfFailuresWithoutGold: number;
    };
    planted: EvalPlantRecord[];
  };
  train?: {
    file: string;
    rows: number;
    planted: Partial<Record<PlantKind, TrainPlantRecord>>;
    /** Categories of the targets that parse as JSON with a `category` key. */
    categories: Record<string, number>;
    /** Targets that are missing or do not parse that way. */
    unlabelledTargets: number;
    /**
     * Figures that follow from the plants, measured with lower-case alphanumeric words: rows whose
     * user message repeats an earlier row's, and eval items that share a word 13-gram with a training
     * user message (the leaked tickets, plus eval tickets that share a long passage with a leaked one).
     */
    derived: { repeatedPrompts: number; evalItemsSharing13Gram: number };
  };
}

const classOrder: readonly PlantedClass[] = ['pass', 'surface', 'behavioral', 'mixed'];
const goldOrder: readonly GoldPlacement[] = ['hit', 'deeper', 'nowhere'];
const round = (value: number) => Math.round(value * 10000) / 10000;
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole));

/** The eval half of the manifest, counted from the generated items. */
export function evalManifest(items: readonly EvalItem[], k: number): Manifest['eval'] {
  const classes: Record<PlantedClass, number> = { pass: 0, surface: 0, behavioral: 0, mixed: 0 };
  const groups = new Map<string, EvalPlantRecord>();
  for (const item of items) {
    const { output, correct, gold } = item.planted;
    const itemClass = plantedClass(item.planted);
    classes[itemClass] += 1;
    const key = `${output}/${correct}/${gold}`;
    const group = groups.get(key) ?? { output, correct, gold, class: itemClass, count: 0, ids: [] };
    group.count += 1;
    group.ids.push(item.row.id);
    groups.set(key, group);
  }
  const withGold = items.filter((item) => item.planted.gold === 'hit');
  const withoutGold = items.filter((item) => item.planted.gold !== 'hit');
  const failures = items.length - classes.pass;
  const failuresWithoutGold = withoutGold.filter((item) => plantedClass(item.planted) !== 'pass').length;
  return {
    file: 'data/eval.jsonl',
    items: items.length,
    classes,
    strictAccuracy: ratio(classes.pass, items.length),
    lenientAccuracy: ratio(classes.pass + classes.surface, items.length),
    surfaceShareOfFailures: ratio(classes.surface, failures),
    retrieval: {
      k,
      goldInPrompt: withGold.length,
      goldRankedBelowK: items.filter((item) => item.planted.gold === 'deeper').length,
      goldNotRetrieved: items.filter((item) => item.planted.gold === 'nowhere').length,
      accuracyWithGold: ratio(withGold.filter((item) => item.planted.correct).length, withGold.length),
      accuracyWithoutGold: ratio(
        withoutGold.filter((item) => item.planted.correct).length,
        withoutGold.length,
      ),
      failuresWithoutGold,
      shareOfFailuresWithoutGold: ratio(failuresWithoutGold, failures),
    },
    planted: [...groups.values()].sort(
      (left, right) =>
        classOrder.indexOf(left.class) - classOrder.indexOf(right.class) ||
        outputKinds.indexOf(left.output) - outputKinds.indexOf(right.output) ||
        goldOrder.indexOf(left.gold) - goldOrder.indexOf(right.gold),
    ),
  };
}

/** The category a training target declares, if it parses as JSON with a lower-case `category` key. */
export function targetCategory(entry: Pick<TrainEntry, 'row'>): string | undefined {
  const assistant = entry.row.messages.find((message) => message.role === 'assistant');
  if (assistant === undefined) return undefined;
  try {
    const value = JSON.parse(assistant.content) as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { category?: unknown }).category === 'string'
    ) {
      return (value as { category: string }).category;
    }
  } catch {
    // Not JSON: a planted broken target.
  }
  return undefined;
}

function derivedFigures(entries: readonly TrainEntry[], evalItems: readonly EvalItem[]) {
  const userText = (entry: TrainEntry) =>
    entry.row.messages.find((message) => message.role === 'user')?.content ?? '';
  const prompts = new Set<string>();
  let repeatedPrompts = 0;
  const trainGrams = new Set<string>();
  for (const entry of entries) {
    const words = normalisedWords(userText(entry));
    const key = words.join(' ');
    if (prompts.has(key)) repeatedPrompts += 1;
    prompts.add(key);
    for (const gram of wordGrams(words, 13)) trainGrams.add(gram);
  }
  const evalItemsSharing13Gram = evalItems.filter((item) =>
    [...wordGrams(normalisedWords(item.row.input), 13)].some((gram) => trainGrams.has(gram)),
  ).length;
  return { repeatedPrompts, evalItemsSharing13Gram };
}

/** The training half of the manifest: every planted row by line number. */
export function trainManifest(
  entries: readonly TrainEntry[],
  evalItems: readonly EvalItem[],
): NonNullable<Manifest['train']> {
  const lineOf = new Map(entries.map((entry, index) => [entry, index + 1]));
  const planted: Partial<Record<PlantKind, TrainPlantRecord>> = {};
  for (const kind of Object.keys(plantKinds) as PlantKind[]) {
    const rows = entries.filter((entry) => entry.plant === kind);
    if (rows.length === 0) continue;
    const record: TrainPlantRecord = {
      summary: plantKinds[kind].summary,
      count: rows.length,
      lines: rows.map((entry) => lineOf.get(entry)!),
    };
    if (rows.some((entry) => entry.source !== undefined)) {
      record.sourceLines = rows.map((entry) => lineOf.get(entry.source!)!);
    }
    if (rows.some((entry) => entry.evalId !== undefined)) record.evalIds = rows.map((entry) => entry.evalId!);
    planted[kind] = record;
  }
  const categories: Record<string, number> = {};
  let unlabelledTargets = 0;
  for (const entry of entries) {
    const category = targetCategory(entry);
    if (category === undefined) unlabelledTargets += 1;
    else categories[category] = (categories[category] ?? 0) + 1;
  }
  return {
    file: 'data/train.jsonl',
    rows: entries.length,
    planted,
    categories: Object.fromEntries(
      Object.entries(categories).sort(([left], [right]) => left.localeCompare(right)),
    ),
    unlabelledTargets,
    derived: derivedFigures(entries, evalItems),
  };
}
