// One question completed with the keyboard alone: no mouse, no clicks, no filling by script.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openFresh, savedWork, scorerReady, useForm } from "./session.js";

const under = useForm();

/** The accessible name of the focused control: its label's text, or its own text for a button. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return "";
    const labelled = (active as HTMLInputElement).labels?.[0]?.textContent ?? active.getAttribute("aria-label");
    return (labelled ?? active.textContent ?? "").trim();
  });
}

/** Presses Tab until the focused control has this name. */
async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe("the form by keyboard alone", () => {
  it("builds a kit, answers and rates the first question, and reaches the profile", async () => {
    const { page } = await openFresh(under);
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Skip to the form");
    await tabTo(page, "Role");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "Create the interview kit");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("heading", { name: /Retail associate — 45-minute interview kit/ }).count()).toBe(1);
    await tabTo(page, "Start the interview →");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "2 · The interview" }).waitFor();
    await scorerReady(page);

    await tabTo(page, "The candidate's answer");
    await page.keyboard.type("A customer came back angry because the blender she bought had cracked. I apologised, checked the receipt and swapped it for a new one on the spot, then showed her the safe fill line. She thanked me and came back the next week.");
    await tabTo(page, "Your rating");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    const card = page.locator("article.question").first();
    await expect.poll(() => card.locator(".score-panel [role=status]").textContent(), { timeout: 10_000 }).toMatch(/^Level \d/);
    const saved = await savedWork(page);
    const work = Object.values(saved.work)[0];
    expect(work?.answer).toMatch(/^A customer came back angry/);
    expect(work?.rating).toBe(4);

    await tabTo(page, "See the profile →", 200);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".role-fit").textContent(), { timeout: 15_000 }).toMatch(/^Role fit/);
    expect(await focusedName(page)).toBe("3 · The candidate's profile");
  });
});
