import { z } from 'zod';
import { configError } from '../../core/errors.js';
import { defineScorer } from '../../core/scorer.js';
import { foldText } from '../normalize/fold-text.js';
import { stripSurfaceNoise } from '../normalize/strip-surface-noise.js';
import { SynonymTable } from '../normalize/synonym-table.js';
import { correctOutcome, quote, wrongOutcome } from './outcome.js';
import { referenceText } from './reference-text.js';

const params = z.strictObject({
  labels: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe(
      'The known labels. When given, a reply that mentions exactly one of them (or a synonym) counts as that label in lenient mode, and every reference must be one of them.',
    ),
  synonyms: z
    .record(z.string(), z.array(z.string().min(1)))
    .default({})
    .describe('Other ways of writing a label, e.g. {billing: [invoice, payment]}; applied in lenient mode.'),
});

interface CompiledLabel {
  synonyms: SynonymTable;
  /** Folded known labels; undefined when `labels` was not given. */
  labels: ReadonlySet<string> | undefined;
  /** Finds every known label or synonym mentioned as a whole word in folded text; undefined without `labels`. */
  mention: RegExp | undefined;
}

/** A mention right after a negation (`not billing`, `isn't a billing issue`) does not count. */
const negationBefore =
  /(?:^|\s)(?:not|no|never|isnt|arent|wasnt|werent|doesnt|dont|nor|neither|without)\s+(?:(?:a|an|the)\s+)?$/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one known label a reply mentions (negated mentions ignored), or the labels when several. */
function mentionedLabels(folded: string, compiled: CompiledLabel): Set<string> {
  const found = new Set<string>();
  const mention = compiled.mention!;
  mention.lastIndex = 0;
  for (let match = mention.exec(folded); match !== null; match = mention.exec(folded)) {
    if (negationBefore.test(folded.slice(Math.max(0, match.index - 24), match.index))) continue;
    found.add(compiled.synonyms.canonical(match[0]));
  }
  return found;
}

/** The output is the expected label (classification). */
export const labelScorer = defineScorer({
  id: 'label',
  summary: 'The output is the expected class label.',
  strict: 'The output equals the reference label exactly.',
  lenient:
    'Answer prefix, emphasis, fences, punctuation, case and Unicode removed, declared synonyms mapped; with `labels`, a reply that mentions exactly one known label (not negated) counts as that label.',
  whenToUse:
    'Classification: the reply should be one label out of a known set (category, intent, sentiment).',
  whenNotToUse:
    'Labels inside a JSON object (use json-fields with synonyms); several labels per item (use contains with all: true).',
  requiresReference: true,
  params,
  compile(options): CompiledLabel {
    const synonyms = new SynonymTable(options.synonyms, foldText);
    if (options.labels === undefined) return { synonyms, labels: undefined, mention: undefined };
    const labels = new Set<string>();
    for (const [index, label] of options.labels.entries()) {
      const folded = foldText(label);
      if (folded === '') {
        throw configError(
          `label "${label}" is empty once folded`,
          { field: `labels[${index}]` },
          'use letters or digits',
        );
      }
      labels.add(synonyms.canonical(label));
    }
    const terms = new Set<string>(labels);
    for (const [term, canonical] of synonyms.terms())
      if (labels.has(canonical) && term !== '') terms.add(term);
    // Longest first, so `account access` wins over `account` at the same position.
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegex);
    const mention = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return { synonyms, labels, mention };
  },
  checkReference(reference, compiled) {
    if (typeof reference !== 'string' && typeof reference !== 'number' && typeof reference !== 'boolean') {
      return {
        problem: 'the reference must be a label (a string)',
        hint: 'write the expected label, e.g. "billing"',
      };
    }
    if (
      compiled.labels !== undefined &&
      !compiled.labels.has(compiled.synonyms.canonical(String(reference)))
    ) {
      return {
        problem: `reference ${quote(reference)} is not one of the labels`,
        hint: 'add it to score.labels (or to score.synonyms of a label), or fix the reference',
      };
    }
    return undefined;
  },
  score(output, reference, compiled, context) {
    const expected = referenceText(reference);
    if (output === expected) return correctOutcome;
    if (context.mode === 'strict') return wrongOutcome(`expected ${quote(expected)}, got ${quote(output)}`);
    const wanted = compiled.synonyms.canonical(expected);
    const reply = foldText(stripSurfaceNoise(output));
    const got = compiled.synonyms.canonical(reply);
    if (got === wanted) return correctOutcome;
    if (compiled.mention === undefined || compiled.labels!.has(got)) {
      return wrongOutcome(`expected ${quote(expected)}, got ${quote(got)}`);
    }
    const mentioned = mentionedLabels(reply, compiled);
    if (mentioned.size === 1) {
      const only = [...mentioned][0]!;
      return only === wanted
        ? correctOutcome
        : wrongOutcome(`expected ${quote(expected)}, got ${quote(only)}`);
    }
    if (mentioned.size === 0)
      return wrongOutcome(`expected ${quote(expected)}, got no known label in ${quote(output)}`);
    return wrongOutcome(`expected ${quote(expected)}, got several labels (${[...mentioned].join(', ')})`);
  },
});
