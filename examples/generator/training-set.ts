import { type EvalItem, topicSequence } from './eval-set.js';
import { jaccard5, NearDuplicateGuard } from './near-duplicate-guard.js';
import { targetFor } from './outputs.js';
import {
  addToBody,
  brokenTarget,
  nearDuplicateEdit,
  type PlantCounts,
  type PlantKind,
  piiSentence,
  plantKinds,
  type TrainRow,
} from './plants.js';
import type { SeededRandom } from './random.js';
import { draftReply } from './replies.js';
import { composeDistinctTicket, type Ticket } from './tickets.js';
import { type Category, priorities } from './topics/index.js';
import { wordCount } from './word-count.js';

/** A training row with what was planted in it (for the manifest). */
export interface TrainEntry {
  row: TrainRow;
  ticket: Ticket;
  plant?: PlantKind;
  /** The row an inserted plant was derived from. */
  source?: TrainEntry;
  /** The eval item a leaked row was copied from. */
  evalId?: string;
}

/** How to draw a training set. */
export interface TrainingSetOptions {
  /** Rows before planted insertions (duplicates, conflicts, leaks) are added. */
  rows: number;
  categoryWeights: Readonly<Record<Category, number>>;
  plants: PlantCounts;
  /** The system message of every row. */
  systemPrompt: string;
  /** The eval set, for planted leaks. */
  evalItems: readonly EvalItem[];
}

const inPlaceOrder: readonly PlantKind[] = [
  'pii_card',
  'secret',
  'pii_email',
  'pii_phone',
  'fenced_target',
  'long_target',
  'key_case_target',
  'empty_target',
  'placeholder_target',
  'refusal_target',
  'missing_assistant',
  'bad_role',
];

/**
 * Rows a planted kind prefers as its host: a card number belongs in a billing ticket; an edited
 * copy needs a ticket long enough that one edited word leaves it a clear near-duplicate.
 */
function prefers(kind: PlantKind, entry: TrainEntry): boolean {
  if (kind === 'pii_card') return entry.ticket.category === 'billing' || entry.ticket.category === 'returns';
  if (kind === 'secret') return entry.ticket.category === 'technical';
  if (kind === 'near_duplicate' || kind === 'conflicting_label') return wordCount(entry.ticket.text) >= 40;
  return true;
}

function chatRow(system: string, user: string, assistant: string): TrainRow {
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
  };
}

function plantInPlace(random: SeededRandom, kind: PlantKind, entry: TrainEntry): void {
  const [, user, assistant] = entry.row.messages as [
    TrainRow['messages'][0],
    TrainRow['messages'][0],
    TrainRow['messages'][0],
  ];
  entry.plant = kind;
  switch (kind) {
    case 'pii_email':
    case 'pii_card':
    case 'pii_phone':
    case 'secret':
      user.content = addToBody(entry.ticket, user.content, piiSentence(random, kind, entry.ticket));
      return;
    case 'missing_assistant':
      entry.row.messages.pop();
      return;
    case 'bad_role':
      if (random.chance(0.5)) assistant.role = 'bot';
      else user.role = 'customer';
      return;
    case 'fenced_target':
    case 'long_target':
    case 'key_case_target':
    case 'empty_target':
    case 'placeholder_target':
    case 'refusal_target':
      assistant.content = brokenTarget(random, kind, entry.ticket);
      return;
    default:
      throw new Error(`${kind} is not planted in place`);
  }
}

/** A different but plausible label for a conflicting copy. */
function conflictingTarget(random: SeededRandom, entry: TrainEntry): string {
  const target = JSON.parse(entry.row.messages[2]!.content) as {
    category: string;
    priority: string;
    reply: string;
  };
  if (random.chance(0.5)) {
    target.category = entry.ticket.topic.confusedWith;
  } else {
    const level = priorities.indexOf(entry.ticket.priority);
    target.priority = priorities[level === 0 ? 1 : level - 1]!;
  }
  return JSON.stringify(target);
}

/** A small edit that keeps the ticket a clear near-duplicate (word 5-gram Jaccard ≥ 0.8). */
function nearCopy(random: SeededRandom, text: string): string {
  let best = nearDuplicateEdit(random, text);
  let bestSimilarity = jaccard5(text, best);
  for (let attempt = 0; attempt < 50 && bestSimilarity < minimumPlantedJaccard; attempt++) {
    const edited = nearDuplicateEdit(random, text);
    const similarity = jaccard5(text, edited);
    if (similarity > bestSimilarity) [best, bestSimilarity] = [edited, similarity];
  }
  if (bestSimilarity < minimumPlantedJaccard)
    throw new Error(`no near-duplicate edit of "${text}" keeps J ≥ 0.8`);
  return best;
}

/** Planted near-duplicates are at least this similar to their source (the audit reports from 0.8). */
export const minimumPlantedJaccard = 0.8;

function insertedEntry(random: SeededRandom, kind: PlantKind, source: TrainEntry): TrainEntry {
  const row = JSON.parse(JSON.stringify(source.row)) as TrainRow;
  const user = row.messages[1]!;
  if (kind === 'near_duplicate') user.content = nearCopy(random, user.content);
  if (kind === 'conflicting_label') {
    if (random.chance(0.5)) user.content = nearCopy(random, user.content);
    row.messages[2]!.content = conflictingTarget(random, source);
  }
  return { row, ticket: source.ticket, plant: kind, source };
}

/**
 * Draws a training set in OpenAI chat format from phrase bank 1 (so it shares no long passage with
 * the eval set), then plants the requested problems at random rows. Counts are exact.
 */
export function generateTrainingSet(random: SeededRandom, options: TrainingSetOptions): TrainEntry[] {
  const topicList = topicSequence(random.fork('topics'), options.rows, options.categoryWeights);
  const ticketRandom = random.fork('tickets');
  const targetRandom = random.fork('targets');
  const guard = new NearDuplicateGuard();
  const targets = new Set<string>();
  const entries: TrainEntry[] = topicList.map((topic, index) => {
    const ticketOptions = { bank: 1, serial: index, orderOffset: 450011 } as const;
    const ticket = composeDistinctTicket(ticketRandom, topic, ticketOptions, guard);
    // Canned replies repeat in real data too, but a clean set should not carry identical targets.
    let target = targetFor(targetRandom, ticket);
    for (let attempt = 0; attempt < 20 && targets.has(target); attempt++)
      target = targetFor(targetRandom, ticket);
    targets.add(target);
    return { row: chatRow(options.systemPrompt, ticket.text, target), ticket };
  });

  const plantRandom = random.fork('plants');
  const pool = plantRandom.shuffle(entries);
  const take = (kind: PlantKind): TrainEntry => {
    const index = pool.findIndex((entry) => prefers(kind, entry));
    const [entry] = pool.splice(index === -1 ? 0 : index, 1);
    if (entry === undefined) throw new Error('training set too small for the planted problems');
    return entry;
  };
  for (const kind of inPlaceOrder) {
    for (let count = 0; count < (options.plants[kind] ?? 0); count++)
      plantInPlace(plantRandom, kind, take(kind));
  }

  const inserted: TrainEntry[] = [];
  for (const kind of ['exact_duplicate', 'near_duplicate', 'conflicting_label'] as const) {
    for (let count = 0; count < (options.plants[kind] ?? 0); count++) {
      inserted.push(insertedEntry(plantRandom, kind, take(kind)));
    }
  }
  const leaked = plantRandom.sample(options.evalItems, options.plants.eval_leak ?? 0);
  for (const item of leaked) {
    const target = JSON.stringify({ ...item.row.reference, reply: draftReply(plantRandom, item.ticket) });
    inserted.push({
      row: chatRow(options.systemPrompt, item.row.input, target),
      ticket: item.ticket,
      plant: 'eval_leak',
      evalId: item.row.id,
    });
  }
  for (const entry of inserted) {
    const after = entry.source === undefined ? 0 : entries.indexOf(entry.source) + 1;
    entries.splice(plantRandom.between(after, entries.length), 0, entry);
  }
  for (const kind of Object.keys(plantKinds) as PlantKind[]) {
    const planted = entries.filter((entry) => entry.plant === kind).length;
    if (planted !== (options.plants[kind] ?? 0))
      throw new Error(`planted ${planted} ${kind}, wanted ${options.plants[kind]}`);
  }
  return entries;
}
