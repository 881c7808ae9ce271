// The progress bar of `rapport score`, drawn on standard error by cli-progress.
import cliProgress from "cli-progress";

/** A running progress bar. */
export interface Progress {
  /** Rows done so far (in the output, rows kept from an interrupted run included). */
  readonly update: (done: number) => void;
  /** Clears the bar. */
  readonly stop: () => void;
}

const duration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
};

/**
 * Starts a bar showing rows done of the total, the rate and the time left. The total is unknown until
 * `total` resolves (a background count of the input's records); meanwhile the bar shows rows and rate.
 *
 * @param total - the number of rows the run will write, when it can be counted
 * @returns the bar
 */
export function startProgress(total: Promise<number> | undefined): Progress {
  let known: number | undefined;
  let first: { at: number; done: number } | undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      format: (options, params, payload: { rate: number }) => {
        const rate = `${Math.round(payload.rate).toLocaleString("en")} rows/s`;
        if (known === undefined) return `scoring ${params.value.toLocaleString("en")} rows | ${rate}`;
        const width = options.barsize ?? 30;
        const filled = Math.round(Math.min(1, params.progress) * width);
        const left = payload.rate > 0 ? (known - params.value) / payload.rate : Number.POSITIVE_INFINITY;
        return `scoring [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${params.value.toLocaleString("en")}/${known.toLocaleString("en")} rows | ${rate} | ${duration(left)} left`;
      },
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { rate: 0 });
  total?.then(
    (n) => {
      known = n;
      bar.setTotal(Math.max(1, n));
    },
    () => undefined,
  );
  return {
    update: (done) => {
      const now = performance.now();
      first ??= { at: now, done };
      const seconds = (now - first.at) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done - first.done) / seconds : 0 });
    },
    stop: () => bar.stop(),
  };
}
