import type { ScoreOutcome } from '../../core/scorer.js';

/** The outcome of a correct answer (frozen: shared by every call). */
export const correctOutcome: ScoreOutcome = Object.freeze({ correct: true, score: 1 });

/** The outcome of a wrong answer, with why. */
export function wrongOutcome(detail: string): ScoreOutcome {
  return { correct: false, score: 0, detail };
}

/** A value quoted for a detail line, shortened so one wild output cannot flood a report. */
export function quote(value: unknown, maxLength = 60): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
