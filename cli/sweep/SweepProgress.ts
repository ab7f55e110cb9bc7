/**
 * Sweep progress on stderr: a cli-progress bar with ETA on a terminal; otherwise (CI logs,
 * redirected stderr, tests) a plain line at every 10% and at least every 30 s of wall time.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { Io } from '../Io.js';

/** Receives one tick per finished replicate. */
export interface SweepProgress {
  tick(failed: boolean): void;
  stop(): void;
}

/** Starts progress reporting for `total` replicates of which `done` are already finished. */
export function createProgress(total: number, done: number, io: Io, tty: boolean): SweepProgress {
  let failed = 0;
  if (tty) {
    const bar = new SingleBar(
      { format: 'sweep |{bar}| {value}/{total} runs | {failed} failed | {percentage}% | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, etaBuffer: 50 },
      Presets.shades_classic,
    );
    bar.start(total, done, { failed });
    return {
      tick(f) {
        if (f) failed++;
        bar.increment(1, { failed });
      },
      stop: () => bar.stop(),
    };
  }
  const started = performance.now();
  const resumed = done;
  let lastLine = started;
  let lastDecile = Math.floor((10 * done) / Math.max(1, total));
  io.stderr(`sweep: ${total} runs${done ? `, ${done} already done (resuming)` : ''}\n`);
  return {
    tick(f) {
      done++;
      if (f) failed++;
      const now = performance.now();
      const decile = Math.floor((10 * done) / Math.max(1, total));
      if (decile === lastDecile && now - lastLine < 30_000 && done < total) return;
      lastDecile = decile;
      lastLine = now;
      const rate = (done - resumed) / Math.max(1e-9, now - started);
      const eta = done < total ? `, ETA ${formatSeconds((total - done) / rate / 1000)}` : '';
      io.stderr(`sweep: ${done}/${total} runs (${Math.floor((100 * done) / Math.max(1, total))}%)${failed ? `, ${failed} failed` : ''}${eta}\n`);
    },
    stop() {},
  };
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  return s < 90 ? `${Math.ceil(s)}s` : s < 5400 ? `${Math.round(s / 60)}m` : `${(s / 3600).toFixed(1)}h`;
}
