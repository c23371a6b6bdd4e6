import type { SeededRandom } from './random.js';
import { draftDisclaimerReply, draftLongReply, draftReply } from './replies.js';
import type { Ticket } from './tickets.js';
import { type Category, categories, type Priority, priorities } from './topics/index.js';

/**
 * How a recorded output is shaped. `clean` is what the contract asks for; every other kind is a
 * surface failure that normalisation (or a better prompt) removes.
 */
export const outputKinds = [
  'clean',
  'fenced',
  'prose',
  'key_case',
  'value_case',
  'long_reply',
  'disclaimer',
] as const;
/** One output shape. */
export type OutputKind = (typeof outputKinds)[number];

/** The fields a triage output carries (strings: a drifting model may write `Billing`). */
export interface Triage {
  category: string;
  priority: string;
  reply: string;
}

/** A wrong but plausible labelling: the topic's usual confusion, or a neighbouring priority. */
export function wrongLabels(
  random: SeededRandom,
  ticket: Ticket,
): { category: Category; priority: Priority } {
  const roll = random.next();
  if (roll < 0.6) {
    const category = random.chance(0.75)
      ? ticket.topic.confusedWith
      : random.pick(categories.filter((entry) => entry !== ticket.category));
    return { category, priority: ticket.priority };
  }
  const level = priorities.indexOf(ticket.priority);
  const shifted =
    level === 0 ? 1 : level === priorities.length - 1 ? level - 1 : level + random.pick([-1, 1]);
  const priority = priorities[shifted]!;
  if (roll < 0.9) return { category: ticket.category, priority };
  return { category: ticket.topic.confusedWith, priority };
}

function renderJson(triage: Triage, keys: readonly [string, string, string], pretty: boolean): string {
  const entries: [string, string][] = [
    [keys[0], triage.category],
    [keys[1], triage.priority],
    [keys[2], triage.reply],
  ];
  const parts = entries.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return pretty ? `{\n  ${parts.join(',\n  ')}\n}` : `{${parts.join(', ')}}`;
}

const lowerKeys = ['category', 'priority', 'reply'] as const;
const proseOpenings = [
  "Sure! Here's the ticket classification:\n\n",
  'Here is the JSON for this ticket:\n',
  'Based on the ticket, here is my analysis:\n\n',
  "Here's my response:\n\n",
];
const proseEndings = [
  '\n\nLet me know if you need anything else!',
  '',
  '\n\nI hope this helps.',
  '\n\nFeel free to adjust the reply before sending.',
];

/**
 * The recorded output of a model for one ticket. `correct` decides whether the labels are the
 * reference ones; `kind` decides the surface shape.
 */
export function renderOutput(
  random: SeededRandom,
  ticket: Ticket,
  kind: OutputKind,
  correct: boolean,
): string {
  const labels = correct
    ? { category: ticket.category, priority: ticket.priority }
    : wrongLabels(random, ticket);
  const reply =
    kind === 'long_reply'
      ? draftLongReply(random, ticket)
      : kind === 'disclaimer'
        ? draftDisclaimerReply(random, ticket)
        : draftReply(random, ticket);
  const triage: Triage = { ...labels, reply };
  const pretty = random.chance(0.5);
  switch (kind) {
    case 'clean':
    case 'long_reply':
    case 'disclaimer':
      return renderJson(triage, lowerKeys, pretty);
    case 'fenced':
      return `\`\`\`${random.chance(0.8) ? 'json' : ''}\n${renderJson(triage, lowerKeys, true)}\n\`\`\``;
    case 'prose':
      return `${random.pick(proseOpenings)}${renderJson(triage, lowerKeys, random.chance(0.7))}${random.pick(proseEndings)}`;
    case 'key_case':
      return renderJson(
        triage,
        random.chance(0.7) ? ['Category', 'Priority', 'Reply'] : ['CATEGORY', 'PRIORITY', 'REPLY'],
        pretty,
      );
    case 'value_case':
      return renderJson(
        {
          ...triage,
          category: capitalize(triage.category),
          priority: capitalize(triage.priority),
        },
        lowerKeys,
        pretty,
      );
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The training target for a ticket: compact JSON (as `JSON.stringify` writes it) with the reference labels. */
export function targetFor(random: SeededRandom, ticket: Ticket): string {
  return JSON.stringify({
    category: ticket.category,
    priority: ticket.priority,
    reply: draftReply(random, ticket),
  });
}
