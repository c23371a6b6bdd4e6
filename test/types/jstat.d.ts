/** Minimal types for the parts of jstat (a dev dependency, used only to cross-check src/stats) the tests call. */
declare module 'jstat' {
  interface Distribution2 {
    pdf(x: number, a: number, b: number): number;
    cdf(x: number, a: number, b: number): number;
    inv(p: number, a: number, b: number): number;
  }
  interface JStatStatic {
    hypgeom: { pdf(k: number, total: number, successes: number, draws: number): number };
    normal: Distribution2;
    beta: Distribution2;
    binomial: { pdf(k: number, n: number, p: number): number; cdf(k: number, n: number, p: number): number };
    percentile(values: number[], k: number, exclusive?: boolean): number;
    quantiles(values: number[], probabilities: number[], alphap?: number, betap?: number): number[];
  }
  const jstat: { jStat: JStatStatic };
  export default jstat;
}
