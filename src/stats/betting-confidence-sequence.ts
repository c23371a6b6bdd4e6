/** Options of a betting confidence sequence. */
export interface BettingConfidenceSequenceOptions {
  /** 1 − coverage, simultaneously over all times. Default 0.05. */
  alpha?: number;
  /**
   * How many candidate means are tested, evenly spaced from 0.0005 to 0.9995 (the ends are kept off
   * 0 and 1, where a stake would be unbounded). Default 1000, i.e. (i + ½)/1000.
   */
  gridSize?: number;
  /**
   * Widen each end by one grid step (as confseq does), so a true mean lying between two grid
   * points is still covered. Default true; the stats.md test vectors are computed without it.
   */
  widenByGridStep?: boolean;
  /** A mean whose anytime-valid p-value is tracked exactly (off the grid). Default ½. */
  nullMean?: number;
}

/**
 * Hedged-capital betting confidence sequence for the mean of observations in [0, 1]
 * (Waudby-Smith & Ramdas, "Estimating means of bounded random variables by betting", JRSSB 2024;
 * stats.md §3.4, following confseq's `betting.py` and `lambda_predmix_eb`).
 *
 * For every candidate mean m, two gamblers bet that the mean is above or below m with predictable
 * stakes; m is rejected once their averaged capital reaches 1/α. By Ville's inequality the set of
 * unrejected means covers the true mean at every time at once with probability ≥ 1 − α, so the
 * interval may be checked after each observation and the experiment stopped whenever it is
 * conclusive — unlike re-running a fixed-n test after each batch, which inflates false positives
 * (24–34% in stats.md §3.1). The reported interval is the running intersection.
 */
export class BettingConfidenceSequence {
  readonly alpha: number;
  private readonly grid: Float64Array;
  private readonly logCapitalAbove: Float64Array;
  private readonly logCapitalBelow: Float64Array;
  private readonly widen: number;
  private readonly nullMean: number;
  private nullLogCapitalAbove = 0;
  private nullLogCapitalBelow = 0;
  private minimumNullPValue = 1;
  private observations = 0;
  private sum = 0;
  private squaredDeviations = 0.25;
  private previousVariance = 0.25;
  private lowerBound = 0;
  private upperBound = 1;

  constructor(options: BettingConfidenceSequenceOptions = {}) {
    this.alpha = options.alpha ?? 0.05;
    const size = options.gridSize ?? 1000;
    const first = 0.0005;
    const spacing = size > 1 ? (1 - 2 * first) / (size - 1) : 0;
    this.grid = Float64Array.from({ length: size }, (_, index) => (size > 1 ? first + index * spacing : 0.5));
    this.logCapitalAbove = new Float64Array(size);
    this.logCapitalBelow = new Float64Array(size);
    this.widen = (options.widenByGridStep ?? true) ? spacing : 0;
    this.nullMean = options.nullMean ?? 0.5;
  }

  /** Adds one observation x ∈ [0, 1] and updates the interval. */
  push(x: number): void {
    if (!(x >= 0 && x <= 1))
      throw new RangeError(`betting confidence sequence: observation ${x} is outside [0, 1]`);
    this.observations += 1;
    const time = this.observations;
    const threshold = Math.log(1 / this.alpha);
    // Predictable plug-in stake: uses only the variance estimate from before this observation.
    const stake = Math.sqrt((2 * threshold) / (this.previousVariance * time * Math.log(1 + time)));
    let low = 1;
    let high = 0;
    for (let index = 0; index < this.grid.length; index++) {
      const mean = this.grid[index]!;
      const above = this.logCapitalAbove[index]! + Math.log1p(Math.min(stake, 0.5 / mean) * (x - mean));
      const below =
        this.logCapitalBelow[index]! + Math.log1p(-Math.min(stake, 0.5 / (1 - mean)) * (x - mean));
      this.logCapitalAbove[index] = above;
      this.logCapitalBelow[index] = below;
      if (Math.max(above, below) + Math.log(0.5) < threshold) {
        if (mean < low) low = mean;
        if (mean > high) high = mean;
      }
    }
    if (low <= high) {
      this.lowerBound = Math.max(this.lowerBound, Math.max(0, low - this.widen));
      this.upperBound = Math.min(this.upperBound, Math.min(1, high + this.widen));
    }
    const nullMean = this.nullMean;
    this.nullLogCapitalAbove += Math.log1p(Math.min(stake, 0.5 / nullMean) * (x - nullMean));
    this.nullLogCapitalBelow += Math.log1p(-Math.min(stake, 0.5 / (1 - nullMean)) * (x - nullMean));
    const nullCapital = Math.exp(
      Math.max(this.nullLogCapitalAbove, this.nullLogCapitalBelow) + Math.log(0.5),
    );
    this.minimumNullPValue = Math.min(this.minimumNullPValue, Math.min(1, 1 / nullCapital));
    this.sum += x;
    const runningMean = (0.5 + this.sum) / (time + 1);
    this.squaredDeviations += (x - runningMean) ** 2;
    this.previousVariance = this.squaredDeviations / (time + 1);
  }

  /** Lower end of the running interval for the mean. */
  get lower(): number {
    return this.lowerBound;
  }

  /** Upper end of the running interval for the mean. */
  get upper(): number {
    return this.upperBound;
  }

  /** Observations so far. */
  get count(): number {
    return this.observations;
  }

  /** Sample mean so far (½ before any observation). */
  get mean(): number {
    return this.observations === 0 ? 0.5 : this.sum / this.observations;
  }

  /**
   * Anytime-valid p-value for "the mean equals `nullMean`": min over time of 1/capital (Ville), valid
   * at any data-dependent stopping time.
   */
  get nullPValue(): number {
    return this.minimumNullPValue;
  }
}

/**
 * The paired lift Δ = E[s_B − s_A] of two systems scored in [0, 1] on the same items, followed with a
 * betting confidence sequence on x = (d + 1)/2 (stats.md §3.5), so Δ = 2μ − 1.
 */
export class PairedLiftSequence {
  private readonly sequence: BettingConfidenceSequence;

  constructor(options: Omit<BettingConfidenceSequenceOptions, 'nullMean'> = {}) {
    this.sequence = new BettingConfidenceSequence({ ...options, nullMean: 0.5 });
  }

  /** Adds one item's scores (each in [0, 1]). */
  push(baseline: number, candidate: number): void {
    this.sequence.push((candidate - baseline + 1) / 2);
  }

  /** Items so far. */
  get count(): number {
    return this.sequence.count;
  }

  /** Observed mean lift. */
  get lift(): number {
    return 2 * this.sequence.mean - 1;
  }

  /** Lower end of the anytime-valid interval for the lift. */
  get lower(): number {
    return 2 * this.sequence.lower - 1;
  }

  /** Upper end of the anytime-valid interval for the lift. */
  get upper(): number {
    return 2 * this.sequence.upper - 1;
  }

  /** Anytime-valid p-value for "no lift". */
  get pValue(): number {
    return this.sequence.nullPValue;
  }

  /** Level of the interval. */
  get alpha(): number {
    return this.sequence.alpha;
  }
}
