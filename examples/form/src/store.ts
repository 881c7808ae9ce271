// The form's work, saved in the browser as it is typed. Nothing leaves the page.
import * as z from "zod";
import { CustomQuestion, InterviewKit, Level, MIN_KIT_MINUTES } from "./rapport.js";

/** Where the work is kept in localStorage. */
export const STORAGE_KEY = "rapport-form/v1";

/** One question's notes: the candidate's answer and the interviewer's own rating. */
export const QuestionWork = z.object({
  answer: z.string(),
  rating: Level.nullable(),
});
/** One question's notes: the candidate's answer and the interviewer's own rating. */
export type QuestionWork = z.infer<typeof QuestionWork>;

/** How the kit is chosen: a role, or competencies with weights. */
export const KitSetup = z.object({
  mode: z.enum(["role", "competencies"]),
  role: z.string(),
  /** Relative weights (1-10) of the chosen competencies, by id. */
  competencies: z.record(z.string(), z.number().int().min(1).max(10)),
  durationMinutes: z.number().int().min(MIN_KIT_MINUTES).max(480),
  seed: z.number().int(),
  customQuestions: z.array(CustomQuestion),
});
/** How the kit is chosen: a role, or competencies with weights. */
export type KitSetup = z.infer<typeof KitSetup>;

/** Everything the form keeps. */
export const FormState = z.object({
  version: z.literal(1),
  view: z.enum(["setup", "interview", "profile"]),
  setup: KitSetup,
  kit: InterviewKit.nullable(),
  /** The candidate's reference in your own system (the scorer never reads it). */
  candidateId: z.string(),
  interviewer: z.string(),
  /** Per question id. */
  work: z.record(z.string(), QuestionWork),
});
/** Everything the form keeps. */
export type FormState = z.infer<typeof FormState>;

/**
 * A fresh state: the first role, 45 minutes, a new seed and a new candidate reference.
 *
 * @param role - the role to start with
 * @returns the state
 */
export function initialState(role: string): FormState {
  return {
    version: 1,
    view: "setup",
    setup: { mode: "role", role, competencies: {}, durationMinutes: 45, seed: newSeed(), customQuestions: [] },
    kit: null,
    candidateId: newCandidateId(),
    interviewer: "",
    work: {},
  };
}

/** A random seed for drawing questions. */
export function newSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

function newCandidateId(): string {
  return `candidate-${Math.random().toString(36).slice(2, 8)}`;
}

/** What loading the saved work found. */
export type Loaded = { readonly state: FormState; readonly problem?: string };

/**
 * Reads the saved work; saved work that no longer fits the form is set aside with a message, never half-read.
 *
 * @param storage - where it is kept
 * @param role - the role a fresh state starts with
 * @returns the state, and a problem to show when the saved work could not be used
 */
export function loadState(storage: Storage, role: string): Loaded {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { state: initialState(role) };
  try {
    const parsed = FormState.safeParse(JSON.parse(raw));
    if (parsed.success) return { state: parsed.data };
  } catch {
    // falls through: not JSON
  }
  storage.setItem(`${STORAGE_KEY}/unreadable`, raw);
  return { state: initialState(role), problem: "The work saved in this browser could not be read (it was made by another version of the form). It was set aside and a new interview started." };
}

/**
 * Saves the work.
 *
 * @param storage - where it is kept
 * @param state - the work
 * @returns null when saved, or why it could not be
 */
export function saveState(storage: Storage, state: FormState): string | null {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
    return null;
  } catch {
    return "Could not save in this browser (its storage is full or disabled): export the profile before closing the page.";
  }
}

/**
 * The state for the next candidate: answers, ratings and reference cleared, the kit kept so that
 * every candidate for the role is asked the same questions.
 *
 * @param state - the current work
 * @returns the state for a new candidate
 */
export function forNewCandidate(state: FormState): FormState {
  return { ...state, view: state.kit ? "interview" : "setup", candidateId: newCandidateId(), work: {} };
}
