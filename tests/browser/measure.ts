// Measures the recruiter form in Chromium for docs/performance.md: JavaScript sizes, time until the page
// is usable and until the first score, and the latency from the typing debounce to the updated score.
// Run: `npx tsx tests/browser/measure.ts` (not a test: timings are measured, never asserted).
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import type { Page } from "playwright-core";
import { answerFor } from "./fixtures.js";
import { buildForm, CHROMIUM_PATH, openSession } from "./harness.js";

const RUNS = 7;
const EDITS = 100;

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number): string => `${n.toFixed(1)} ms`;
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function startInterview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: "Create the interview kit" }).click();
  await page.getByRole("button", { name: "Start the interview →" }).click();
  await page.waitForFunction(() => typeof window.rapportForm?.scoringReadyAt === "number");
}

/** Types EDITS short edits into the first answer, each followed by a pause longer than the debounce. */
async function typingLatencies(page: Page, base: string): Promise<{ updated: number[]; painted: number[] }> {
  const box = page.locator("article.question").first().getByLabel("The candidate's answer");
  await box.fill(base);
  await box.press("End");
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.rapportForm?.scoreLatencies.length ?? 0);
  for (let i = 0; i < EDITS; i++) {
    await page.keyboard.type(i % 2 === 0 ? " Then I checked" : " again.", { delay: 15 });
    await page.waitForFunction((n) => (window.rapportForm?.scoreLatencies.length ?? 0) > n, before + i, { timeout: 5_000 });
  }
  const all = await page.evaluate(() => window.rapportForm?.scoreLatencies ?? []);
  const mine = all.slice(before);
  return { updated: mine.map((l) => l.updated), painted: mine.map((l) => l.painted) };
}

/** Loads the page with one answer saved, RUNS times: when it was usable and when the first score showed. */
async function loadTimes(page: Page): Promise<{ usable: number[]; ready: number[]; first: number[] }> {
  const out = { usable: [] as number[], ready: [] as number[], first: [] as number[] };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(() => typeof window.rapportForm?.firstScoreAt === "number", null, { timeout: 30_000 });
    const m = await page.evaluate(() => window.rapportForm);
    out.usable.push(m?.usableAt ?? Number.NaN);
    out.ready.push(m?.scoringReadyAt ?? Number.NaN);
    out.first.push(m?.firstScoreAt ?? Number.NaN);
  }
  return out;
}

const form = await buildForm();
const session = await openSession(form);
const { page } = await session.newPage();
await startInterview(page, session.url);
const medium = answerFor("communication", "behavioural", 4);
const long = Array.from({ length: 6 }, () => medium).join(" ");
const typingMedium = await typingLatencies(page, medium);
const typingLong = await typingLatencies(page, long);
await page.locator("article.question").first().getByLabel("The candidate's answer").fill(medium);
await page.waitForTimeout(500);
const loads = await loadTimes(page);
await session.close();

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const chromium = execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" }).split("\n").find((l) => /chrom/i.test(l))?.trim();
console.log(`Measured ${new Date().toISOString().slice(0, 10)}; ${chromium}, headless; Node ${process.version}; ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB.\n`);
console.log("| script | loaded | raw | gzipped |\n| --- | --- | ---: | ---: |");
for (const s of [...form.scripts].sort((a, b) => Number(b.entry) - Number(a.entry) || a.bytes - b.bytes)) {
  console.log(`| ${s.name.replace(/-[\w-]{8}\.js$/, ".js")} | ${s.entry ? "with the page" : "on demand"} | ${kB(s.bytes)} | ${kB(s.gzip)} |`);
}
const total = form.scripts.reduce((a, s) => ({ bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzip }), { bytes: 0, gzip: 0 });
console.log(`| all | | ${kB(total.bytes)} | ${kB(total.gzip)} |\n`);
console.log("| what | p50 | p95 | max |\n| --- | ---: | ---: | ---: |");
const row = (name: string, values: readonly number[]): void => console.log(`| ${name} | ${ms(quantile(values, 0.5))} | ${ms(quantile(values, 0.95))} | ${ms(Math.max(...values))} |`);
row(`debounce → score on the page, ${words(medium)}-word answer (${EDITS} edits)`, typingMedium.updated);
row(`debounce → next frame rendered, ${words(medium)}-word answer`, typingMedium.painted);
row(`debounce → score on the page, ${words(long)}-word answer (${EDITS} edits)`, typingLong.updated);
row(`debounce → next frame rendered, ${words(long)}-word answer`, typingLong.painted);
row(`page usable after navigation (${RUNS} loads, cache off)`, loads.usable);
row("scorer and model loaded", loads.ready);
row("first score on the page (a saved answer)", loads.first);
