import type { DataAudit } from '../../core/data-audit.js';
import type { Finding } from '../../core/finding.js';
import { trainedTargets } from './shared/example-text.js';
import { RowCollector, rowsText, snippet } from './shared/findings.js';

/** AI boilerplate: the community "unfiltered" lists start with these (data.md §7, [S20]). */
const boilerplatePhrases = [
  'as an ai language model',
  'as a language model',
  'text-based ai language model',
  'as an ai model',
  'as an ai assistant',
  'as an artificial intelligence',
  "i'm just an ai",
  'i am just an ai',
  "i don't have personal opinions",
  'i do not have personal opinions',
  "i don't have feelings",
  'my knowledge cutoff',
  'my training data',
];
/** Refusals: the answer declines instead of answering. */
const refusalPhrases = [
  "i'm sorry, but i cannot",
  "i'm sorry, but i can't",
  'i am sorry, but i cannot',
  'i cannot fulfill',
  "i can't fulfill",
  'i cannot assist with',
  "i can't assist with",
  "i can't help with",
  'i cannot help with',
  'i cannot provide',
  "i can't provide",
  'i am unable to',
  "i'm unable to",
  "i'm not able to",
  'i am not able to',
  'i cannot answer',
  "i can't answer",
];
/** FastChat's clean_sharegpt.py drops conversations mentioning these (identity of another assistant). */
const identityPattern = /\b(?:openai|chatgpt)\b/i;

/** One case-insensitive pattern for a phrase list (an automaton: one pass over the text, not one per phrase). */
function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const escaped = phrases.map((phrase) =>
    phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "['’]"),
  );
  return new RegExp(escaped.join('|'), 'i');
}

const boilerplatePattern = phrasePattern(boilerplatePhrases)!;
const refusalPattern = phrasePattern(refusalPhrases)!;

/**
 * Refusals and AI boilerplate in targets. A set where many answers refuse teaches the model to
 * refuse (OpenAI: 60% refusals in training where 5% are right in production gives too many), and
 * "As an AI language model" boilerplate is copied verbatim. The share is compared with
 * tolerance.refusal_boilerplate (default 5%), which stands for the share expected in production.
 */
export const refusalsAudit: DataAudit = {
  id: 'refusals',
  codes: ['refusal_boilerplate'],
  summary: 'Targets that refuse, or carry "As an AI language model" / another assistant\'s identity.',
  source: 'data.md §7 (FastChat clean_sharegpt.py, unfiltered lists), §1.6 (OpenAI balance), §11 item 13',
  start(context) {
    const extra = phrasePattern(context.settings.refusals.phrases);
    const refusals = new RowCollector();
    const boilerplate = new RowCollector();
    const identity = new RowCollector();
    let affected = 0;
    return {
      observe(row) {
        const example = row.example;
        if (example === undefined) return;
        let hit = false;
        for (const { message } of trainedTargets(example)) {
          const content = message.content;
          if (content === '') continue;
          if (boilerplatePattern.test(content) || extra?.test(content) === true) {
            boilerplate.add(row.row, snippet(content, 80));
            hit = true;
            break;
          }
          if (refusalPattern.test(content)) {
            refusals.add(row.row, snippet(content, 80));
            hit = true;
            break;
          }
          if (identityPattern.test(content)) {
            identity.add(row.row, snippet(content, 80));
            hit = true;
            break;
          }
        }
        if (hit) affected++;
      },
      finish(tools) {
        const share = tools.examples > 0 ? affected / tools.examples : 0;
        const findings: Finding[] = [
          ...boilerplate.finding(
            'refusal_boilerplate',
            'warning',
            `${rowsText(boilerplate.count, 'contain AI boilerplate ("As an AI language model")')}`,
            {
              kind: 'ai_boilerplate',
            },
          ),
          ...refusals.finding(
            'refusal_boilerplate',
            'warning',
            `${rowsText(refusals.count, 'refuse instead of answering')}`,
            {
              kind: 'refusal',
              share: Number(share.toFixed(4)),
            },
          ),
          ...identity.finding(
            'refusal_boilerplate',
            'warning',
            `${rowsText(identity.count, "mention OpenAI or ChatGPT (another assistant's identity)")}`,
            {
              kind: 'identity',
            },
          ),
        ];
        return { findings, affected: { refusal_boilerplate: affected } };
      },
    };
  },
};
