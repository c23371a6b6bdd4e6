import type { ProgressSink } from '../diagnosis/assess-context.js';
import type { CliIo } from './cli-io.js';

/**
 * Timing of the progress display, in milliseconds (unit tests move `io.now`; end-to-end tests set
 * `FIXFIRST_PROGRESS_INTERVAL_MS` to shorten `lineInterval` and `reportDoneAfter`).
 */
export const progressTiming = {
  /** Work that ends sooner than this shows no bar at all (no flicker for fast steps). */
  quietStart: 250,
  /** Least time between two redraws of the bar. */
  redraw: 100,
  /** Least time between two plain lines when stderr is not a terminal. */
  lineInterval: 5000,
  /** Without a terminal, work shorter than this prints no "done" line. */
  reportDoneAfter: 2000,
} as const;

/** Environment variable: milliseconds between plain progress lines when stderr is not a terminal. */
const progressIntervalVariable = 'FIXFIRST_PROGRESS_INTERVAL_MS';

const barWidth = 24;
const count = (value: number) => value.toLocaleString('en-US');

/** `42s`, `3m 05s`, `1h 20m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600) {
    const minutes = Math.floor(seconds / 60);
    return `${minutes}m ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')}s`;
  }
  const hours = Math.floor(seconds / 3600);
  return `${hours}h ${String(Math.round((seconds - hours * 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Progress on long work (large audits, live runs), on stderr so stdout stays clean for --json:
 * on a terminal, one redrawn line with the step's name, a bar, counts with their unit, percent and
 * ETA; otherwise (CI logs) a plain line at each new 10% step, at most every 5 s
 * (`FIXFIRST_PROGRESS_INTERVAL_MS`), and a closing "done" line for a step that took a while;
 * nothing at all when quiet. Fast work shows nothing either way.
 */
export function createProgress(io: CliIo, options: { quiet: boolean }): ProgressSink {
  if (options.quiet) return { start() {}, update() {}, finish() {} };
  const now = () => io.now().getTime();
  // An unset or blank variable, or one that is not a number, leaves the default (Number('') is 0).
  const setting = io.env[progressIntervalVariable]?.trim() ?? '';
  const configured = Number(setting);
  const lineInterval =
    setting !== '' && Number.isFinite(configured) && configured >= 0
      ? configured
      : progressTiming.lineInterval;
  const reportDoneAfter = Math.min(progressTiming.reportDoneAfter, lineInterval);
  let active = false;
  let label = '';
  let total: number | undefined;
  let unit = '';
  let done = 0;
  let started = 0;
  let lastDraw = 0;
  let drawn = false;
  let lastLine = 0;
  let lastStep = 0;
  let lines = 0;

  const known = () => total !== undefined && total > 0;
  const eta = (elapsedMs: number) => {
    if (!known() || done <= 0 || done >= total!) return '';
    return ` · ETA ${formatDuration((elapsedMs / 1000 / done) * (total! - done))}`;
  };
  /** A step without counts (nothing done, no total) shows its name and time only. */
  const counted = () => known() || done > 0;
  const counts = () => (known() ? `${count(Math.min(done, total!))}/${count(total!)}` : count(done)) + unit;
  const percent = () => (known() ? ` ${Math.floor((Math.min(done, total!) / total!) * 100)}%` : '');

  const drawBar = (time: number) => {
    const fraction = known() ? Math.min(1, done / total!) : 0;
    const filled = Math.round(fraction * barWidth);
    const bar = known() ? ` [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]` : '';
    // \x1b[2K clears the whole line, so a shorter redraw never leaves old characters behind.
    io.stderr(`\r\x1b[2K${label}${bar} ${counts()}${percent()}${eta(time - started)}`);
    drawn = true;
    lastDraw = time;
  };

  const finishLine = () => {
    if (!active) return;
    const time = now();
    const seconds = ((time - started) / 1000).toFixed(1);
    if (io.stderrIsTty) {
      if (drawn) io.stderr(`\r\x1b[2K${label}: ${counted() ? `${counts()} ` : ''}done in ${seconds}s\n`);
    } else if (lines > 0 || time - started >= reportDoneAfter) {
      io.stderr(`${label}: ${counted() ? `${counts()} ` : ''}done in ${seconds}s\n`);
    }
    active = false;
  };

  return {
    start(newLabel, newTotal, newUnit) {
      finishLine();
      active = true;
      label = newLabel;
      total = newTotal;
      unit = newUnit === undefined ? '' : ` ${newUnit}`;
      done = 0;
      started = now();
      lastDraw = started;
      lastLine = started;
      lastStep = 0;
      drawn = false;
      lines = 0;
    },
    update(newDone, newTotal) {
      if (!active) return;
      done = newDone;
      if (newTotal !== undefined) total = newTotal;
      const time = now();
      if (io.stderrIsTty) {
        if (time - started < progressTiming.quietStart) return;
        const complete = known() && done >= total!;
        if (!drawn || complete || time - lastDraw >= progressTiming.redraw) drawBar(time);
        return;
      }
      if (time - lastLine < lineInterval) return;
      const step = known() ? Math.floor((Math.min(done, total!) / total!) * 10) : lastStep + 1;
      if (step <= lastStep) return;
      lastStep = step;
      lastLine = time;
      lines++;
      io.stderr(`${label}: ${counts()}${percent()}${eta(time - started)}\n`);
    },
    finish() {
      finishLine();
    },
  };
}
