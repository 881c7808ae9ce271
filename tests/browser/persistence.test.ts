// Work is saved as it is typed and survives a reload; "New candidate" clears it only after confirming.
import { describe, expect, it } from "vitest";
import { answerFor } from "./fixtures.js";
import { answer, openFresh, questionInfo, questions, savedWork, scorerReady, useForm } from "./session.js";

const under = useForm();

describe("the form's work in the browser", () => {
  it("keeps the kit, answers, ratings and view across a reload, and scores the answers again", async () => {
    const { page } = await openFresh(under);
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Technical support specialist" });
    await page.getByLabel("Candidate reference").fill("cand-reload");
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    await page.getByRole("button", { name: "Start the interview →" }).click();
    await scorerReady(page);
    const info = await questionInfo(page, 0);
    const text = answerFor(info.competency, info.type, 4);
    const before = await (await answer(questions(page).first(), text)).textContent();
    await questions(page).first().getByLabel("Your rating").selectOption("3");
    const titles = await questions(page).locator(".question-text").allTextContents();

    await page.reload();
    await page.getByRole("heading", { name: "2 · The interview" }).waitFor();
    expect(await page.getByLabel("Candidate reference").inputValue()).toBe("cand-reload");
    expect(await questions(page).locator(".question-text").allTextContents()).toEqual(titles);
    const card = questions(page).first();
    expect(await card.getByLabel("The candidate's answer").inputValue()).toBe(text);
    expect(await card.getByLabel("Your rating").inputValue()).toBe("3");
    await expect.poll(() => card.locator(".score-panel [role=status]").textContent(), { timeout: 20_000 }).toBe(before);
  });

  it("clears answers, ratings and the reference for a new candidate only after confirming, keeping the kit", async () => {
    const { page } = await openFresh(under);
    await page.getByLabel("Candidate reference").fill("cand-first");
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    await page.getByRole("button", { name: "Start the interview →" }).click();
    await scorerReady(page);
    await answer(questions(page).first(), "I listened to the customer, apologised for the delay and sent a replacement the same day.");
    const kitId = (await savedWork(page)).kit?.id;

    await page.getByRole("button", { name: "New candidate…" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.textContent()).toMatch(/The kit stays/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await questions(page).first().getByLabel("The candidate's answer").inputValue()).toMatch(/^I listened/);
    expect((await savedWork(page)).candidateId).toBe("cand-first");

    await page.getByRole("button", { name: "New candidate…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Clear and start" }).click();
    await expect.poll(() => questions(page).first().getByLabel("The candidate's answer").inputValue()).toBe("");
    const saved = await savedWork(page);
    expect(saved.work).toEqual({});
    expect(saved.candidateId).not.toBe("cand-first");
    expect(saved.kit?.id).toBe(kitId);
    expect(await page.getByLabel("Candidate reference").inputValue()).toBe(saved.candidateId);
    await page.reload();
    await page.getByRole("heading", { name: "2 · The interview" }).waitFor();
    expect(await questions(page).first().getByLabel("The candidate's answer").inputValue()).toBe("");
  });
});
