import { describe, expect, it } from "vitest";
import { auditFairness } from "./auditFairness.js";
import { compareScores } from "./compareScores.js";
import { raterEffects } from "./raterEffects.js";
import { renderComparisonHtml, renderComparisonMarkdown } from "./renderComparison.js";
import { renderFairnessHtml, renderFairnessMarkdown } from "./renderFairness.js";
import { renderRatersMarkdown } from "./renderPanel.js";

const a = Array.from({ length: 30 }, (_, i) => ({ id: String(i), level: (i % 5) + 1, competency: i % 2 ? "empathy" : "patience" }));
const b = a.map((r, i) => ({ id: r.id, level: i % 7 === 0 ? Math.min(5, r.level + 1) : r.level }));

describe("reports", () => {
  it("puts every statistic, the matrix and the breakdown in the Markdown comparison", () => {
    const c = compareScores(a, b, { by: "competency", labels: ["scorer", "human"], resamples: 50 });
    const md = renderComparisonMarkdown(c);
    expect(md).toMatch(/^# Scores compared: scorer and human/);
    expect(md).toContain(`| exact agreement (levels) | ${((c.overall.exact.value as number) * 100).toFixed(1)}% |`);
    expect(md).toContain(`| Cohen's kappa, quadratic weights (QWK) | ${(c.overall.kappa.quadratic.value as number).toFixed(2)} |`);
    expect(md).toContain("## By competency");
    expect(md).toMatch(/\| patience \| 15 \|/);
    expect(md).toContain("seed 1, 50 resamples");
  });

  it("inlines the chart scripts and escapes labels in HTML, and says so when charts are left out", () => {
    const c = compareScores(a, b, { labels: ["<scorer>", "human"], resamples: 0 });
    const page = renderComparisonHtml(c, { chartScripts: ["window.Chart = function () {};", "/* matrix */ '</script>'"] });
    expect(page).toContain("window.Chart = function () {};");
    expect(page).not.toContain("'</script>'"); // a closing tag inside a library cannot end its script early
    expect(page).toContain("&lt;scorer&gt;");
    expect(page.match(/<canvas/g)).toHaveLength(2);
    const bare = renderComparisonHtml(c);
    expect(bare).not.toContain("<canvas");
    expect(bare).toContain("Charts are left out");
  });

  it("renders the fairness tables with flags, warnings and the rules they follow", () => {
    const rows = [...Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, level: i < 6 ? 4 : 2, g: "M" })), ...Array.from({ length: 10 }, (_, i) => ({ id: `f${i}`, level: i < 3 ? 4 : 2, g: "F" }))];
    const audit = auditFairness(rows, { groups: ["g"] });
    const md = renderFairnessMarkdown(audit);
    expect(md).toMatch(/\| F \| 10 \| 50\.0% \| 3 \| 30\.0% \| 0\.50 ⚠ \|/);
    expect(md).toContain("29 CFR 1607.4(D)");
    expect(md).toContain("6 RCNY § 5-300");
    expect(md).toMatch(/- g: F has 10 rows \(fewer than 30\)/);
    expect(renderFairnessHtml(audit, { chartScripts: ["/* chart */"] })).toContain('id="ratios-0"');
  });

  it("renders rater calibration with verdicts", () => {
    const ratings = ["c1", "c2", "c3", "c4", "c5", "c6"].flatMap((c, i) => [
      { interviewer: "Ana", candidate: c, level: 1 + (i % 4) },
      { interviewer: "Ben", candidate: c, level: 2 + (i % 4) },
    ]);
    const md = renderRatersMarkdown(raterEffects(ratings, { resamples: 100 }));
    expect(md).toMatch(/\| Ben \| 6 \| 6 \| 1\.00 \|.*\| lenient \|/);
    expect(md).toMatch(/\| Ana \| 6 \| 6 \| -1\.00 \|.*\| severe \|/);
  });
});
