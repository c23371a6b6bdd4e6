import { minimumGroup } from '../audits/retrieval/foundation-status.js';
import type { Finding } from '../core/finding.js';
import type { ItemResult } from '../core/report/item-result.js';
import type { FoundationQuestion, HeadroomStep } from '../core/report/report.js';
import { wilson } from '../stats/wilson.js';
import { countClasses } from './summarize-items.js';

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** The parts of Q4 the foundation bar depends on (a FoundationQuestion is one). */
export interface FoundationBarEvidence {
  status: FoundationQuestion['status'];
  /** Retrieval-data findings: an error-level `gold_id_unknown` means gold ids and passage ids disagree. */
  findings?: readonly Pick<Finding, 'code' | 'severity' | 'message'>[];
}

/** The foundation bar: a figure with how it was computed, or why there is none. */
export type FoundationBar =
  | { assessed: true; value: number; low: number; high: number; note: string }
  | { assessed: false; reason: string };

/** Why the foundation evidence cannot carry a figure, or undefined when it can. */
function notAssessedReason(
  evidence: FoundationBarEvidence,
  hits: number,
  misses: number,
): string | undefined {
  const mismatch = evidence.findings?.find(
    (finding) => finding.code === 'gold_id_unknown' && finding.severity === 'error',
  );
  if (mismatch !== undefined) {
    const what = mismatch.message.split(':')[0];
    return `${what} (gold_id_unknown), so which failures missed their gold passage is not known`;
  }
  if (evidence.status === 'not_assessed') {
    return 'no retrieval data (contexts with gold ids, or qrels and a run), so no failure can be put down to retrieval';
  }
  if (evidence.status === 'inconclusive') {
    return 'Q4 is inconclusive (too few items with or without the gold passage in the prompt to compare)';
  }
  if (misses > 0 && hits < minimumGroup) {
    return `accuracy with the gold passage in the prompt rests on ${hits} item(s) (fewer than ${minimumGroup})`;
  }
  return undefined;
}

/**
 * What perfect retrieval could plausibly recover: failures whose gold passage never reached the
 * prompt × lenient accuracy when it did (a confounded estimate). Not assessed — no figure — when Q4
 * could not decide, when most gold ids match no passage id, or when accuracy with the gold passage
 * rests on too few items: a figure from such evidence would move the verdict on noise.
 */
export function foundationBar(
  items: readonly ItemResult[],
  alpha: number,
  evidence: FoundationBarEvidence,
): FoundationBar {
  const n = items.length;
  const counts = countClasses(items);
  const hits = items.filter((item) => item.goldInContext === true);
  const reason = notAssessedReason(evidence, hits.length, counts.foundation);
  if (reason !== undefined) return { assessed: false, reason };
  if (counts.foundation === 0) {
    return {
      assessed: true,
      value: 0,
      low: 0,
      high: 0,
      note: 'no content failure is known to lack its gold passage: retrieval explains none of them',
    };
  }
  const hitAccuracy = wilson(hits.filter((item) => item.correctLenient).length, hits.length, alpha);
  const missShare = wilson(counts.foundation, n, alpha);
  return {
    assessed: true,
    value: missShare.value * hitAccuracy.value,
    low: missShare.low * hitAccuracy.low,
    high: missShare.high * hitAccuracy.high,
    note: `${counts.foundation} failures had no gold passage in the prompt × ${(hitAccuracy.value * 100).toFixed(1)}% accuracy when it was there (confounded estimate: harder questions may also retrieve worse)`,
  };
}

/**
 * The headroom waterfall of DESIGN §2.2: today's strict accuracy, + what surface fixes recover
 * (measured), + what foundation fixes could plausibly recover (`foundationBar`, an estimate, or not
 * assessed), and the behavioral remainder — the most that fine-tuning could ever address. Each bar
 * with a figure has a 95% interval. When the foundation bar is not assessed, the remainder is not
 * reduced by it (and says so).
 */
export function headroomWaterfall(
  items: readonly ItemResult[],
  alpha: number,
  foundationEvidence: FoundationBarEvidence,
): HeadroomStep[] {
  const n = items.length;
  const counts = countClasses(items);
  const current = wilson(counts.pass, n, alpha);
  const surface = wilson(counts.surface, n, alpha);
  const foundation = foundationBar(items, alpha, foundationEvidence);
  const removed = foundation.assessed ? foundation : { value: 0, low: 0, high: 0 };
  const wrong = wilson(counts.behavioral + counts.mixed, n, alpha);
  const behavioral = {
    value: clamp(wrong.value - removed.value),
    low: clamp(wrong.low - removed.high),
    high: clamp(wrong.high - removed.low),
  };
  const foundationStart = current.value + surface.value;
  const label = '+ foundation fixes';
  return [
    {
      step: 'current',
      label: 'Today (strict)',
      start: 0,
      value: current.value,
      low: current.low,
      high: current.high,
      kind: 'measured',
      note: `${counts.pass} of ${n} items correct on the raw output and within the contract (Wilson interval)`,
    },
    {
      step: 'surface',
      label: '+ surface fixes',
      start: current.value,
      value: surface.value,
      low: surface.low,
      high: surface.high,
      kind: 'measured',
      note: `${counts.surface} items are right in content but fail on form; a prompt or parsing fix recovers them`,
    },
    foundation.assessed
      ? {
          step: 'foundation',
          label,
          start: foundationStart,
          value: foundation.value,
          low: foundation.low,
          high: foundation.high,
          kind: 'estimate',
          note: foundation.note,
        }
      : {
          step: 'foundation',
          label,
          start: foundationStart,
          value: null,
          low: null,
          high: null,
          kind: 'not_assessed',
          note: foundation.reason,
        },
    {
      step: 'behavioral',
      label: 'Behavioral remainder',
      start: foundationStart + removed.value,
      ...behavioral,
      kind: 'bound',
      note: foundation.assessed
        ? 'wrong in content even after normalisation and not explained by retrieval: the most fine-tuning could ever buy'
        : 'wrong in content even after normalisation: the most fine-tuning could ever buy (retrieval fixes are not assessed, so part of it may be a foundation problem)',
    },
  ];
}
