import { FixfirstError } from '../core/errors.js';

/** Money held back for one call in flight. */
export interface Reservation {
  readonly usd: number;
  settled: boolean;
}

const usd = (value: number) => `$${value.toFixed(value < 1 ? 4 : 2)}`;

/**
 * The spending cap (--max-cost): before a call is sent its worst-case cost is reserved, and the call
 * is refused when spent + reserved + worst case would cross the cap, so the cap is never crossed
 * whatever the calls in flight turn out to cost. Settled with the cost computed from reported usage.
 */
export class Budget {
  private spentUsd = 0;
  private reservedUsd = 0;

  /** `capUsd` undefined: no cap (costs are still tracked). */
  constructor(readonly capUsd: number | undefined) {}

  /** Holds `worstCaseUsd`; throws BUDGET_EXCEEDED when that could cross the cap. */
  reserve(worstCaseUsd: number): Reservation {
    if (this.capUsd !== undefined && this.spentUsd + this.reservedUsd + worstCaseUsd > this.capUsd + 1e-12) {
      throw new FixfirstError(
        'BUDGET_EXCEEDED',
        `the next call could cost up to ${usd(worstCaseUsd)}, which would cross the --max-cost cap of ${usd(this.capUsd)} (spent ${usd(this.spentUsd)}, ${usd(this.reservedUsd)} held for calls in flight)`,
        {
          hint: 'completed calls are saved: rerun with a higher --max-cost to continue where this stopped (cached calls cost nothing)',
        },
      );
    }
    this.reservedUsd += worstCaseUsd;
    return { usd: worstCaseUsd, settled: false };
  }

  /** Replaces the reservation with the actual cost (0 for a call that was not billed). */
  settle(reservation: Reservation, actualUsd: number): void {
    if (reservation.settled) return;
    reservation.settled = true;
    this.reservedUsd = Math.max(0, this.reservedUsd - reservation.usd);
    this.spentUsd += actualUsd;
  }

  /** Spent so far, in USD. */
  get spent(): number {
    return this.spentUsd;
  }

  /** Held for calls in flight, in USD. */
  get reserved(): number {
    return this.reservedUsd;
  }
}
