// The recruiter's whole flow in Chromium: role, kit, answers and ratings, profile, export, print.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CandidateProfile } from "../../src/index.js";
import { answerFor } from "./fixtures.js";
import { answer, openFresh, questionInfo, questions, scorerReady, useForm } from "./session.js";

const artifacts = fileURLToPath(new URL("./artifacts/", import.meta.url));
const schema = JSON.parse(readFileSync(new URL("../../schemas/CandidateProfile.json", import.meta.url), "utf8")) as object;
const downloads = mkdtempSync(join(tmpdir(), "rapport-downloads-"));
const under = useForm({ downloads });

describe("the recruiter form, from role to exported profile", () => {
  it("builds a kit for a role, scores every answer, and exports a profile that validates against the schema", async () => {
    const { page, errors } = await openFresh(under);
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Contact-centre agent" });
    await page.getByLabel("Interview length (minutes)").fill("45");
    await page.getByLabel("Candidate reference").fill("cand-flow-1");
    await page.getByLabel("Interviewer").fill("Ana");
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    await expect.poll(() => page.getByRole("heading", { name: /Contact-centre agent — 45-minute interview kit/ }).count()).toBe(1);
    await page.getByRole("button", { name: "Start the interview →" }).click();
    await scorerReady(page);

    const count = await questions(page).count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const card = questions(page).nth(i);
      await expect.poll(() => card.locator(".probes dd").count()).toBe(4);
      await expect.poll(() => card.locator(".anchors li").count()).toBe(3);
      const info = await questionInfo(page, i);
      const status = await answer(card, answerFor(info.competency, info.type, i % 2 === 0 ? 5 : 3));
      expect(await status.textContent()).toMatch(/^Level [1-5] · \w+ — expected level \d\.\d · confidence \d+%/);
      expect(await card.locator(".star li").count()).toBe(4);
      expect(await card.locator(".reasons li").count()).toBeGreaterThan(0);
      expect(await card.locator(".answer-text mark.evidence").count()).toBeGreaterThan(0);
      if (i < 2) await card.getByLabel("Your rating").selectOption("4");
    }

    await page.getByRole("button", { name: "See the profile →" }).click();
    const fit = page.locator(".role-fit");
    await expect.poll(() => fit.textContent(), { timeout: 15_000 }).toMatch(/^Role fit: \d+ \/ 100 — likely between \d+ and \d+; \d+% of the role's weight was assessed/);
    await expect.poll(() => radarPixels(page), { timeout: 10_000 }).toBeGreaterThan(2_000);
    expect(await page.getByRole("heading", { name: "Strengths" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Development areas" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Must-haves below the minimum" }).count()).toBe(1);
    expect(await page.locator(".meaning").textContent()).toMatch(/does not know whether a story is true/);
    expect(await page.locator(".competency-table tbody tr").count()).toBeGreaterThanOrEqual(count - 1);
    expect(await page.locator(".competency-table").textContent()).toMatch(/both \(you 60%\)/);

    mkdirSync(artifacts, { recursive: true });
    const box = await page.locator("main").boundingBox();
    if (box) await page.screenshot({ path: join(artifacts, "form-profile.png"), fullPage: true, clip: { x: box.x - 16, y: box.y - 8, width: box.width + 32, height: box.height + 16 } });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as JSON" }).click()]);
    expect(download.suggestedFilename()).toBe("profile-cand-flow-1.json");
    const exported = JSON.parse(readFileSync((await download.path()) ?? "", "utf8")) as unknown;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    expect(CandidateProfile.safeParse(exported).success).toBe(true);
    const profile = CandidateProfile.parse(exported);
    expect(profile.candidate.id).toBe("cand-flow-1");
    expect(profile.role?.id).toBe("contact-centre-agent");
    expect(profile.competencies.some((c) => c.source === "both" && c.raters === 1)).toBe(true);
    writeFileSync(join(artifacts, "profile.json"), JSON.stringify(exported, null, 2));
    expect(errors).toEqual([]);
  });

  it("prints the profile alone, cleanly, to PDF", async () => {
    const { page } = await openFresh(under);
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    await page.getByRole("button", { name: "Start the interview →" }).click();
    await scorerReady(page);
    const info = await questionInfo(page, 0);
    await answer(questions(page).first(), answerFor(info.competency, info.type, 5));
    await page.getByRole("button", { name: "3 · Profile" }).click();
    await page.locator(".role-fit").waitFor();
    await page.emulateMedia({ media: "print" });
    for (const hidden of ["header", "footer", ".profile .actions"]) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator(".profile .summary").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, "form-profile.pdf"), pdf);
  });

  it("builds a kit from competencies and weights of one's own, and gives the fit with those weights", async () => {
    const { page } = await openFresh(under);
    await page.getByLabel("Competencies and weights of my own").check();
    for (const [name, weight] of [["Patience", "5"], ["Empathy", "3"], ["Teamwork", "2"]] as const) {
      await page.getByRole("checkbox", { name }).check();
      await page.getByLabel(`Weight of ${name}, 1 to 10`).fill(weight);
      await page.getByLabel(`Weight of ${name}, 1 to 10`).dispatchEvent("change");
    }
    expect(await page.locator(".share").allTextContents()).toEqual(expect.arrayContaining(["50% of the interview", "30% of the interview", "20% of the interview"]));
    await page.getByRole("button", { name: "Create the interview kit" }).click();
    const coverage = page.locator(".kit table tbody tr th");
    await expect.poll(() => coverage.allTextContents()).toEqual(["Patience", "Empathy", "Teamwork"]);
    await page.getByRole("button", { name: "Start the interview →" }).click();
    await scorerReady(page);
    const info = await questionInfo(page, 0);
    await answer(questions(page).first(), answerFor(info.competency, info.type, 4));
    await page.getByRole("button", { name: "3 · Profile" }).click();
    await expect.poll(() => page.locator(".role-fit").textContent()).toMatch(/^Fit with your weights: \d+ \/ 100 — likely between \d+ and \d+; \d+% of the weight was assessed/);
  });
});

function radarPixels(page: import("playwright-core").Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".radar canvas");
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return 0;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}
