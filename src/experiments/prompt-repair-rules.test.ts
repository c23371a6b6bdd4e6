import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../core/report/item-result.js';
import {
  buildDeterministicRepair,
  parseRewrite,
  type RepairCheck,
  rewriteMarker,
  rewriteMessages,
} from './prompt-repair-rules.js';

function item(overrides: Partial<ItemResult>): ItemResult {
  return {
    id: 'x',
    line: 1,
    class: 'pass',
    foundation: false,
    correctStrict: true,
    correctLenient: true,
    contractMet: true,
    contractMetLoose: true,
    score: 1,
    checks: [],
    goldInContext: null,
    tags: {},
    ...overrides,
  };
}

const jsonFailure = item({
  class: 'mixed',
  correctStrict: false,
  correctLenient: false,
  contractMet: false,
  checks: [{ check: 'json', category: 'format', pass: false, passLoose: true, detail: 'not valid JSON' }],
});
const checks: RepairCheck[] = [
  { spec: { check: 'json', object: true }, summary: 'The whole output parses as JSON.' },
  { spec: { check: 'max_words', n: 50 }, summary: 'At most n words.' },
];

describe('buildDeterministicRepair', () => {
  it('adds the contract rule of each failed check, a no-fences rule and the expected JSON shape', () => {
    const repair = buildDeterministicRepair({
      baseSystem: 'Be helpful.',
      items: [jsonFailure, item({})],
      outputs: ['```json\n{"answer":"x"}\n```', '{"answer":"y"}'],
      references: [{ answer: 'x' }, { answer: 'y' }],
      checks,
    })!;
    expect(repair.rules.map((rule) => rule.target)).toEqual([
      'contract check json failed on 1 item(s)',
      '1 failing output(s) were wrapped in code fences',
      '1 item(s) failed on form; the references show the expected shape',
    ]);
    expect(repair.system.startsWith('Be helpful.\n\nOutput requirements')).toBe(true);
    expect(repair.system).toContain('The whole output parses as JSON. (object: true)');
    expect(repair.system).toContain('keys "answer"');
    expect(repair.system).not.toContain('At most n words');
  });
  it('names the label set for surface failures on short labels, and includes a loaded JSON schema', () => {
    const surface = item({ class: 'surface', correctStrict: false });
    const repair = buildDeterministicRepair({
      baseSystem: undefined,
      items: [surface, item({}), item({}), item({}), item({}), item({})],
      outputs: ['Billing.', 'billing', 'shipping', 'billing', 'shipping', 'billing'],
      references: ['billing', 'billing', 'shipping', 'billing', 'shipping', 'billing'],
      checks: [],
    })!;
    expect(repair.system).toContain('no preamble');
    expect(repair.system).toContain('exactly one of: "billing", "shipping"');
    const withSchema = buildDeterministicRepair({
      baseSystem: undefined,
      items: [jsonFailure],
      outputs: ['x'],
      references: [undefined],
      checks: [{ spec: { check: 'json', schema: 's.json' }, summary: 'JSON.', schema: { type: 'object' } }],
    })!;
    expect(withSchema.system).toContain('{"type":"object"}');
  });
  it("takes the JSON shape from the contract's schema, never contradicting it with the references' keys", () => {
    // As in examples/support-bot: references hold only the scored fields; the schema requires a reply too.
    const schema = {
      type: 'object',
      required: ['category', 'priority', 'reply'],
      additionalProperties: false,
      properties: { category: {}, priority: {}, reply: { type: 'string' } },
    };
    const schemaFailure = item({
      class: 'surface',
      correctStrict: false,
      contractMet: false,
      checks: [{ check: 'json_schema', category: 'format', pass: false, passLoose: true }],
    });
    const repair = buildDeterministicRepair({
      baseSystem: undefined,
      items: [schemaFailure, item({})],
      outputs: ['```json\n{"category":"billing"}\n```', '{}'],
      references: [
        { category: 'billing', priority: 'low' },
        { category: 'shipping', priority: 'high' },
      ],
      checks: [{ spec: { check: 'json_schema', schema: 'schema.json' }, summary: 'Valid JSON.', schema }],
    })!;
    const shape = repair.rules.find((rule) => rule.target.includes('shape'))!;
    expect(shape.target).toBe("1 item(s) failed on form; the contract's JSON Schema sets the expected shape");
    expect(shape.instruction).toBe(
      '- Reply with a single JSON object with the keys "category", "priority", "reply" (required by the JSON Schema; no other keys).',
    );
    expect(repair.system).not.toContain('e.g. {"category"');
    // A reference that satisfies the schema is shown as the example.
    const complete = buildDeterministicRepair({
      baseSystem: undefined,
      items: [schemaFailure],
      outputs: ['x'],
      references: [{ category: 'billing', priority: 'low', reply: 'Hi' }],
      checks: [{ spec: { check: 'json_schema', schema: 'schema.json' }, summary: 'Valid JSON.', schema }],
    })!;
    expect(complete.system).toContain('e.g. {"category":"billing","priority":"low","reply":"Hi"}');
    // A schema that is not an object schema stands on its own: no key list, no label set.
    const labels = buildDeterministicRepair({
      baseSystem: undefined,
      items: [schemaFailure, item({}), item({}), item({})],
      outputs: ['x', 'a', 'b', 'a'],
      references: ['a', 'a', 'b', 'a'],
      checks: [
        {
          spec: { check: 'json_schema', schema: 's.json' },
          summary: 'Valid JSON.',
          schema: { enum: ['a', 'b'] },
        },
      ],
    })!;
    expect(labels.rules.some((rule) => rule.target.includes('shape'))).toBe(false);
  });
  it('returns undefined when nothing failed on the surface', () => {
    const behavioral = item({ class: 'behavioral', correctStrict: false, correctLenient: false });
    expect(
      buildDeterministicRepair({
        baseSystem: 'x',
        items: [behavioral],
        outputs: ['a'],
        references: ['b'],
        checks,
      }),
    ).toBeUndefined();
  });
});

describe('rewrites', () => {
  it('asks for a rewrite with the failures, the contract and the marker', () => {
    const messages = rewriteMessages({
      task: 'Classify tickets',
      currentSystem: 'Be brief.',
      contract: ['JSON only'],
      failures: [{ input: 'q1', output: 'o1', expected: 'e1', problems: ['json: bad'] }],
      variant: 2,
      variants: 3,
    });
    const text = messages.map((message) => message.content).join('\n');
    for (const part of [
      'Classify tickets',
      'Be brief.',
      '- JSON only',
      'Input:\nq1',
      'Expected:\ne1',
      'json: bad',
      'variant 2 of 3',
      rewriteMarker,
    ]) {
      expect(text).toContain(part);
    }
  });
  it('parses the rewritten prompt out of fences and quotes', () => {
    expect(parseRewrite('```\nReply in JSON only.\n```')).toBe('Reply in JSON only.');
    expect(parseRewrite('"""Reply in JSON only."""')).toBe('Reply in JSON only.');
    expect(parseRewrite('ok')).toBeUndefined();
  });
});
