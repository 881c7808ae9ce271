// One built form and one Chromium per test file, with helpers that act as a recruiter would.
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { type BuiltForm, buildForm, openSession, type Session } from "./harness.js";

/** The built form and the browser session of this file (set in beforeAll). */
export interface FormUnderTest {
  form: BuiltForm;
  session: Session;
}

/**
 * Builds and serves the form, and opens Chromium, for the tests of one file.
 *
 * @param options - a downloads folder
 * @returns the form and session, filled in before the first test
 */
export function useForm(options: { downloads?: string } = {}): FormUnderTest {
  const under = {} as FormUnderTest;
  let failure: unknown;
  beforeAll(async () => {
    try {
      under.form = await buildForm();
      under.session = await openSession(under.form, options);
    } catch (error) {
      failure = error;
    }
  });
  // Every test fails with the reason (no Chromium: how to install it); none is skipped.
  beforeEach(() => {
    if (failure !== undefined) throw failure;
  });
  afterAll(async () => {
    await under.session?.close();
  });
  return under;
}

/**
 * Opens the form on a fresh page with nothing saved.
 *
 * @param under - the form and session
 * @returns the page and the errors it logs
 */
export async function openFresh(under: FormUnderTest): Promise<{ page: Page; errors: string[] }> {
  const opened = await under.session.newPage();
  await opened.page.goto(under.session.url);
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.reload();
  await opened.page.getByRole("heading", { name: "1 · The interview kit" }).waitFor();
  return opened;
}

/** Waits until the scorer has loaded in the page. */
export async function scorerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.rapportForm?.scoringReadyAt === "number", null, { timeout: 30_000 });
}

/** The question cards of the interview view. */
export function questions(page: Page): Locator {
  return page.locator("article.question");
}

/**
 * Types an answer into a question card and waits for its score.
 *
 * @param card - the question card
 * @param text - the answer
 * @returns the score panel's status line
 */
export async function answer(card: Locator, text: string): Promise<Locator> {
  await card.getByLabel("The candidate's answer").fill(text);
  const status = card.locator(".score-panel [role=status]");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 10_000 }).toMatch(/^(Level \d|Not enough evidence|Not scored)/);
  return status;
}

/** The competency and type of a question card, read from the kit the page saved. */
export async function questionInfo(page: Page, index: number): Promise<{ id: string; competency: string; type: string }> {
  return page.evaluate((i) => {
    const state = JSON.parse(localStorage.getItem("rapport-form/v1") ?? "{}") as { kit?: { questions: { id: string; competency: string; type: string }[] } };
    const q = state.kit?.questions[i];
    if (!q) throw new Error(`no question ${i}`);
    return { id: q.id, competency: q.competency, type: q.type };
  }, index);
}

/** The form's saved work, as stored in the browser. */
export async function savedWork(page: Page): Promise<{ candidateId: string; view: string; work: Record<string, { answer: string; rating: number | null }>; kit: { id: string } | null }> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("rapport-form/v1") ?? "null"));
}
