import type { ProgressSink } from '../diagnosis/assess-context.js';
import type { CliIo } from './cli-io.js';

/**
 * Progress on long work: a bar with counts and ETA on a terminal, a plain line every 10% (and at
 * most every 5 s) when stderr is not a TTY (CI logs), nothing when quiet.
 */
export function createProgress(io: CliIo, options: { quiet: boolean }): ProgressSink {
  if (options.quiet) return { start() {}, update() {}, finish() {} };
  let label = '';
  let total: number | undefined;
  let started = 0;
  let lastLine = 0;
  let lastDecile = -1;
  let lastDraw = 0;
  const eta = (done: number) => {
    if (total === undefined || done === 0) return '';
    const elapsed = (Date.now() - started) / 1000;
    const remaining = (elapsed / done) * (total - done);
    return ` ETA ${remaining < 60 ? `${remaining.toFixed(0)}s` : `${(remaining / 60).toFixed(1)}m`}`;
  };
  return {
    start(newLabel, newTotal) {
      label = newLabel;
      total = newTotal;
      started = Date.now();
      lastLine = 0;
      lastDecile = -1;
    },
    update(done) {
      const now = Date.now();
      if (io.stderrIsTty) {
        if (now - lastDraw < 100) return;
        lastDraw = now;
        const width = 30;
        const fraction = total ? Math.min(1, done / total) : 0;
        const bar = total ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ` : '';
        io.stderr(`\r${label} ${bar}${done}${total ? `/${total}` : ''}${eta(done)}   `);
        return;
      }
      const decile = total ? Math.floor((done / total) * 10) : -1;
      if (
        (decile > lastDecile && now - lastLine >= 5000) ||
        (total === undefined && now - lastLine >= 5000)
      ) {
        lastDecile = decile;
        lastLine = now;
        io.stderr(`${label}: ${done}${total ? `/${total} (${decile * 10}%)` : ''}${eta(done)}\n`);
      }
    },
    finish() {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (io.stderrIsTty) io.stderr(`\r${label}: done in ${seconds}s${' '.repeat(40)}\n`);
      else if (Date.now() - started > 2000) io.stderr(`${label}: done in ${seconds}s\n`);
    },
  };
}
