import type { SeededRandom } from './random.js';
import { fill } from './slots.js';
import type { Ticket } from './tickets.js';
import type { Category } from './topics/index.js';
import { wordCount } from './word-count.js';

const empathy: Record<Category, readonly string[]> = {
  billing: [
    'Thanks for reaching out about your billing.',
    'Thanks for getting in touch about your payment.',
    'Thanks for your message, and sorry for any confusion with the charges.',
  ],
  shipping: [
    'Thanks for getting in touch about your order.',
    'Thanks for letting us know about your delivery.',
    'Thanks for reaching out about your shipment.',
  ],
  account: [
    'Thanks for contacting us about your account.',
    'Thanks for reaching out, I am happy to help with your account.',
    'Thanks for getting in touch about your Kestrel account.',
  ],
  technical: [
    'Sorry to hear your device is giving you trouble.',
    'Thanks for the details, they really help.',
    'Thanks for reaching out about your setup.',
  ],
  returns: [
    'Thanks for reaching out about your return.',
    'Sorry this did not work out for you.',
    'Happy to help with your return.',
  ],
  other: ['Thanks for getting in touch.', 'Thank you for your message.', 'Thanks for writing to us.'],
};

const closers = [
  'Let me know if there is anything else I can do.',
  'Just reply to this email if you have any questions.',
  'I will keep an eye on this for you.',
  'We are here if you need anything else.',
];

const greetings = ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hi {name}!'];

/** Sentences a model pads a reply with when nobody told it how long a reply may be. */
const padding = [
  'I completely understand how important it is to have your home security working exactly the way you expect, and I want to make sure we get this fully resolved for you as quickly as possible.',
  'In the meantime, you might find our Help Centre useful: it has step-by-step guides, short videos and answers to the most common questions about every Kestrel device and plan.',
  'As a reminder, Kestrel Plus includes 30 days of cloud recording history, smart alerts for people, packages and vehicles, and extended warranty coverage on all of your devices.',
  'If anything changes on your side, such as a new router, a new phone or a move to a new address, please let us know so we can update your account notes accordingly.',
  'We truly value your feedback, and after this conversation you may receive a short survey about your experience; it only takes a minute and helps us improve our service.',
  'Our support team is available seven days a week by chat, email and phone, so whenever you need us, someone will be there to help you with any question at all.',
];

/** A short reply an agent could send: greeting, empathy, the article's answer, a closer. */
export function draftReply(random: SeededRandom, ticket: Ticket): string {
  let reply = '';
  // Redraw the rare long combinations so reply lengths stay in one compact range.
  for (let attempt = 0; attempt < 10; attempt++) {
    const body = [
      random.pick(empathy[ticket.category]),
      fill(random.pick(ticket.topic.resolutions), ticket.slots),
      random.pick(closers),
    ].join(' ');
    reply = `${fill(random.pick(greetings), ticket.slots)}\n\n${body}`;
    if (wordCount(reply) <= maxReplyWords) break;
  }
  return reply;
}

/** Longest short reply, in words. */
const maxReplyWords = 62;

/** A reply padded past 120 words, as a model writes when the prompt sets no length limit. */
export function draftLongReply(random: SeededRandom, ticket: Ticket): string {
  const sentences = [
    `${fill(random.pick(greetings), ticket.slots)}\n\n${random.pick(empathy[ticket.category])}`,
    fill(ticket.topic.resolutions[0]!, ticket.slots),
    fill(ticket.topic.resolutions[1]!, ticket.slots),
  ];
  const extra = random.shuffle(padding);
  let reply = sentences.join(' ');
  while (wordCount(reply) < 135 && extra.length > 0) reply += ` ${extra.shift()}`;
  return `${reply} ${random.pick(closers)}`;
}

/** A reply that opens with the boilerplate the contract forbids. */
export function draftDisclaimerReply(random: SeededRandom, ticket: Ticket): string {
  return [
    `${fill(random.pick(greetings), ticket.slots)}\n\n${random.pick([
      'As an AI, I cannot see your account directly, but here is what I can tell you.',
      'As an AI assistant, I do not have access to your order details, but I can help.',
    ])}`,
    fill(random.pick(ticket.topic.resolutions), ticket.slots),
  ].join(' ');
}
