// Candidate text is only ever text; empty, short and oversized answers get a clear message; custom questions are linted as typed.
import { describe, expect, it } from "vitest";
import { answer, openFresh, questions, scorerReady, useForm } from "./session.js";

const under = useForm();

const HOSTILE =
  'I apologised to the customer <img src=x onerror="window.__pwned = 1"> and then <script>window.__pwned = 2</script> I refunded the order ' +
  'myself the same afternoon, called her back to check it had arrived, and she thanked me. <b onmouseover="window.__pwned=3">bold?</b>';

async function interview(page: import("playwright-core").Page): Promise<void> {
  await page.getByRole("button", { name: "Create the interview kit" }).click();
  await page.getByRole("button", { name: "Start the interview →" }).click();
  await scorerReady(page);
}

describe("the form keeps candidate text safe", () => {
  it("shows an answer with HTML and scripts as text, and runs none of it", async () => {
    const { page } = await openFresh(under);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByLabel("Candidate reference").fill('<img src=y onerror="window.__pwned=4">');
    await interview(page);
    const card = questions(page).first();
    await answer(card, HOSTILE);
    // The answer as shown, less the notes for screen readers inside the highlights.
    const shown = await card.locator(".answer-text").evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".visually-hidden").forEach((note) => note.remove());
      return copy.textContent;
    });
    expect(shown).toBe(HOSTILE);
    expect(await page.locator("main img, main script, main b[onmouseover]").count()).toBe(0);
    await card.locator(".answer-text").hover();
    await page.getByRole("button", { name: "3 · Profile" }).click();
    await page.locator(".role-fit").waitFor();
    expect(await page.locator(".summary").textContent()).toContain('<img src=y onerror="window.__pwned=4">');
    await page.locator(".profile-evidence summary").click();
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  it("says why an empty, too short or oversized answer is not scored, and recovers", async () => {
    const { page, errors } = await openFresh(under);
    await interview(page);
    const card = questions(page).first();
    const status = card.locator(".score-panel [role=status]");
    expect(await status.textContent()).toMatch(/^No answer yet/);
    await card.getByLabel("The candidate's answer").fill("x".repeat(60_000));
    await expect.poll(() => status.textContent()).toMatch(/^This answer is 60,000 characters long; answers over 50,000 characters are not scored/);
    expect(await answer(card, "I helped.").then((s) => s.textContent())).toMatch(/^Not enough evidence to rate/);
    expect(await card.locator(".flags li").first().textContent()).toMatch(/at least \d+ are needed/);
    await card.getByLabel("The candidate's answer").fill("   ");
    await expect.poll(() => status.textContent()).toMatch(/^No answer yet/);
    expect(await answer(card, "I listened to the customer, apologised for the delay and sent a replacement the same day; she wrote to thank us.").then((s) => s.textContent())).toMatch(/^Level \d/);
    expect(errors).toEqual([]);
  });

  it("lints the interviewer's own question as it is typed, with the reasons, and adds only a clean one", async () => {
    const { page } = await openFresh(under);
    const text = page.getByLabel("Question", { exact: true });
    const add = page.getByRole("button", { name: "Add this question" });
    await text.fill("What year did you finish school?");
    await expect.poll(() => page.locator(".lint").textContent()).toMatch(/Do not ask: Asks about age or date of birth, directly or by proxy.*\(“?What year did you finish/);
    expect(await add.isDisabled()).toBe(true);
    await text.fill("Tell me about a time you had to say no to a customer and what did your manager think?");
    await expect.poll(() => page.locator(".lint").textContent()).toMatch(/Asks two things at once/);
    const star = "Tell me about a time you had to say no to a customer. How did you handle it?";
    await text.fill(star);
    await expect.poll(() => page.locator(".lint").textContent()).toMatch(/No problems found/);
    await page.getByLabel("Assesses").selectOption({ label: "Professionalism" });
    await add.click();
    expect(await page.locator(".custom-list li").first().textContent()).toContain(star);
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    await page.getByRole("button", { name: "Start the interview →" }).click();
    expect(await questions(page).first().locator(".question-text").textContent()).toBe(star);
    expect(await questions(page).first().locator("h3").textContent()).toMatch(/^Q1 · Professionalism/);
  });
});
