// What every view of the form shares: the work, saving it, the lazily loaded scorer, timings.
import type { AnswerScore } from "./rapport.js";
import type { FormState } from "./store.js";

/** The scorer and profile module, loaded on demand. */
export type ScoringModule = typeof import("./scoring.js");

/** The views of the form, in the order of an interview. */
export type View = FormState["view"];

/** Timings the form records in the page, read by the browser tests and the measurements. */
export interface FormMetrics {
  /** When the page became usable (ms since navigation). */
  usableAt: number | null;
  /** When the scorer and its model had loaded. */
  scoringReadyAt: number | null;
  /** When the first score was on the page. */
  firstScoreAt: number | null;
  /** Per rescoring after typing: ms from the debounce firing to the score on the page, and to the next frame. */
  readonly scoreLatencies: { readonly updated: number; readonly painted: number }[];
}

declare global {
  interface Window {
    /** The form's own timings. */
    rapportForm?: FormMetrics;
  }
}

/** The form, as its views see it. */
export interface App {
  /** The work so far. */
  readonly state: FormState;
  /** Changes the work and saves it at once. */
  update(change: (state: FormState) => FormState): void;
  /** Shows another view. */
  go(view: View): void;
  /** The scorer, once loaded; null before. */
  scoring(): ScoringModule | null;
  /** Resolves when the scorer has loaded. */
  readonly whenScoring: Promise<ScoringModule>;
  /** Scores of the answers, by question id (not saved: recomputed, scores are deterministic). */
  readonly scores: Map<string, AnswerScore>;
  readonly metrics: FormMetrics;
  /** Asks the user to confirm something that cannot be undone. */
  confirm(message: string, action: string): Promise<boolean>;
}
