import { lastNames } from './phrases.js';
import type { SeededRandom } from './random.js';
import { draftLongReply, draftReply } from './replies.js';
import type { Ticket } from './tickets.js';

/**
 * Problems planted in a training set, one kind per row (data.md §11). `inserted` kinds add a row
 * derived from another row or an eval item; the others change a row in place.
 */
export const plantKinds = {
  exact_duplicate: { inserted: true, summary: 'an exact copy of an earlier row' },
  near_duplicate: {
    inserted: true,
    summary: 'a copy of an earlier row with a small edit (typo, extra word or afterthought)',
  },
  conflicting_label: {
    inserted: true,
    summary: 'the same (or slightly edited) prompt as an earlier row with a different category or priority',
  },
  eval_leak: { inserted: true, summary: 'an eval-set ticket copied verbatim into the training set' },
  fenced_target: { inserted: false, summary: 'target JSON wrapped in a ```json code fence' },
  long_target: { inserted: false, summary: 'target reply longer than the 120-word contract' },
  key_case_target: {
    inserted: false,
    summary: 'target keys in the wrong case (`Category`, `Priority`, `Reply`)',
  },
  empty_target: { inserted: false, summary: 'empty assistant message' },
  placeholder_target: { inserted: false, summary: 'placeholder target (TODO, lorem ipsum, N/A, …)' },
  refusal_target: { inserted: false, summary: 'refusal boilerplate ("As an AI language model, …")' },
  pii_email: { inserted: false, summary: 'customer email address in the ticket' },
  pii_card: { inserted: false, summary: 'a Luhn-valid card number in the ticket' },
  pii_phone: { inserted: false, summary: 'a phone number in the ticket' },
  secret: { inserted: false, summary: 'an API-key-like secret pasted into the ticket (fake, generated)' },
  missing_assistant: { inserted: false, summary: 'no assistant message (format error)' },
  bad_role: { inserted: false, summary: 'a message with an unknown role (`bot`, `customer`) (format error)' },
} as const;
/** One kind of planted problem. */
export type PlantKind = keyof typeof plantKinds;

/** How many rows of each kind to plant. */
export type PlantCounts = Partial<Record<PlantKind, number>>;

/** A chat message as written to the training file (roles are not validated: bad roles are planted). */
export interface TrainMessage {
  role: string;
  content: string;
}

/** One training row in OpenAI chat fine-tuning format. */
export interface TrainRow {
  messages: TrainMessage[];
}

/** Appends the check digit that makes `digits` pass the Luhn test. */
export function withLuhnDigit(digits: string): string {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/** True when a digit string passes the Luhn checksum. */
export function luhnValid(digits: string): boolean {
  return withLuhnDigit(digits.slice(0, -1)) === digits;
}

/** Adds a sentence to the body of a ticket, wherever the body is for its channel. */
export function addToBody(ticket: Ticket, text: string, sentence: string): string {
  if (ticket.channel === 'chat') return `${text} ${sentence}`;
  const paragraphs = text.split('\n\n');
  const bodyIndex = ticket.channel === 'email' ? 2 : 1;
  paragraphs[bodyIndex] = `${paragraphs[bodyIndex]} ${sentence}`;
  return paragraphs.join('\n\n');
}

/** The sentence that carries a planted piece of personal data or a secret. */
export function piiSentence(
  random: SeededRandom,
  kind: 'pii_email' | 'pii_card' | 'pii_phone' | 'secret',
  ticket: Ticket,
): string {
  const name = ticket.slots.name!.toLowerCase();
  switch (kind) {
    case 'pii_email':
      return random.pick([
        `You can reach me at ${name}.${random.pick(lastNames).toLowerCase()}@example.com.`,
        `My account email is ${name}${random.between(10, 99)}@example.net.`,
      ]);
    case 'pii_card': {
      let digits = '4';
      for (let index = 0; index < 14; index++) digits += String(random.int(10));
      const card = withLuhnDigit(digits);
      const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ');
      return random.pick([
        `The card I used is ${grouped}.`,
        `Card number ${card}, expiry 0${random.between(1, 9)}/28.`,
      ]);
    }
    case 'pii_phone':
      return random.pick([
        `Please call me on (415) 555-01${random.between(10, 99)}.`,
        `My mobile is +1 212 555 01${random.between(10, 99)}.`,
        `You can ring me on 020 7946 0${random.between(100, 999)}.`,
      ]);
    case 'secret': {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      let key = '';
      for (let index = 0; index < 48; index++) key += alphabet[random.int(alphabet.length)];
      return `Our integration uses this API key, in case it helps: sk-proj-${key}`;
    }
  }
}

/**
 * A small edit that survives normalisation: a swapped pair of letters, an extra word, or a short
 * afterthought at the end (as when a customer sends the same ticket twice).
 */
export function nearDuplicateEdit(random: SeededRandom, text: string): string {
  if (random.chance(0.2)) {
    const separator = text.includes('\n') ? '\n\n' : ' ';
    return `${text}${separator}${random.pick(['Thanks!', 'Any update?', 'Sent from my phone', 'PS: still waiting.'])}`;
  }
  const words = text.split(' ');
  const candidates = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => /^[a-z]{6,}$/.test(word));
  if (candidates.length > 0 && random.chance(0.6)) {
    const { word, index } = random.pick(candidates);
    const positions = [...word.slice(1, -1)]
      .map((_, offset) => offset + 1)
      .filter((at) => at + 1 < word.length - 1 && word[at] !== word[at + 1]);
    if (positions.length > 0) {
      const at = random.pick(positions);
      words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      return words.join(' ');
    }
  }
  const at = random.between(1, words.length - 1);
  words.splice(at, 0, random.pick(['really', 'still', 'also', 'actually', 'just']));
  return words.join(' ');
}

const placeholders = [
  'TODO',
  'lorem ipsum dolor sit amet, consectetur adipiscing elit',
  'N/A',
  '<No Output>',
  'TBD - write reply',
  '{"category": "TODO", "priority": "TODO", "reply": "TODO"}',
];

const refusals = [
  'As an AI language model, I cannot access customer accounts or process refunds. Please contact customer support.',
  "I'm sorry, but as an AI language model I am unable to help with this request.",
];

/** The target text for a row whose target is planted broken. */
export function brokenTarget(
  random: SeededRandom,
  kind:
    | 'fenced_target'
    | 'long_target'
    | 'key_case_target'
    | 'empty_target'
    | 'placeholder_target'
    | 'refusal_target',
  ticket: Ticket,
): string {
  const labels = { category: ticket.category, priority: ticket.priority };
  switch (kind) {
    case 'fenced_target':
      return `\`\`\`json\n${JSON.stringify({ ...labels, reply: draftReply(random, ticket) }, null, 2)}\n\`\`\``;
    case 'long_target':
      return JSON.stringify({ ...labels, reply: draftLongReply(random, ticket) });
    case 'key_case_target':
      return JSON.stringify({
        Category: labels.category,
        Priority: labels.priority,
        Reply: draftReply(random, ticket),
      });
    case 'empty_target':
      return '';
    case 'placeholder_target':
      return random.pick(placeholders);
    case 'refusal_target':
      return random.chance(0.5)
        ? random.pick(refusals)
        : JSON.stringify({ ...labels, reply: random.pick(refusals) });
  }
}
