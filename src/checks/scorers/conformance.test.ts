import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../core/json.js';
import { scoreBoth, scorerFor } from '../../testing/scorer-harness.js';
import type { ResolvedScorer } from '../resolve.js';
import { scorers } from './index.js';

/**
 * The contract every built-in scorer shares (DESIGN §2.1): scores lie in [0, 1]; a wrong answer
 * says why; lenient mode accepts everything strict mode accepts; and an output that is the
 * reference itself is correct in both modes. Run over outputs dressed in every kind of surface
 * noise, for references of each scorer's kind.
 */

interface Case {
  spec: { type: string; [key: string]: unknown };
  references: JsonValue[];
}

const cases: Record<string, Case> = {
  exact: { spec: { type: 'exact' }, references: ['billing', 'New York', '42', { category: 'billing' }] },
  normalized: { spec: { type: 'normalized' }, references: ['billing', 'New York', { category: 'billing' }] },
  label: {
    spec: { type: 'label', labels: ['billing', 'shipping'], synonyms: { billing: ['invoice'] } },
    references: ['billing', 'shipping'],
  },
  'json-fields': {
    spec: { type: 'json-fields', fields: ['category', 'ticket.priority'], synonyms: { high: ['urgent'] } },
    references: [
      { category: 'billing', ticket: { priority: 'high' } },
      '{"category":"x","ticket":{"priority":3}}',
    ],
  },
  number: { spec: { type: 'number', tolerance: 0.5 }, references: [42, '1250.5', -3] },
  contains: { spec: { type: 'contains' }, references: ['refund', ['refund', '30 days']] },
  regex: { spec: { type: 'regex', flags: 'i' }, references: ['^billing$', 'refund|reimburse'] },
  'token-f1': { spec: { type: 'token-f1' }, references: ['the Eiffel Tower', ['Paris', 'City of Light']] },
  assertions: {
    spec: { type: 'assertions' },
    references: [
      [{ type: 'equals', value: 'billing' }],
      [
        { type: 'icontains', value: 'refund' },
        { type: 'contains-any', value: ['30 days', 'thirty days'] },
      ],
    ],
  },
};
/** Scorers left out of this suite, each with the reason (hono's rule: every skip written down). */
const skipped: Record<string, string> = {
  custom: 'the user function decides both modes; custom.test.ts covers its contract with real modules',
  none: 'no reference: every output is correct by design, so there is nothing to compare; none.test.ts covers it',
};

function dressings(text: string): string[] {
  return [
    text,
    `${text}\n`,
    text.toUpperCase(),
    `**${text}**`,
    `\`\`\`\n${text}\n\`\`\``,
    `\`\`\`json\n${text}\n\`\`\``,
    `Answer: ${text}`,
    `Sure! Here it is:\n${text}\nHope this helps.`,
    `“${text}”.`,
    `not ${text}`,
    '',
    'something else entirely',
    '{"category": "shipping", "ticket": {"priority": "low"}}',
    '[1, 2, 3]',
    '41',
  ];
}

function textOf(reference: JsonValue): string {
  if (typeof reference === 'string') return reference;
  if (Array.isArray(reference) && typeof reference[0] === 'string') return reference.join(' ');
  return JSON.stringify(reference);
}

describe('scorer conformance', () => {
  it('covers every registered scorer or says why not', () => {
    for (const scorer of scorers) expect(cases[scorer.id] ?? skipped[scorer.id]).toBeDefined();
  });

  for (const [id, testCase] of Object.entries(cases)) {
    describe(id, async () => {
      const scorer: ResolvedScorer = await scorerFor(testCase.spec);
      it('accepts its own references', () => {
        for (const reference of testCase.references) expect(scorer.checkReference(reference)).toBeUndefined();
      });
      it('lenient accepts all that strict accepts; scores in [0, 1]; wrong answers explained', async () => {
        for (const reference of testCase.references) {
          for (const output of dressings(textOf(reference))) {
            const { strict, lenient } = await scoreBoth(scorer, output, reference);
            const where = `${JSON.stringify(output)} vs ${JSON.stringify(reference)}`;
            if (strict.correct) expect(lenient.correct, where).toBe(true);
            for (const outcome of [strict, lenient]) {
              expect(outcome.score, where).toBeGreaterThanOrEqual(0);
              expect(outcome.score, where).toBeLessThanOrEqual(1);
              if (!outcome.correct) expect(outcome.detail, where).toBeTruthy();
            }
          }
        }
      });
      it('counts the reference itself correct in both modes', async () => {
        for (const reference of testCase.references) {
          // A pattern, or a list of assertions, is not an instance of itself.
          if (id === 'regex' || id === 'assertions') continue;
          const { strict, lenient } = await scoreBoth(scorer, textOf(reference), reference);
          expect([strict.correct, lenient.correct], JSON.stringify(reference)).toEqual([true, true]);
        }
      });
    });
  }
});
