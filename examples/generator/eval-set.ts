import type { Article } from './knowledge-base.js';
import { NearDuplicateGuard } from './near-duplicate-guard.js';
import { type OutputKind, renderOutput } from './outputs.js';
import type { SeededRandom } from './random.js';
import { type GoldPlacement, type Ranked, simulateRanking } from './retrieval.js';
import { type Channel, composeDistinctTicket, type Ticket } from './tickets.js';
import { type Category, categories, type Topic, topics } from './topics/index.js';

/** One line of an eval-set plan: `count` items with this output shape, correctness and retrieval. */
export interface PlanEntry {
  output: OutputKind;
  correct: boolean;
  gold: GoldPlacement;
  count: number;
}

/** The class fixfirst should give an item (DESIGN §2.1), from how it was planted. */
export type PlantedClass = 'pass' | 'surface' | 'behavioral' | 'mixed';

/** The class a planted item must get. */
export function plantedClass(entry: Pick<PlanEntry, 'output' | 'correct'>): PlantedClass {
  if (entry.output === 'clean') return entry.correct ? 'pass' : 'behavioral';
  return entry.correct ? 'surface' : 'mixed';
}

/** An eval row exactly as written to eval.jsonl (DESIGN §4). */
export interface EvalRow {
  id: string;
  input: string;
  reference: { category: Category; priority: string };
  output: string;
  contexts: { id: string; text: string }[];
  gold_ids: string[];
  tags: { channel: Channel; plan: string };
}

/** An eval item with what was planted in it. */
export interface EvalItem {
  row: EvalRow;
  ticket: Ticket;
  planted: Omit<PlanEntry, 'count'>;
  ranking: Ranked[];
}

/** How to draw an eval set. */
export interface EvalSetOptions {
  items: number;
  plan: readonly PlanEntry[];
  categoryWeights: Readonly<Record<Category, number>>;
  knowledgeBase: readonly Article[];
  /** `full`: title and body in each context passage; `title`: the title only (smaller files). */
  contextText: 'full' | 'title';
  /** Passages that reach the prompt. */
  k: number;
  /** Length of the simulated ranking (for the TREC run file). */
  depth: number;
}

/**
 * Splits `total` in proportion to `weights` by largest remainder: whole numbers that add up to
 * `total`, so a plan's own total gives its exact counts and any other size keeps the proportions.
 */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((accumulated, weight) => accumulated + weight, 0);
  const exact = weights.map((weight) => (weight * total) / sum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((accumulated, count) => accumulated + count, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((left, right) => right.remainder - left.remainder || left.index - right.index);
  for (const { index } of byRemainder) {
    if (missing === 0) break;
    counts[index]! += 1;
    missing -= 1;
  }
  return counts;
}

/** A plan scaled to `items` (see `largestRemainder`). */
export function scalePlan(plan: readonly PlanEntry[], items: number): PlanEntry[] {
  const counts = largestRemainder(
    plan.map((entry) => entry.count),
    items,
  );
  return plan.map((entry, index) => ({ ...entry, count: counts[index]! }));
}

/** Exact per-category counts for `total` rows (largest remainder), shuffled into a topic list. */
export function topicSequence(
  random: SeededRandom,
  total: number,
  weights: Readonly<Record<Category, number>>,
): Topic[] {
  const counts = largestRemainder(
    categories.map((category) => weights[category]),
    total,
  );
  const sequence: Topic[] = [];
  categories.forEach((category, categoryIndex) => {
    const inCategory = topics.filter((topic) => topic.category === category);
    for (let index = 0; index < counts[categoryIndex]!; index++) sequence.push(random.pick(inCategory));
  });
  return random.shuffle(sequence);
}

/** Draws a whole eval set: tickets from bank 0, recorded outputs and retrieval as planned. */
export function generateEvalSet(random: SeededRandom, options: EvalSetOptions): EvalItem[] {
  const plannedSlots = random.fork('plan').shuffle(
    scalePlan(options.plan, options.items).flatMap((entry) =>
      Array.from({ length: entry.count }, () => ({
        output: entry.output,
        correct: entry.correct,
        gold: entry.gold,
      })),
    ),
  );
  const topicList = topicSequence(random.fork('topics'), options.items, options.categoryWeights);
  const byId = new Map(options.knowledgeBase.map((article) => [article.id, article]));
  const width = Math.max(4, String(options.items).length);
  const ticketRandom = random.fork('tickets');
  const outputRandom = random.fork('outputs');
  const retrievalRandom = random.fork('retrieval');
  const guard = new NearDuplicateGuard();
  return plannedSlots.map((planted, index) => {
    const topic = topicList[index]!;
    const ticket = composeDistinctTicket(
      ticketRandom,
      topic,
      { bank: 0, serial: index, orderOffset: 11 },
      guard,
    );
    const ranking = simulateRanking(
      retrievalRandom,
      options.knowledgeBase,
      topic,
      planted.gold,
      options.k,
      options.depth,
    );
    const contexts = ranking.slice(0, options.k).map(({ id }) => {
      const article = byId.get(id)!;
      return { id, text: options.contextText === 'full' ? article.text : article.title };
    });
    const row: EvalRow = {
      id: `ticket-${String(index + 1).padStart(width, '0')}`,
      input: ticket.text,
      reference: { category: ticket.category, priority: ticket.priority },
      output: renderOutput(outputRandom, ticket, planted.output, planted.correct),
      contexts,
      gold_ids: [topic.id],
      tags: { channel: ticket.channel, plan: ticket.plan },
    };
    return { row, ticket, planted, ranking };
  });
}
