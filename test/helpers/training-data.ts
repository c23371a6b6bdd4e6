/**
 * Seeded generators of realistic training sets for tests and benchmarks: support-ticket chats with
 * a shared system prompt, JSON targets with balanced labels, and varied English prose, so a clean
 * set raises no finding. `plantProblems` then puts one known problem of each kind at known rows.
 */

import { mulberry32 } from '../../src/stats/random.js';

/** A chat training row as written to JSONL. */
export interface ChatRow {
  messages: { role: string; content: string }[];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const products = [
  'wireless headphones',
  'standing desk',
  'coffee grinder',
  'hiking backpack',
  'smart thermostat',
  'electric kettle',
  'gaming mouse',
  'yoga mat',
  'desk lamp',
  'water filter',
  'phone case',
  'laptop stand',
  'air purifier',
  'rice cooker',
  'bike helmet',
  'travel mug',
  'bluetooth speaker',
  'office chair',
  'sleeping bag',
  'blender',
  'webcam',
  'monitor arm',
  'running shoes',
  'winter jacket',
  'garden hose',
  'tool kit',
  'baby monitor',
  'printer',
  'router',
  'keyboard',
];
const adjectives = [
  'new',
  'blue',
  'large',
  'compact',
  'refurbished',
  'premium',
  'basic',
  'black',
  'white',
  'folding',
  'silver',
  'cordless',
  'portable',
  'red',
  'green',
  'heavy',
  'light',
  'quiet',
  'cheap',
  'expensive',
  'small',
  'tall',
  'round',
  'square',
  'digital',
  'manual',
  'vintage',
  'modern',
  'steel',
  'wooden',
];
const places = [
  'online',
  'Berlin',
  'Leeds',
  'Lyon',
  'Austin',
  'Denver',
  'Oslo',
  'Porto',
  'Dublin',
  'Boston',
  'Seattle',
  'Madrid',
  'Vienna',
  'Prague',
  'Toronto',
  'Sydney',
  'Geneva',
  'Bristol',
  'Glasgow',
  'Chicago',
  'Phoenix',
  'Turin',
  'Krakow',
];
const failures = [
  'stopped working',
  'started leaking',
  'fell apart',
  'overheated',
  'cracked',
  'broke',
  'froze',
  'went dead',
  'began buzzing',
  'lost power',
  'bent',
  'jammed',
  'tore',
  'faded',
  'rusted',
  'melted',
  'short circuited',
  'wobbled',
];
const moments = [
  'the first wash',
  'a short walk',
  'one charge',
  'the second use',
  'a long weekend',
  'one night',
  'my first trip',
  'a quick test',
  'the unboxing',
  'a light rain',
  'one cup',
  'a normal day',
  'the update',
  'a small drop',
];
const parts = [
  'handle',
  'lid',
  'cable',
  'battery',
  'screen',
  'strap',
  'button',
  'hinge',
  'filter',
  'motor',
  'plug',
  'wheel',
  'seal',
  'fan',
  'zip',
  'display',
  'charger',
  'base',
  'switch',
  'clip',
];
const states = [
  'loose',
  'bent',
  'scratched',
  'missing',
  'stuck',
  'cracked',
  'warm',
  'noisy',
  'dented',
  'crooked',
  'sticky',
  'dead',
  'flickering',
  'split',
  'wet',
  'burnt',
];
const events = [
  'holiday',
  'exam',
  'wedding',
  'move',
  'camping trip',
  'birthday',
  'conference',
  'marathon',
  'party',
  'flight',
  'interview',
  'visit',
  'reunion',
  'festival',
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
];
const asks = [
  'Can you replace it before my {event} on {weekday}?',
  'Could you refund it before my {event} on {weekday}?',
  'Can you repair it before my {event} next {weekday}?',
  'Should I return it before my {event} this {weekday}?',
  'Will a new one arrive before my {event} on {weekday}?',
];
const categories = ['damaged', 'defective', 'delivery', 'billing', 'missing_parts'] as const;
const priorities = ['low', 'medium', 'high'] as const;
const openings = [
  'Thanks for letting us know about the',
  'Sorry to hear about the trouble with your',
  'We appreciate you reporting the issue with the',
  'Thank you for the details about your',
];
const steps = [
  'We have opened a return for order #{id} and emailed you a prepaid label.',
  'A replacement for order #{id} will ship within two business days.',
  'We issued a refund for order #{id}; it appears on your statement in three to five days.',
  'Please send us a photo of the problem so we can approve a repair under warranty.',
  'Our courier team is tracing order #{id} and will update you by tomorrow evening.',
  'We sent the missing parts for order #{id} by express post today.',
];
const closings = [
  'Let us know if there is anything else we can do.',
  'We hope the rest of your week goes smoothly.',
  'Reply to this message if the label does not arrive.',
  'Thanks for your patience while we sort this out.',
];

/** The system prompt every generated row shares (a template line the audit must ignore). */
export const systemPrompt =
  'You are the support assistant of an online shop. Classify the ticket and draft a short, friendly reply as JSON with category, priority and reply.';

function orderId(random: () => number): string {
  return number(random, 6);
}

const number = (random: () => number, digits: number) =>
  String(10 ** (digits - 1) + Math.floor(random() * 9 * 10 ** (digits - 1)));

/**
 * One user ticket. Every short sentence has several slots drawn from lists of 15-40 words plus a
 * number, about 40 bits per 13 words: two tickets share no 13-word or 50-letter run by chance, so
 * the leakage and near-duplicate checks must stay quiet on clean data.
 */
export function ticket(random: () => number): string {
  const sentences = [
    `Order ${number(random, 6)} was a ${pick(random, adjectives)} ${pick(random, products)} from ${pick(random, places)}, bought ${pick(random, months)} ${1 + Math.floor(random() * 28)}.`,
    `It ${pick(random, failures)} after ${pick(random, moments)}, serial ${number(random, 6)}.`,
    `The ${pick(random, parts)} is ${pick(random, states)} and the ${pick(random, parts)} looks ${pick(random, states)}, photo ${number(random, 5)}.`,
    `Reference ${number(random, 5)}: ${pick(random, asks).replace('{event}', pick(random, events)).replace('{weekday}', pick(random, weekdays))}`,
  ];
  if (random() < 0.5) sentences.splice(2, 1);
  return sentences.join(' ');
}

/** One JSON target with balanced labels and a varied reply. */
export function reply(random: () => number, category = pick(random, categories)): string {
  const reply = [
    `${pick(random, openings)} ${pick(random, products)} (case ${number(random, 5)}).`,
    pick(random, steps).replace('{id}', orderId(random)),
    pick(random, closings),
  ].join(' ');
  return JSON.stringify({ category, priority: pick(random, priorities), reply });
}

/** A clean chat set: `count` rows, none of them problematic. */
export function cleanChatRows(count: number, seed = 1): ChatRow[] {
  const random = mulberry32(seed);
  const rows: ChatRow[] = [];
  for (let index = 0; index < count; index++) {
    rows.push({
      messages: [
        { role: 'system', content: systemPrompt },
        { role: 'user', content: ticket(random) },
        { role: 'assistant', content: reply(random, categories[index % categories.length]) },
      ],
    });
  }
  return rows;
}

/** Eval items (inputs only) drawn from the same distribution, none in the training set. */
export function evalItems(
  count: number,
  seed = 99,
): { id: string; input: string; reference: string; output: string }[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => {
    const input = ticket(random);
    const output = reply(random);
    return { id: `e${index + 1}`, input, reference: output, output };
  });
}

/** The rows (1-based) of each planted problem. */
export type Planted = Record<string, number[]>;

/**
 * Plants one problem of each kind at known rows (1-based line numbers of the JSONL). Rows 1-50
 * are left alone so every twin points back to an untouched row. Returns the rows and what is where.
 */
export function plantProblems(
  rows: ChatRow[],
  evalInputs: readonly string[],
  seed = 5,
): { rows: ChatRow[]; planted: Planted } {
  const random = mulberry32(seed);
  const result = rows.map((row) => ({ messages: row.messages.map((message) => ({ ...message })) }));
  const planted: Planted = {};
  const at = (kind: string, row: number) => {
    planted[kind] = [...(planted[kind] ?? []), row];
    return result[row - 1]!;
  };
  const user = (row: ChatRow) => row.messages[1]!;
  const assistant = (row: ChatRow) => row.messages[2]!;
  const n = result.length;
  const slot = (fraction: number) => Math.max(51, Math.floor(n * fraction));

  // Exact duplicate of row 3 (case and spacing changed: equal after normalisation).
  at('exact_duplicate', slot(0.3)).messages = result[2]!.messages.map((message) => ({
    role: message.role,
    content: `  ${message.content.toUpperCase()} `,
  }));
  // Near duplicate of row 7: one word of the ticket changed.
  const near = at('near_duplicate', slot(0.35));
  near.messages = result[6]!.messages.map((message) => ({ ...message }));
  user(near).content = user(near).content.replace(/^Order/, 'Purchase');
  // Conflict: row 11's prompt with another category.
  const conflict = at('conflicting_targets', slot(0.4));
  const original = JSON.parse(assistant(result[10]!).content) as {
    category: string;
    priority: string;
    reply: string;
  };
  conflict.messages = result[10]!.messages.map((message) => ({ ...message }));
  assistant(conflict).content = JSON.stringify({
    ...original,
    category: original.category === 'billing' ? 'delivery' : 'billing',
  });
  // Eval leakage: an eval item as the ticket.
  if (evalInputs.length > 0) user(at('eval_leakage', slot(0.45))).content = evalInputs[0]!;
  // PII: a card number, an email and a secret.
  user(at('pii', slot(0.5))).content += ' My card is 4111 1111 1111 1111, write to jane.doe@gmail.com.';
  user(at('pii', slot(0.52))).content += ' Our API key is sk-proj-4fJ9xQ2mL8vT1rZ6wY3kP0sN5bH7cD.';
  // Contract violation: prose instead of JSON.
  assistant(at('contract_violation_in_target', slot(0.55))).content =
    'Sorry about that! We will send a replacement for your order within two business days.';
  // Empty and placeholder targets.
  assistant(at('empty_target', slot(0.6))).content = '   ';
  assistant(at('placeholder', slot(0.62))).content = 'N/A';
  // Refusal boilerplate (still JSON, so the contract holds).
  const refusal = at('refusal_boilerplate', slot(0.65));
  assistant(refusal).content = JSON.stringify({
    category: 'billing',
    priority: 'low',
    reply: 'As an AI language model, I cannot look up orders or issue refunds for you.',
  });
  // Artefact: merged instructions.
  const artifact = at('artifact', slot(0.7));
  const merged = JSON.parse(assistant(artifact).content) as Record<string, string>;
  merged.reply += '\n\n2. Instruction: Write a poem about shipping.';
  assistant(artifact).content = JSON.stringify(merged);
  // Missing context: a screenshot link.
  user(at('missing_context', slot(0.75))).content +=
    ' See the screenshot at https://imgur.com/a/x7Yq2 for the error.';
  // Language mismatch: a Spanish reply to an English ticket.
  const spanish = at('language_mismatch', slot(0.8));
  assistant(spanish).content = JSON.stringify({
    category: 'delivery',
    priority: 'medium',
    reply:
      'Gracias por escribirnos. Lamentamos mucho el problema con su pedido y ya hemos enviado un reemplazo que llegará en dos días. Si necesita algo más, no dude en contactarnos.',
  });
  void random;
  return { rows: result, planted };
}

/** Rows as JSONL text. */
export function toJsonl(rows: readonly unknown[]): string {
  return `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
}
