// Early stopping: calls a paired comparison spends with the anytime-valid betting confidence
// sequence (the rule diagnose --live uses) versus a fixed-n McNemar test with the same error rates.
// Simulated paired outcomes: baseline accuracy 60%, lifts of 0, 5, 10 and 20 points, item-level
// correlation ρ between the two systems (stats.md Appendix B's model), looks every 10 items, a cap of
// N items, α = 0.05, futility when the interval ends below δ_min.
// Usage: npm run bench -- early        (REPS=400 CAP=500 RHO=0.5 GRID=400)
import { loadavg } from 'node:os';
import { sequentialDecision } from '../src/experiments/sequential-comparison.js';
import { PairedLiftSequence } from '../src/stats/betting-confidence-sequence.js';
import { mcnemarMidP } from '../src/stats/mcnemar.js';
import { normalQuantile } from '../src/stats/normal-quantile.js';
import { seededRandom } from '../src/stats/random.js';

const reps = Number(process.env.REPS ?? 400);
const cap = Number(process.env.CAP ?? 500);
const rho = Number(process.env.RHO ?? 0.5);
const gridSize = Number(process.env.GRID ?? 400);
const batch = 10;
const alpha = 0.05;
const base = 0.6;

/** Joint probabilities of (A right, B right) with marginals pA, pB and φ-correlation ρ. */
function cells(pA: number, pB: number) {
  const both = pA * pB + rho * Math.sqrt(pA * (1 - pA) * pB * (1 - pB));
  return { both, onlyA: pA - both, onlyB: pB - both };
}

/** Items a fixed-n paired test needs for `power` at level α (Miller Eq. 9, Var(d) = π_d − Δ²). */
function fixedN(lift: number, discordance: number, power: number): number {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return Math.ceil((z * z * (discordance - lift * lift)) / (lift * lift));
}

function simulateFixed(lift: number, n: number, random: () => number): number {
  const probabilities = cells(base, base + lift);
  let rejections = 0;
  for (let rep = 0; rep < reps; rep++) {
    let onlyA = 0;
    let onlyB = 0;
    for (let item = 0; item < n; item++) {
      const u = random();
      if (u < probabilities.both) continue;
      if (u < probabilities.both + probabilities.onlyA) onlyA++;
      else if (u < probabilities.both + probabilities.onlyA + probabilities.onlyB) onlyB++;
    }
    if (onlyB > onlyA && mcnemarMidP(onlyA, onlyB) < alpha) rejections++;
  }
  return rejections / reps;
}

console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} on 2 cores`,
);
console.log(
  `paired binary outcomes, base ${base * 100}%, ρ=${rho}, looks every ${batch} items, cap ${cap} items, α=${alpha}, ${reps} runs per row, grid ${gridSize}`,
);
for (const minLift of [0.03, 0.1]) {
  console.log(`\nfutility margin δ_min = ${(minLift * 100).toFixed(0)} pts (thresholds.min_lift)`);
  console.log(
    'lift | sequential: P(lift) / P(futile) / P(undecided) / mean calls | fixed-n with the same power (knows the true lift): calls, sequential saves | one fixed test on all the items: power, calls, sequential saves',
  );
  for (const lift of [0, 0.05, 0.1, 0.2]) {
    const random = seededRandom(1000 + Math.round(lift * 100));
    const probabilities = cells(base, base + lift);
    const discordance = probabilities.onlyA + probabilities.onlyB;
    let detected = 0;
    let futile = 0;
    let undecided = 0;
    let items = 0;
    for (let rep = 0; rep < reps; rep++) {
      const sequence = new PairedLiftSequence({ alpha, gridSize });
      let used = 0;
      let decision: ReturnType<typeof sequentialDecision>;
      while (used < cap && decision === undefined) {
        for (let item = 0; item < batch && used < cap; item++, used++) {
          const u = random();
          const a = u < probabilities.both + probabilities.onlyA ? 1 : 0;
          const b =
            u < probabilities.both ||
            (u >= probabilities.both + probabilities.onlyA &&
              u < probabilities.both + probabilities.onlyA + probabilities.onlyB)
              ? 1
              : 0;
          sequence.push(a, b);
        }
        decision = sequentialDecision(sequence, minLift);
      }
      items += used;
      if (decision === 'lift') detected++;
      else if (decision === 'no_lift' || decision === 'worse') futile++;
      else undecided++;
    }
    const power = detected / reps;
    const meanCalls = (2 * items) / reps;
    const row = [
      `+${(lift * 100).toFixed(0)}`.padStart(4),
      `${power.toFixed(3)} / ${(futile / reps).toFixed(3)} / ${(undecided / reps).toFixed(3)} / ${meanCalls.toFixed(0)}`,
    ];
    if (lift === 0) row.push('— (no power to match)');
    else {
      const target = Math.min(power, 0.999);
      const n = fixedN(lift, discordance, target);
      row.push(
        `${2 * n}${target === power ? '' : ' (power 0.999)'}, ${((1 - meanCalls / (2 * n)) * 100).toFixed(0)}%`,
      );
    }
    const capPower = simulateFixed(lift, cap, seededRandom(7));
    row.push(
      `${lift === 0 ? `false lift ${capPower.toFixed(3)}` : capPower.toFixed(3)}, ${2 * cap}, ${((1 - meanCalls / (2 * cap)) * 100).toFixed(0)}%`,
    );
    console.log(row.join(' | '));
  }
}
