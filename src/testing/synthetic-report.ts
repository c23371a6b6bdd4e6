import { thresholdsSchema } from '../core/config.js';
import type { EvalCase } from '../core/eval-case.js';
import type { ItemCheckResult, ItemClass, ItemResult } from '../core/report/item-result.js';
import { type Report, reportSchemaVersion } from '../core/report/report.js';
import { decide } from '../decision/decide.js';
import { headroomWaterfall } from '../decision/headroom.js';
import { summarizeChecks, summarizeItems } from '../decision/summarize-items.js';
import { assessSurface } from '../decision/surface-question.js';
import { mulberry32 } from '../stats/random.js';
import { syntheticCost } from './synthetic-cost.js';
import { syntheticFoundation } from './synthetic-foundation.js';
import { syntheticLive } from './synthetic-live.js';

/**
 * Synthetic reports for tests and benchmarks of the reporters: items drawn from a seeded generator
 * and run through the real decision code (summary, headroom, Q1, verdict), so every figure in them
 * is consistent. Not shipped (src/testing is excluded from the build).
 */
export interface SyntheticReportOptions {
  /** How many items. */
  items: number;
  /** Seed of the generator (same seed, same report). */
  seed?: number;
  /** Plant script-injection payloads in ids, tags, check details, texts and question details. */
  payloads?: boolean;
  /** Fill Q2, Q3 and Q4 with assessed answers (the shapes of the current schema). */
  assessed?: boolean;
  /** Add live-mode evidence (report.live, with a k-shot ladder). */
  live?: boolean;
}

/** A report and the eval cases it was made from (for the texts the HTML drill-down shows). */
export interface SyntheticReport {
  report: Report;
  cases: EvalCase[];
}

/** Strings that would run script if any reporter wrote them as markup. Each sets a `window` flag. */
export const injectionPayloads = [
  '<script>window.__pwned_script=1</script>',
  '"><img src=x onerror="window.__pwned_onerror=1">',
  "javascript:window.__pwned_href=1//' onmouseover='window.__pwned_attr=1",
  '</script><script>window.__pwned_close=1</script>',
  '<svg onload="window.__pwned_svg=1"></svg>',
  '<!--<script>window.__pwned_comment=1</script>-->',
] as const;

const checkPool = [
  { check: 'json', category: 'format', detail: 'not valid JSON: Unexpected token `' },
  { check: 'max_words', category: 'length', detail: '163 words > 120' },
  { check: 'forbidden_phrases', category: 'tone', detail: 'contains "As an AI"' },
  { check: 'json_schema', category: 'structure', detail: 'missing required field "priority"' },
  { check: 'language:response_language', category: 'language', detail: 'detected deu, expected eng' },
] as const;
const categories = ['billing', 'bug', 'account', 'feature_request', 'outage'] as const;
const segments = ['enterprise', 'smb', 'free'] as const;
const languages = ['en', 'de', 'es'] as const;
const sentences = [
  'I was charged twice for my subscription this month and need a refund.',
  'The export button does nothing when I click it in Firefox.',
  'How do I add a second admin to our workspace?',
  'Your status page says everything is fine but the API returns 503.',
  'Could you add dark mode to the dashboard? Our team works late.',
  'After the last update the app logs me out every five minutes.',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Builds a consistent synthetic report (and its eval cases) from a seed. */
export function syntheticReport(options: SyntheticReportOptions): SyntheticReport {
  const random = mulberry32(options.seed ?? 7);
  const thresholds = thresholdsSchema.parse({});
  const items: ItemResult[] = [];
  const cases: EvalCase[] = [];
  for (let index = 0; index < options.items; index++) {
    const draw = random();
    const itemClass: ItemClass =
      draw < 0.56 ? 'pass' : draw < 0.8 ? 'surface' : draw < 0.93 ? 'behavioral' : 'mixed';
    const payload = options.payloads ? injectionPayloads[index % injectionPayloads.length]! : '';
    const checks: ItemCheckResult[] = checkPool.slice(0, 3 + (index % 3)).map((entry) => ({
      check: entry.check,
      category: entry.category,
      pass: true,
      passLoose: true,
    }));
    const contractBroken = itemClass === 'mixed' || (itemClass === 'surface' && random() < 0.7);
    if (contractBroken) {
      const failed = checks[Math.floor(random() * checks.length)]!;
      const pool = checkPool.find((entry) => entry.check === failed.check)!;
      failed.pass = false;
      failed.passLoose = random() < 0.4;
      failed.detail = `${pool.detail}${payload ? ` ${payload}` : ''}`;
    }
    const goldInContext = random() < 0.8 ? true : itemClass === 'pass' ? true : random() < 0.5 ? false : null;
    const category = pick(random, categories);
    const wrongCategory = pick(
      random,
      categories.filter((name) => name !== category),
    );
    const id = `ticket-${String(index + 1).padStart(6, '0')}${payload && index % 5 === 0 ? payload : ''}`;
    const item: ItemResult = {
      id,
      line: index + 1,
      class: itemClass,
      foundation: (itemClass === 'behavioral' || itemClass === 'mixed') && goldInContext === false,
      correctStrict: itemClass === 'pass' || (itemClass === 'surface' && contractBroken),
      correctLenient: itemClass === 'pass' || itemClass === 'surface',
      contractMet: !contractBroken,
      contractMetLoose: !contractBroken || checks.every((check) => check.passLoose),
      score: itemClass === 'pass' || itemClass === 'surface' ? 1 : 0,
      checks,
      goldInContext,
      tags: {
        segment: pick(random, segments),
        language: pick(random, languages),
        ...(payload && index % 4 === 0 ? { note: payload } : {}),
      },
    };
    if (itemClass === 'behavioral' || itemClass === 'mixed') item.scoreDetail = `expected "${category}"`;
    items.push(item);
    const sentence = pick(random, sentences);
    const output =
      itemClass === 'behavioral' || itemClass === 'mixed'
        ? `{"category": "${wrongCategory}", "priority": "low"}`
        : itemClass === 'surface'
          ? `Sure! Here is the classification:\n\`\`\`json\n{"category": "${category}", "priority": "high"}\n\`\`\``
          : `{"category": "${category}", "priority": "high"}`;
    cases.push({
      id,
      input: `Ticket ${index + 1}: ${sentence}${payload ? ` ${payload}` : ''}`,
      reference: { category, priority: 'high' },
      output: payload ? `${output}\n${payload}` : output,
      contexts: undefined,
      goldIds: undefined,
      contract: [],
      tags: item.tags,
      line: index + 1,
    });
  }
  const summary = summarizeItems(items, thresholds);
  const questions = options.assessed ? assessedQuestions(options.payloads === true) : notAssessed();
  const headroom = headroomWaterfall(items, thresholds.alpha, questions.foundation);
  const surface = assessSurface(items, thresholds);
  const verdict = decide({ summary, headroom, surface, ...questions, thresholds });
  const report: Report = {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'fixfirst', version: '0.1.0' },
    generatedAt: '2026-01-15T09:30:00.000Z',
    project: {
      task: `Classify support tickets and draft a reply${options.payloads ? ` ${injectionPayloads[0]}` : ''}`,
      mode: 'offline',
      scorer: 'json-fields',
      contract: ['json', 'max_words', 'forbidden_phrases'],
    },
    inputs: {
      digest: 'a'.repeat(64),
      files: [
        { role: 'config', path: 'examples/support-bot/fixfirst.yaml', sha256: 'b'.repeat(64), bytes: 612 },
        { role: 'eval', path: 'examples/support-bot/data/eval.jsonl', sha256: 'c'.repeat(64), bytes: 88_211 },
      ],
    },
    thresholds: { ...thresholds },
    verdict,
    questions: { surface, ...questions },
    summary,
    headroom,
    checks: summarizeChecks(items, thresholds.alpha),
    items,
    warnings: options.payloads ? [{ code: 'synthetic', message: `a warning ${injectionPayloads[1]}` }] : [],
  };
  if (options.live) {
    report.project.mode = 'live';
    report.project.outputs = { source: 'live', model: syntheticLive.model };
    report.live = options.payloads
      ? { ...syntheticLive, model: `${syntheticLive.model}${injectionPayloads[2]}` }
      : syntheticLive;
  }
  return { report, cases };
}

/** The cost question with a payload in its reason, a cost formula, an assumption and a platform event. */
function withPayload(cost: typeof syntheticCost, payload: string): typeof syntheticCost {
  const copy = structuredClone(cost);
  copy.reason += payload;
  if (copy.status === 'not_assessed') return copy;
  copy.fineTune.oneOffLines[0]!.formula += payload;
  copy.assumptions[0]!.note += payload;
  if (copy.platformRisk.events[0]) copy.platformRisk.events[0].text += payload;
  copy.platformRisk.warnings.push(payload);
  return copy;
}

function notAssessed(): Pick<Report['questions'], 'data' | 'cost' | 'foundation'> {
  return {
    data: { status: 'not_assessed', reason: 'no training set: name one with `train:` in fixfirst.yaml' },
    cost: { status: 'not_assessed', reason: 'no economics: section in fixfirst.yaml' },
    foundation: { status: 'not_assessed', reason: 'no retrieval data in the eval rows' },
  };
}

function assessedQuestions(payloads: boolean): Pick<Report['questions'], 'data' | 'cost' | 'foundation'> {
  const payload = payloads ? injectionPayloads[4] : '';
  return {
    data: {
      status: 'not_ready',
      reason: `3 blocking findings in 2,400 training rows${payload}`,
      reasons: [
        '212 exact duplicates (8.8% of rows)',
        '37 training rows also appear in the eval set (leakage)',
      ],
      file: 'data/train.jsonl',
      format: 'openai-chat',
      rows: 2400,
      summary: { exact_duplicate: 212, eval_leakage: 37, target_breaks_contract: 64 },
      findings: [
        {
          code: 'exact_duplicate',
          severity: 'error',
          message: `212 rows are exact duplicates of another row${payload}`,
          rows: [14, 15, 88, 301],
          rowCount: 212,
          evidence: { examples: [{ row: 14, twin: 15, text: `Refund please ${payload}` }], threshold: 1 },
        },
        {
          code: 'eval_leakage',
          severity: 'error',
          message: '37 training rows also appear in the eval set',
          rows: [5, 77],
          rowCount: 37,
          evidence: { similarity: 0.97, examples: [{ row: 5, evalId: 'ticket-000012' }] },
        },
        {
          code: 'target_breaks_contract',
          severity: 'warning',
          message: '64 targets break the output contract (max_words)',
          rows: [9],
          rowCount: 64,
          evidence: {
            check: 'max_words',
            share: { value: 0.027, low: 0.021, high: 0.034, method: 'wilson' },
          },
        },
      ],
    },
    cost: payload ? withPayload(syntheticCost, payload) : syntheticCost,
    foundation: payload
      ? { ...syntheticFoundation, reason: `${syntheticFoundation.reason}${payload}` }
      : syntheticFoundation,
  };
}
