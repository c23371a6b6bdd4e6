import type { NearDuplicateGuard } from './near-duplicate-guard.js';
import {
  type Bank,
  bankPick,
  chatOpeners,
  chatRequests,
  customerContexts,
  emailClosings,
  emailGreetings,
  relaxedCues,
  requests,
  urgencyCues,
} from './phrases.js';
import type { SeededRandom } from './random.js';
import { drawSlots, fill, type Plan, type Slots } from './slots.js';
import { type Category, type Priority, priorities, type Topic } from './topics/index.js';
import { wordCount } from './word-count.js';

/** Where the ticket came in. */
export type Channel = 'email' | 'chat' | 'web_form';

/** A ticket as a customer wrote it, with the labels a careful agent would give it. */
export interface Ticket {
  topic: Topic;
  text: string;
  category: Category;
  priority: Priority;
  channel: Channel;
  plan: Plan;
  slots: Slots;
}

/** How a ticket is drawn. */
export interface TicketOptions {
  bank: Bank;
  /** Unique within the data set; makes order numbers unique. */
  serial: number;
  /** Separates the order-number ranges of different data sets. */
  orderOffset: number;
}

/**
 * The reference priority: the topic's base level, one up for an urgency cue, one down for a
 * relaxed one, one up for Business customers with account or technical problems.
 */
export function referencePriority(topic: Topic, cue: 'urgent' | 'relaxed' | 'none', plan: Plan): Priority {
  let level = priorities.indexOf(topic.priority);
  if (cue === 'urgent') level += 1;
  if (cue === 'relaxed') level -= 1;
  if (plan === 'business' && (topic.category === 'account' || topic.category === 'technical')) level += 1;
  return priorities[Math.min(priorities.length - 1, Math.max(0, level))]!;
}

/** Longest ticket, in words, before optional sentences are dropped. */
const maxTicketWords = 60;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Draws distinct tickets: redraws one that repeats or nearly repeats an earlier ticket of the set. */
export function composeDistinctTicket(
  random: SeededRandom,
  topic: Topic,
  options: TicketOptions,
  guard: NearDuplicateGuard,
): Ticket {
  let ticket = composeTicket(random, topic, options);
  for (let attempt = 0; attempt < 50 && !guard.accept(ticket.text); attempt++) {
    ticket = composeTicket(random, topic, options);
  }
  return ticket;
}

/** Draws one ticket of the given topic. */
export function composeTicket(random: SeededRandom, topic: Topic, options: TicketOptions): Ticket {
  const { bank } = options;
  const plan: Plan = topic.subscription
    ? random.weighted({ plus: 3, business: 1 })
    : random.weighted({ free: 4, plus: 4, business: 2 });
  const slots = drawSlots(random, options.serial, options.orderOffset, plan);
  const channel = random.weighted<Channel>({ email: 45, web_form: 30, chat: 25 });
  const cue =
    topic.category === 'other' ? 'none' : random.weighted({ urgent: 20, relaxed: 15, none: 65 } as const);
  const problem = fill(bankPick(random, topic.problems, bank), slots);
  const detail = random.chance(0.75) ? fill(bankPick(random, topic.details, bank), slots) : '';
  const context = random.chance(0.35) ? fill(bankPick(random, customerContexts, bank), slots) : '';
  const cueText =
    cue === 'urgent'
      ? fill(bankPick(random, urgencyCues, bank), slots)
      : cue === 'relaxed'
        ? bankPick(random, relaxedCues, bank)
        : '';
  const subject = bankPick(random, topic.subjects, bank);
  const chatOpener = bankPick(random, chatOpeners, bank);
  const chatRequest = bankPick(random, chatRequests, bank);
  const request = bankPick(random, requests, bank);
  const greeting = bankPick(random, emailGreetings, bank);
  const closing = bankPick(random, emailClosings, bank);
  const signature = random.chance(0.5) ? slots.name : slots.full_name;
  const build = (context: string, detail: string): string => {
    if (channel === 'chat') {
      const sentences = [problem, detail, cueText].filter((part) => part !== '').map(lowerFirst);
      return [chatOpener, ...sentences, chatRequest].join(' ');
    }
    const body = [context, problem, detail, cueText, request].filter((part) => part !== '').join(' ');
    return channel === 'email'
      ? `Subject: ${subject}\n\n${greeting}\n\n${body}\n\n${closing}\n${signature}`
      : `Subject: ${subject}\nName: ${slots.full_name}\nPlan: ${plan}\n\n${body}`;
  };
  // Optional sentences are dropped from over-long tickets so lengths stay in one compact range
  // (no accidental length outliers in a clean set).
  let text = build(context, detail);
  if (wordCount(text) > maxTicketWords) text = build('', detail);
  if (wordCount(text) > maxTicketWords) text = build('', '');
  return {
    topic,
    text,
    category: topic.category,
    priority: referencePriority(topic, cue, plan),
    channel,
    plan,
    slots,
  };
}
