import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.js';
import { createProgress, formatDuration } from './progress.js';

/** A CliIo whose clock the test moves and whose stderr the test reads. */
function fakeIo(tty: boolean) {
  let time = Date.UTC(2026, 0, 1);
  const written: string[] = [];
  const io: CliIo = {
    stdout: () => {
      throw new Error('progress must never write to stdout');
    },
    stderr: (text) => written.push(text),
    env: {},
    stdoutIsTty: tty,
    stderrIsTty: tty,
    color: false,
    now: () => new Date(time),
    version: '0.0.0',
    setExitCode: () => {},
    signal: new AbortController().signal,
  };
  return {
    io,
    written,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe('createProgress on a terminal', () => {
  it('draws a bar with counts, percent and ETA on one redrawn line, then a done line', () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io, { quiet: false });
    progress.start('auditing', 1000);
    advance(1000);
    progress.update(250);
    expect(written).toHaveLength(1);
    expect(written[0]).toBe('\r\x1b[2Kauditing [######..................] 250/1,000 25% · ETA 3s');
    advance(10);
    progress.update(260);
    expect(written).toHaveLength(1); // redraws are throttled
    advance(2000);
    progress.update(750);
    expect(written[1]).toContain('750/1,000 75% · ETA 1s');
    advance(1000);
    progress.update(1000);
    expect(written[2]).toContain('[########################] 1,000/1,000 100%');
    expect(written[2]).not.toContain('ETA');
    progress.finish();
    expect(written[3]).toBe('\r\x1b[2Kauditing: 1,000/1,000 done in 4.0s\n');
  });

  it('shows nothing for work that ends within a quarter second', () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io, { quiet: false });
    progress.start('scoring', 10);
    advance(100);
    progress.update(10);
    progress.finish();
    expect(written).toEqual([]);
  });

  it('counts without a bar when the total is unknown', () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io, { quiet: false });
    progress.start('reading', undefined);
    advance(500);
    progress.update(12_345);
    expect(written).toEqual(['\r\x1b[2Kreading 12,345']);
  });

  it('closes a running line when the next step starts', () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io, { quiet: false });
    progress.start('first', 4);
    advance(400);
    progress.update(2);
    progress.start('second', 4);
    expect(written.at(-1)).toBe('\r\x1b[2Kfirst: 2/4 done in 0.4s\n');
  });
});

describe('createProgress without a terminal (CI logs)', () => {
  it('prints a plain line at each new 10% step, at most every 5 s, and a done line', () => {
    const { io, written, advance } = fakeIo(false);
    const progress = createProgress(io, { quiet: false });
    progress.start('auditing', 100);
    advance(1000);
    progress.update(50);
    expect(written).toEqual([]); // under 5 s since start
    advance(4000);
    progress.update(55);
    expect(written).toEqual(['auditing: 55/100 55% · ETA 4s\n']);
    advance(1000);
    progress.update(90);
    expect(written).toHaveLength(1); // only 1 s since the last line
    advance(5000);
    progress.update(92);
    expect(written[1]).toBe('auditing: 92/100 92% · ETA 1s\n');
    advance(5000);
    progress.update(95);
    expect(written).toHaveLength(2); // still in the 90% step
    progress.finish();
    expect(written[2]).toBe('auditing: 95/100 done in 16.0s\n');
    expect(written.join('')).not.toContain('\r');
    expect(written.join('')).not.toContain('\x1b');
  });

  it('prints nothing for work under 2 s', () => {
    const { io, written, advance } = fakeIo(false);
    const progress = createProgress(io, { quiet: false });
    progress.start('scoring', 100);
    advance(1500);
    progress.update(100);
    progress.finish();
    expect(written).toEqual([]);
  });

  it('prints a line every 5 s when the total is unknown', () => {
    const { io, written, advance } = fakeIo(false);
    const progress = createProgress(io, { quiet: false });
    progress.start('calling the model', undefined);
    for (let second = 1; second <= 12; second++) {
      advance(1000);
      progress.update(second * 10);
    }
    expect(written).toEqual(['calling the model: 50\n', 'calling the model: 100\n']);
  });
});

describe('createProgress: units, estimated totals, steps without counts', () => {
  it('names the unit and takes a refined total from update', () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io, { quiet: false });
    progress.start('reading rows', undefined, 'rows');
    advance(1000);
    progress.update(40_000, 400_000);
    expect(written[0]).toBe(
      '\r\x1b[2Kreading rows [##......................] 40,000/400,000 rows 10% · ETA 9s',
    );
    advance(1000);
    progress.update(100_000, 250_000);
    expect(written[1]).toContain('100,000/250,000 rows 40% · ETA 3s');
    progress.update(250_000, 250_000);
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[2Kreading rows: 250,000/250,000 rows done in 2.0s\n');
  });

  it('closes a step that counted nothing with its name and time only', () => {
    const { io, written, advance } = fakeIo(false);
    const progress = createProgress(io, { quiet: false });
    progress.start('near duplicates', undefined);
    advance(3000);
    progress.finish();
    expect(written).toEqual(['near duplicates: done in 3.0s\n']);
  });

  it('takes the plain-line interval from FIXFIRST_PROGRESS_INTERVAL_MS (0: every step reports)', () => {
    const { io, written } = fakeIo(false);
    io.env = { FIXFIRST_PROGRESS_INTERVAL_MS: '0' };
    const progress = createProgress(io, { quiet: false });
    progress.start('verifying candidate pairs', 10, 'pairs');
    progress.update(5);
    progress.finish();
    expect(written).toEqual([
      'verifying candidate pairs: 5/10 pairs 50% · ETA 0s\n',
      'verifying candidate pairs: 5/10 pairs done in 0.0s\n',
    ]);
  });

  it.each(['soon', '', ' '])('ignores an interval that is not a number (%j)', (setting) => {
    const { io, written, advance } = fakeIo(false);
    io.env = { FIXFIRST_PROGRESS_INTERVAL_MS: setting };
    const progress = createProgress(io, { quiet: false });
    progress.start('auditing', 100);
    advance(1000);
    progress.update(50);
    expect(written).toEqual([]);
  });
});

describe('createProgress when quiet', () => {
  it.each([true, false])('prints nothing (tty: %s)', (tty) => {
    const { io, written, advance } = fakeIo(tty);
    const progress = createProgress(io, { quiet: true });
    progress.start('auditing', 10);
    advance(60_000);
    progress.update(5);
    progress.finish();
    expect(written).toEqual([]);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [42.4, '42s'],
    [185, '3m 05s'],
    [4800, '1h 20m'],
    [Number.POSITIVE_INFINITY, '?'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
