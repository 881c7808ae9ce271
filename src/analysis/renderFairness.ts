import { type FairnessAudit, type FairnessTable, FOUR_FIFTHS } from "./auditFairness.js";
import { escapeHtml, fixed2, type HtmlChart, htmlPage, type HtmlReportOptions, htmlTable, markdownTable, percent } from "./format.js";

const HEADER = ["category", "n:", "share:", "selected:", "selection rate:", "impact ratio:", "above median:", "scoring rate:", "impact ratio:", "mean score:", "SMD (d):", "notes"];

function categoryRows(table: FairnessTable): string[][] {
  return table.categories.map((c) => {
    const flag = (r: number | null): string => (r === null ? "–" : `${r.toFixed(2)}${r < FOUR_FIFTHS ? " ⚠" : ""}`);
    const notes = [c.excluded !== null ? "excluded from ratios (under the threshold)" : "", c.small ? "small group" : "", c.unrated > 0 ? `${c.unrated} without a level` : ""].filter((n) => n !== "");
    return [c.value, String(c.n), percent(c.share), String(c.selected), percent(c.selectionRate), flag(c.selectionImpactRatio), String(c.aboveMedian), percent(c.scoringRate), flag(c.scoringImpactRatio), fixed2(c.meanScore), fixed2(c.smd), notes.join("; ")];
  });
}

const tableTitle = (t: FairnessTable): string => `By ${t.fields.join(" × ")}`;

const tableNote = (t: FairnessTable): string =>
  `Rows with no value for ${t.fields.join(" or ")} (unknown): ${t.unknown}. Highest selection rate: ${t.reference.selection ?? "–"}; highest scoring rate: ${t.reference.scoring ?? "–"}.`;

function introOf(a: FairnessAudit): string[] {
  return [
    `${a.rows.total} rows: ${a.rows.audited} audited, ${a.rows.rejected} rejected by the scorer (left out), and ${a.rows.unrated} audited rows without a level (counted as not selected and not above the median).`,
    `Selected: level ${a.cutoff} or above. Scoring rate: the share scoring above the median of all audited scores (${fixed2(a.median)}). Groups under ${a.minGroupSize} rows are marked small${a.excludeUnder !== null ? `; categories under ${percent(a.excludeUnder)} of the rows are left out of the impact ratios` : ""}.`,
  ];
}

/** How to read the figures, with the rules they come from. */
export const FAIRNESS_METHOD: readonly string[] = [
  "Selection rate: the share of a category at or above the cutoff. Impact ratio: a category's rate over the highest category's rate. A ratio under 0.80 (⚠) is what the Uniform Guidelines' four-fifths rule (29 CFR 1607.4(D)) generally regards as evidence of adverse impact; with small numbers a larger difference may not be, and a smaller one may be if it is statistically and practically significant.",
  "Scoring rate and its impact ratio: the share of a category scoring above the whole sample's median, over the highest category's share, as NYC Local Law 144's bias-audit rules define them for tools that score (6 RCNY § 5-300); the rules also ask for the number of people of unknown category and allow categories under 2% of the data to be left out of the ratios with the reason stated (§ 5-301).",
  "SMD (d): the category's mean score minus the mean of every other known category's, over the pooled standard deviation (Cohen's d). Negative means lower scores.",
  "These figures describe the scores; they do not by themselves establish or rule out discrimination. Audit per person (one row each); rows are treated as independent.",
];

/**
 * Renders a fairness audit as Markdown: one table per group field and intersection, the warnings,
 * and how to read the figures.
 *
 * @param audit - from {@link auditFairness}
 * @returns Markdown
 * @example
 * ```ts
 * import { auditFairness, renderFairnessMarkdown } from "rapport";
 *
 * const audit = auditFairness([{ id: 1, level: 4, gender: "f" }, { id: 2, level: 3, gender: "m" }], { groups: ["gender"] });
 * renderFairnessMarkdown(audit).includes("## By gender"); //=> true
 * ```
 */
export function renderFairnessMarkdown(audit: FairnessAudit): string {
  const parts = ["# Fairness audit", introOf(audit).join("\n")];
  for (const t of audit.tables) parts.push(`## ${tableTitle(t)}`, markdownTable(HEADER, categoryRows(t)), tableNote(t));
  parts.push("## Warnings", audit.warnings.length === 0 ? "None." : audit.warnings.map((w) => `- ${w.table}: ${w.message}`).join("\n"));
  parts.push("## How to read this", FAIRNESS_METHOD.map((m) => `- ${m}`).join("\n"));
  return `${parts.join("\n\n")}\n`;
}

const RATIOS = `new Chart(canvas,{type:"bar",data:{labels:data.labels,datasets:[{label:"selection impact ratio",data:data.selection,backgroundColor:"rgba(33,102,172,0.75)"},
{label:"scoring impact ratio",data:data.scoring,backgroundColor:"rgba(239,138,98,0.8)"},
{type:"line",label:"four-fifths (0.80)",data:data.labels.map(()=>0.8),borderColor:"#b2182b",borderDash:[6,4],pointRadius:0}]},
options:{animation:false,scales:{y:{min:0,max:1.05,title:{display:true,text:"impact ratio"}}}}});`;

/**
 * Renders a fairness audit as one self-contained HTML page: the tables and warnings of the Markdown
 * report and, per table, a bar chart of the impact ratios against the four-fifths line, drawn by
 * Chart.js (inlined, so the page opens offline).
 *
 * @param audit - from {@link auditFairness}
 * @param options - the chart scripts to inline
 * @returns the page
 * @example
 * ```ts
 * import { auditFairness, renderFairnessHtml } from "rapport";
 *
 * const audit = auditFairness([{ id: 1, level: 4, gender: "f" }, { id: 2, level: 3, gender: "m" }], { groups: ["gender"] });
 * renderFairnessHtml(audit).includes("four-fifths"); //=> true
 * ```
 */
export function renderFairnessHtml(audit: FairnessAudit, options: HtmlReportOptions = {}): string {
  const charts: HtmlChart[] = audit.tables.map((t, i) => ({
    id: `ratios-${i}`,
    title: `Impact ratios ${tableTitle(t).toLowerCase()}`,
    draw: RATIOS,
    data: { labels: t.categories.map((c) => c.value), selection: t.categories.map((c) => c.selectionImpactRatio), scoring: t.categories.map((c) => c.scoringImpactRatio) },
  }));
  const body = [
    "<h1>Fairness audit</h1>",
    ...introOf(audit).map((s) => `<p>${escapeHtml(s)}</p>`),
    ...audit.tables.flatMap((t) => [`<h2>${escapeHtml(tableTitle(t))}</h2>`, htmlTable(HEADER, categoryRows(t)), `<p>${escapeHtml(tableNote(t))}</p>`]),
    "<h2>Warnings</h2>",
    audit.warnings.length === 0 ? "<p>None.</p>" : `<ul>${audit.warnings.map((w) => `<li>${escapeHtml(`${w.table}: ${w.message}`)}</li>`).join("")}</ul>`,
    "<h2>How to read this</h2>",
    `<ul>${FAIRNESS_METHOD.map((m) => `<li>${escapeHtml(m)}</li>`).join("")}</ul>`,
  ].join("\n");
  return htmlPage("Fairness audit", body, charts, options);
}
