import type { ItemResult } from '../core/report/item-result.js';
import type { HeadroomStep } from '../core/report/report.js';
import { wilson } from '../stats/wilson.js';
import { countClasses } from './summarize-items.js';

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The headroom waterfall of DESIGN §2.2: today's strict accuracy, + what surface fixes recover
 * (measured), + what foundation fixes could plausibly recover (retrieval-miss failures × accuracy
 * when the gold passage was present, an estimate), and the behavioral remainder — the most that
 * fine-tuning could ever address. Each bar has a 95% interval.
 */
export function headroomWaterfall(items: readonly ItemResult[], alpha: number): HeadroomStep[] {
  const n = items.length;
  const counts = countClasses(items);
  const current = wilson(counts.pass, n, alpha);
  const surface = wilson(counts.surface, n, alpha);
  const hits = items.filter((item) => item.goldInContext === true);
  const hitAccuracy = wilson(hits.filter((item) => item.correctLenient).length, hits.length, alpha);
  const missShare = wilson(counts.foundation, n, alpha);
  const hasRetrieval = hits.length > 0 && counts.foundation > 0;
  const foundation = hasRetrieval
    ? {
        value: missShare.value * hitAccuracy.value,
        low: missShare.low * hitAccuracy.low,
        high: missShare.high * hitAccuracy.high,
      }
    : { value: 0, low: 0, high: 0 };
  const wrong = wilson(counts.behavioral + counts.mixed, n, alpha);
  const behavioral = {
    value: clamp(wrong.value - foundation.value),
    low: clamp(wrong.low - foundation.high),
    high: clamp(wrong.high - foundation.low),
  };
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
    {
      step: 'foundation',
      label: '+ foundation fixes',
      start: current.value + surface.value,
      ...foundation,
      kind: 'estimate',
      note: hasRetrieval
        ? `${counts.foundation} failures had no gold passage in the prompt × ${(hitAccuracy.value * 100).toFixed(1)}% accuracy when it was there (confounded estimate: harder questions may also retrieve worse)`
        : 'no failure is known to lack its gold passage (no retrieval data, or every gold passage reached the prompt)',
    },
    {
      step: 'behavioral',
      label: 'Behavioral remainder',
      start: current.value + surface.value + foundation.value,
      ...behavioral,
      kind: 'bound',
      note: 'wrong in content even after normalisation and not explained by retrieval: the most fine-tuning could ever buy',
    },
  ];
}
