import type { PlanEntry } from './eval-set.js';
import type { OutputKind } from './outputs.js';
import type { PlantCounts } from './plants.js';
import { preciseSystemPrompt, vagueSystemPrompt } from './prompts.js';
import type { GoldPlacement } from './retrieval.js';
import type { Category } from './topics/index.js';

/** The verdicts of DESIGN §2.3. */
export type ExpectedVerdict =
  | 'FIX_PROMPT'
  | 'FIX_FOUNDATION'
  | 'FIX_DATA'
  | 'NOT_WORTH_IT'
  | 'FINE_TUNE'
  | 'INCONCLUSIVE';

/** The `economics:` block of fixfirst.yaml. */
export interface Economics {
  requests_per_month: number;
  value_per_point_per_month: number;
  horizon_months?: number;
  /** The fine-tuning path priced (OpenAI stops new fine-tuning jobs on 2027-01-06, so the examples price another). */
  fine_tune_model?: string;
}

/** Everything that makes one example folder. */
export interface ExampleProfile {
  /** Folder name under examples/. */
  name: string;
  seed: number;
  /** README title line. */
  title: string;
  /** README opening paragraph: the situation this example stands for. */
  story: string;
  expected: { verdict: ExpectedVerdict; why: readonly string[] };
  eval: {
    plan: readonly PlanEntry[];
    categoryWeights: Readonly<Record<Category, number>>;
    contextText: 'full' | 'title';
  };
  train?: { rows: number; categoryWeights: Readonly<Record<Category, number>>; plants: PlantCounts };
  /** Also write a TREC run (top 20) and qrels for the eval set. */
  runFile: boolean;
  systemPrompt: string;
  economics?: Economics;
}

function plan(output: OutputKind, correct: boolean, gold: GoldPlacement, count: number): PlanEntry {
  return { output, correct, gold, count };
}

const evalWeights = { billing: 22, technical: 22, shipping: 18, account: 14, returns: 14, other: 10 };
const balancedWeights = { billing: 20, technical: 20, shipping: 18, account: 15, returns: 15, other: 12 };

/** The embedded default: most failures are surface-level, the training data is dirty. */
export const supportBot: ExampleProfile = {
  name: 'support-bot',
  seed: 20250607,
  title: 'support-bot: the embedded default example',
  story:
    'Kestrel Home (a fictional smart-home company) triages customer-support tickets with an LLM: each ticket gets a category and a priority and the model drafts a short reply from five retrieved knowledge-base articles. Strict accuracy is disappointing and the team is about to fine-tune gpt-4o-mini on 2,000+ past tickets.',
  expected: {
    verdict: 'FIX_PROMPT',
    why: [
      'most failures are surface-level: the content is right but the JSON is fenced, wrapped in prose, has the wrong key or value case, a reply over 120 words or an "As an AI" disclaimer; the system prompt never states the format precisely',
      'the surface share of failures is well above the 50% threshold, so the prompt comes first',
      'underneath, some behavioral failures never saw their gold article (retrieval misses), and the training set is not ready (duplicates, conflicts, leakage, contract-breaking and placeholder targets, PII, format errors, class imbalance): fixing the prompt first, then retrieval and data, comes before any fine-tuning',
    ],
  },
  eval: {
    plan: [
      plan('clean', true, 'hit', 210),
      plan('clean', true, 'deeper', 5),
      plan('clean', true, 'nowhere', 5),
      plan('fenced', true, 'hit', 38),
      plan('prose', true, 'hit', 32),
      plan('key_case', true, 'hit', 22),
      plan('value_case', true, 'hit', 8),
      plan('long_reply', true, 'hit', 17),
      plan('disclaimer', true, 'hit', 8),
      plan('clean', false, 'hit', 18),
      plan('clean', false, 'deeper', 12),
      plan('clean', false, 'nowhere', 12),
      plan('fenced', false, 'hit', 4),
      plan('prose', false, 'hit', 3),
      plan('fenced', false, 'deeper', 3),
      plan('prose', false, 'nowhere', 3),
    ],
    categoryWeights: evalWeights,
    contextText: 'full',
  },
  train: {
    rows: 2000,
    categoryWeights: { billing: 27, technical: 25, shipping: 19, account: 15, returns: 13.4, other: 0.6 },
    plants: {
      exact_duplicate: 60,
      near_duplicate: 40,
      conflicting_label: 30,
      eval_leak: 24,
      fenced_target: 30,
      long_target: 20,
      key_case_target: 20,
      empty_target: 8,
      placeholder_target: 10,
      refusal_target: 16,
      pii_email: 12,
      pii_card: 6,
      pii_phone: 10,
      secret: 2,
      missing_assistant: 3,
      bad_role: 3,
    },
  },
  runFile: true,
  systemPrompt: vagueSystemPrompt,
  economics: { requests_per_month: 300000, value_per_point_per_month: 800 },
};

/** Content wrong, format right, clean data, fine retrieval, high traffic and value: fine-tuning pays. */
export const behavioralGap: ExampleProfile = {
  name: 'behavioral-gap',
  seed: 31,
  title: 'behavioral-gap: the model gets the content wrong, and fine-tuning pays back',
  story:
    "The same ticket triage as support-bot, but the prompt states the format precisely and the outputs keep it. What goes wrong is the content: Kestrel's own triage rules (Business customers' technical and account tickets go up a level, refunds after a return are returns, not billing) are not something the base model knows. Retrieval is fine, the 500-row training set is clean, and the feature is high-traffic and valuable.",
  expected: {
    verdict: 'FINE_TUNE',
    why: [
      'most failures are behavioral (wrong category or priority in well-formed JSON): a prompt fix cannot recover them',
      'the gold article reached the prompt for almost every item, and the few misses are not where the failures are: not a foundation problem',
      'the training set is clean: no duplicates, conflicts, leakage, broken targets or PII, categories balanced',
      'economics: 1,500,000 requests a month at $4,000 per accuracy point per month pays back a fine-tune within days',
      'the fine-tune is priced on Fireworks (`economics.fine_tune_model`): OpenAI creates no new fine-tuning jobs from 2027-01-06, so the verdict does not change with the date',
    ],
  },
  eval: {
    plan: [
      plan('clean', true, 'hit', 146),
      plan('clean', true, 'deeper', 2),
      plan('fenced', true, 'hit', 5),
      plan('key_case', true, 'hit', 3),
      plan('clean', false, 'hit', 76),
      plan('clean', false, 'deeper', 2),
      plan('fenced', false, 'hit', 3),
      plan('prose', false, 'hit', 3),
    ],
    categoryWeights: evalWeights,
    contextText: 'title',
  },
  train: { rows: 500, categoryWeights: balancedWeights, plants: {} },
  runFile: false,
  systemPrompt: preciseSystemPrompt,
  economics: {
    requests_per_month: 1500000,
    value_per_point_per_month: 4000,
    fine_tune_model: 'fireworks:16b-to-80b',
  },
};

/** The same behavioral gap and clean data, but too little traffic and value to pay for fine-tuning. */
export const notWorthIt: ExampleProfile = {
  name: 'not-worth-it',
  seed: 47,
  title: 'not-worth-it: a real behavioral gap that fine-tuning would not pay back',
  story:
    'An internal triage helper used by a handful of agents: the same behavioral gap as behavioral-gap (format right, labels wrong), clean training data and fine retrieval, but only 500 requests a month, each accuracy point worth $2 a month, judged over a 6-month horizon.',
  expected: {
    verdict: 'NOT_WORTH_IT',
    why: [
      'most failures are behavioral and the data is clean, so fine-tuning is the candidate',
      'but at $2 per accuracy point per month the whole behavioral remainder (about 33 points) is worth under $70 a month, which does not pay back the training runs, the eval runs and the labour within the 6-month horizon',
      'until Q3 (cost) is assessed, fixfirst can only say FINE_TUNE with low confidence and "price it first"; once Q3 lands the verdict must be NOT_WORTH_IT',
    ],
  },
  eval: {
    plan: [
      plan('clean', true, 'hit', 126),
      plan('fenced', true, 'hit', 4),
      plan('prose', true, 'hit', 3),
      plan('clean', false, 'hit', 60),
      plan('key_case', false, 'hit', 3),
      plan('fenced', false, 'hit', 2),
      plan('clean', false, 'deeper', 2),
    ],
    categoryWeights: evalWeights,
    contextText: 'title',
  },
  train: { rows: 500, categoryWeights: balancedWeights, plants: {} },
  runFile: false,
  systemPrompt: preciseSystemPrompt,
  economics: {
    requests_per_month: 500,
    value_per_point_per_month: 2,
    horizon_months: 6,
    fine_tune_model: 'fireworks:16b-to-80b',
  },
};

/** Most failures never saw their gold article, and accuracy depends on it: fix retrieval. */
export const retrievalGap: ExampleProfile = {
  name: 'retrieval-gap',
  seed: 59,
  title: 'retrieval-gap: the model answers well when retrieval gives it the right article',
  story:
    'The same ticket triage, with a precise prompt, but the retriever often misses: for 90 of 240 tickets the gold knowledge-base article is not among the five passages in the prompt (for 51 it is ranked 6-20, for 39 it is not retrieved at all). With the gold article, the model is right 90% of the time; without it, 30%.',
  expected: {
    verdict: 'FIX_FOUNDATION',
    why: [
      'most failures are behavioral (wrong labels, well-formed JSON), so it is not a prompt-format problem',
      'about 76% of failures never had the gold article in the prompt',
      'accuracy is 90% with the gold article and 30% without: a large, significant gap, so fixing retrieval comes before any fine-tuning',
    ],
  },
  eval: {
    plan: [
      plan('clean', true, 'hit', 130),
      plan('fenced', true, 'hit', 3),
      plan('key_case', true, 'hit', 2),
      plan('clean', false, 'hit', 12),
      plan('fenced', false, 'hit', 3),
      plan('clean', true, 'deeper', 15),
      plan('clean', true, 'nowhere', 12),
      plan('clean', false, 'deeper', 33),
      plan('clean', false, 'nowhere', 27),
      plan('prose', false, 'deeper', 3),
    ],
    categoryWeights: evalWeights,
    contextText: 'title',
  },
  runFile: true,
  systemPrompt: preciseSystemPrompt,
  economics: { requests_per_month: 300000, value_per_point_per_month: 800 },
};

/** Twenty items: nothing can be concluded. */
export const tooFewItems: ExampleProfile = {
  name: 'too-few-items',
  seed: 73,
  title: 'too-few-items: twenty tickets are not enough to tell',
  story:
    'A team that hand-checked 20 tickets and wants a verdict. Some failures look like format problems, some like wrong labels, but with 20 items every rate has an interval tens of points wide.',
  expected: {
    verdict: 'INCONCLUSIVE',
    why: [
      '20 items is below the default minimum of 50 (thresholds.min_items)',
      'the report says how many items are needed and how small a lift 20 items could detect',
    ],
  },
  eval: {
    plan: [
      plan('clean', true, 'hit', 11),
      plan('fenced', true, 'hit', 2),
      plan('prose', true, 'hit', 2),
      plan('clean', false, 'hit', 4),
      plan('clean', false, 'nowhere', 1),
    ],
    categoryWeights: evalWeights,
    contextText: 'title',
  },
  runFile: false,
  systemPrompt: vagueSystemPrompt,
};

/** A behavioral gap that would pay back, but the training set is dirty: clean it first. */
export const dirtyData: ExampleProfile = {
  name: 'dirty-data',
  seed: 89,
  title: 'dirty-data: fine-tuning would pay back, but not on this training set',
  story:
    "The behavioral gap and the economics of behavioral-gap, with a candidate training set assembled in a hurry from old tickets: exported twice, partly edited, with eval tickets pasted in, canned refusals, placeholders and customers' personal data.",
  expected: {
    verdict: 'FIX_DATA',
    why: [
      'most failures are behavioral and retrieval is fine, so fine-tuning is the candidate',
      'the training set is not ready: exact and near duplicates, conflicting labels for the same ticket, eval tickets leaked into training, refusal boilerplate, placeholder and contract-breaking targets, PII and format errors',
    ],
  },
  eval: {
    plan: [
      plan('clean', true, 'hit', 146),
      plan('clean', true, 'deeper', 2),
      plan('fenced', true, 'hit', 4),
      plan('key_case', true, 'hit', 2),
      plan('clean', false, 'hit', 78),
      plan('clean', false, 'deeper', 2),
      plan('fenced', false, 'hit', 3),
      plan('prose', false, 'hit', 3),
    ],
    categoryWeights: evalWeights,
    contextText: 'title',
  },
  train: {
    rows: 360,
    categoryWeights: balancedWeights,
    plants: {
      exact_duplicate: 36,
      near_duplicate: 24,
      conflicting_label: 24,
      eval_leak: 20,
      fenced_target: 10,
      long_target: 8,
      key_case_target: 8,
      empty_target: 4,
      placeholder_target: 6,
      refusal_target: 20,
      pii_email: 8,
      pii_card: 3,
      pii_phone: 6,
      secret: 1,
      missing_assistant: 2,
      bad_role: 2,
    },
  },
  runFile: false,
  systemPrompt: preciseSystemPrompt,
  economics: { requests_per_month: 1500000, value_per_point_per_month: 4000 },
};

/** Every example folder the generator writes, in README order. */
export const profiles: readonly ExampleProfile[] = [
  supportBot,
  behavioralGap,
  notWorthIt,
  retrievalGap,
  tooFewItems,
  dirtyData,
];
