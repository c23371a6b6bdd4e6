import type { Article } from './knowledge-base.js';
import type { SeededRandom } from './random.js';
import type { Topic } from './topics/index.js';

/** Where the gold article ended up in the ranking. */
export type GoldPlacement = 'hit' | 'deeper' | 'nowhere';

/** One ranked result, as in a TREC run file. */
export interface Ranked {
  id: string;
  score: number;
}

/** Ranks the gold article at 1–k (weighted towards the top). */
const hitRankWeights = { '1': 55, '2': 20, '3': 12, '4': 8, '5': 5 } as const;

interface DistractorGroups {
  same: readonly Article[];
  general: readonly Article[];
  rest: readonly Article[];
}

const groupCache = new WeakMap<readonly Article[], Map<string, DistractorGroups>>();

/** The articles other than the topic's own, grouped by how close they are (cached per knowledge base). */
function distractorGroups(knowledgeBase: readonly Article[], topic: Topic): DistractorGroups {
  let byTopic = groupCache.get(knowledgeBase);
  if (byTopic === undefined) {
    byTopic = new Map();
    groupCache.set(knowledgeBase, byTopic);
  }
  let groups = byTopic.get(topic.id);
  if (groups === undefined) {
    const others = knowledgeBase.filter((article) => article.id !== topic.id);
    groups = {
      same: others.filter((article) => article.category === topic.category),
      general: others.filter((article) => article.category === 'general'),
      rest: others.filter((article) => article.category !== topic.category && article.category !== 'general'),
    };
    byTopic.set(topic.id, groups);
  }
  return groups;
}

/**
 * A simulated retriever: a ranking of `depth` articles for a ticket. Distractors come mostly from
 * the same category (they share words with the ticket), then policy pages, then anything else.
 * The gold article is placed in the top `k` (hit), below it (deeper), or left out (nowhere).
 */
export function simulateRanking(
  random: SeededRandom,
  knowledgeBase: readonly Article[],
  topic: Topic,
  placement: GoldPlacement,
  k: number,
  depth: number,
): Ranked[] {
  const groups = distractorGroups(knowledgeBase, topic);
  const pools = {
    same: random.shuffle(groups.same),
    general: random.shuffle(groups.general),
    rest: random.shuffle(groups.rest),
  };
  const order: string[] = [];
  while (order.length < depth) {
    const pool = random.weighted({ same: 60, general: 25, rest: 15 });
    const next = pools[pool].shift() ?? pools.rest.shift() ?? pools.general.shift() ?? pools.same.shift();
    if (next === undefined) break;
    order.push(next.id);
  }
  if (placement !== 'nowhere') {
    const rank =
      placement === 'hit'
        ? Math.min(k, Number(random.weighted(hitRankWeights)))
        : random.between(k + 1, depth);
    order.splice(rank - 1, 0, topic.id);
    order.length = Math.min(order.length, depth);
  }
  let score = 0.92 - random.next() * 0.05;
  return order.map((id) => {
    const entry = { id, score: Math.round(score * 10000) / 10000 };
    score -= 0.005 + random.next() * 0.03;
    return entry;
  });
}
