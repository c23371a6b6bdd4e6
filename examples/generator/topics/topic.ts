/** Ticket categories of the example support bot. */
export const categories = ['billing', 'shipping', 'account', 'technical', 'returns', 'other'] as const;
/** A ticket category. */
export type Category = (typeof categories)[number];

/** Ticket priorities, lowest first. */
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
/** A ticket priority. */
export type Priority = (typeof priorities)[number];

/**
 * One kind of support ticket and the knowledge-base article that answers it. Phrase lists are
 * split by index parity into two banks (even: eval set, odd: training set) so that a clean
 * training set shares no long word sequence with the eval set unless one is planted on purpose.
 * Text may hold `{slot}` placeholders, filled per ticket (see slots.ts).
 */
export interface Topic {
  /** Knowledge-base article id; the gold passage of every ticket of this kind. */
  id: string;
  category: Category;
  /** Article title, also the seed of subject lines. */
  title: string;
  /** Article body (2–3 sentences). */
  article: string;
  /** Priority before the ticket's urgency cues and the customer's plan are applied. */
  priority: Priority;
  /** The category a confused model most often picks instead. */
  confusedWith: Category;
  /** The ticket needs a paid subscription to make sense (renewals, plan changes). */
  subscription?: boolean;
  /** Subject lines (email and web form). */
  subjects: readonly string[];
  /** The customer's statement of the problem. */
  problems: readonly string[];
  /** A supporting detail. */
  details: readonly string[];
  /** What support says back (one sentence each). */
  resolutions: readonly string[];
}
