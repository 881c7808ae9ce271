// Fast to open: the page is usable before the scorer and its NLP model arrive, which are in their own chunk.
import { describe, expect, it } from "vitest";
import { openFresh, questions, useForm } from "./session.js";

const under = useForm();

describe("loading the form", () => {
  it("keeps the NLP model out of the page's first script", () => {
    const [entry, ...others] = [...under.form.scripts].sort((a, b) => Number(b.entry) - Number(a.entry));
    expect(entry?.entry).toBe(true);
    expect(entry?.modules.some((m) => m.includes("wink-"))).toBe(false);
    const scorer = others.find((s) => s.modules.some((m) => m.includes("wink-eng-lite-web-model")));
    expect(scorer?.name).toMatch(/^scoring-/);
    expect(others.find((s) => s.modules.some((m) => m.includes("chart.js")))?.entry).toBe(false);
  });

  it("lets the recruiter build a kit and type an answer while the scorer is still loading, then scores it", async () => {
    const { page } = await openFresh(under);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/scoring-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.getByRole("heading", { name: "1 · The interview kit" }).waitFor();
    expect(await page.locator(".model-status").textContent()).toMatch(/^Loading the scorer/);
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    await page.getByRole("button", { name: "Start the interview →" }).click();
    const card = questions(page).first();
    await card.getByLabel("The candidate's answer").fill("I listened to the customer, apologised for the delay and sent a replacement the same day; she wrote to thank us.");
    await page.waitForTimeout(400);
    expect(await card.locator(".score-panel [role=status]").textContent()).toMatch(/^The scorer is loading/);
    expect(await page.evaluate(() => window.rapportForm?.scoringReadyAt)).toBeNull();
    release();
    await expect.poll(() => card.locator(".score-panel [role=status]").textContent(), { timeout: 20_000 }).toMatch(/^Level \d/);
    expect(await page.locator(".model-status").textContent()).toMatch(/^Scorer ready/);
  });
});
