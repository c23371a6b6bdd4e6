import type { Thresholds } from '../core/config.js';
import type { ItemResult } from '../core/report/item-result.js';
import type { LiveEvidence } from '../core/report/live-evidence.js';
import type { HeadroomStep } from '../core/report/report.js';
import type { PreparedProject } from '../project/prepare-project.js';

/** What each question's assessment may read: the project, the scored items and the headroom. */
export interface AssessContext {
  project: PreparedProject;
  items: readonly ItemResult[];
  headroom: readonly HeadroomStep[];
  thresholds: Thresholds;
  /** The report's date (injected): platform-risk dates are measured from it. */
  now: Date;
  /** Progress reporting for long work (audits); a no-op when quiet. */
  progress: ProgressSink;
  /** Live mode: what the experiments measured (oracle-context lift for Q4, the k-shot ladder for Q3). */
  live?: LiveEvidence;
}

/** Receives progress of long work. The CLI renders it as a bar (TTY) or periodic lines (CI). */
export interface ProgressSink {
  /** Starts a step: its name, how many units of work it has when known, and what they are ("rows"). */
  start(label: string, total: number | undefined, unit?: string): void;
  /** Units done so far; `total` replaces an estimate (rows of a file known from the share read). */
  update(done: number, total?: number): void;
  finish(): void;
}

/** A sink that shows nothing. */
export const silentProgress: ProgressSink = { start() {}, update() {}, finish() {} };
