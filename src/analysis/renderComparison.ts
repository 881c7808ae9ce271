import type { Estimate } from "../stats/index.js";
import type { ComparisonStatistics, ScoreComparison } from "./compareScores.js";
import { escapeHtml, fixed2, type HtmlChart, htmlPage, type HtmlReportOptions, htmlTable, intervalText, markdownTable, percent } from "./format.js";

/** The statistics as table rows: name, value, interval. */
function statisticRows(c: ScoreComparison, s: ComparisonStatistics): string[][] {
  const row = (name: string, e: Estimate, show: (v: number | null) => string = fixed2): string[] => [name, show(e.value), intervalText(e, show)];
  return [
    row("exact agreement (levels)", s.exact, percent),
    row("adjacent agreement, ±1 level", s.adjacent, percent),
    row("Cohen's kappa, unweighted", s.kappa.unweighted),
    row("Cohen's kappa, linear weights", s.kappa.linear),
    row("Cohen's kappa, quadratic weights (QWK)", s.kappa.quadratic),
    row("Pearson r (scores)", s.pearson),
    row("Spearman ρ (scores)", s.spearman),
    row("ICC(2,1), one rating (scores)", s.icc21),
    row("ICC(2,k), mean of the two (scores)", s.icc2k),
    row("Krippendorff's α, ordinal (levels)", s.alphaOrdinal),
    row("Krippendorff's α, interval (scores)", s.alphaInterval),
    row(`mean difference, ${c.labels.a} − ${c.labels.b}`, s.meanDifference),
  ];
}

function confusionRows(s: ComparisonStatistics): string[][] {
  const cols = s.confusion.categories.map((_, j) => s.confusion.counts.reduce((t, r) => t + (r[j] ?? 0), 0));
  return [
    ...s.confusion.categories.map((level, i) => {
      const counts = s.confusion.counts[i] ?? [];
      return [String(level), ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
    }),
    ["total", ...cols.map(String), String(s.n)],
  ];
}

function groupRows(c: ScoreComparison): string[][] {
  return c.groups.map((g) => {
    const s = g.statistics;
    return [g.value ?? "(none)", String(s.n), percent(s.exact.value), percent(s.adjacent.value), fixed2(s.kappa.quadratic.value), intervalText(s.kappa.quadratic), fixed2(s.spearman.value), fixed2(s.icc21.value)];
  });
}

/** The sentences that open the report: what was paired and what was left out. */
function summaryOf(c: ScoreComparison): string[] {
  const { a, b } = c.labels;
  return [
    `Paired on ${c.key.map((k) => `\`${k}\``).join(" + ")}: ${c.rows.a} rows in ${a}, ${c.rows.b} in ${b}; ${c.rows.matched} paired (${c.rows.onlyA} only in ${a}, ${c.rows.onlyB} only in ${b}).`,
    `Of the paired rows, ${c.unrated.a} have no level from ${a} and ${c.unrated.b} none from ${b} (insufficient evidence, left blank, or rejected); ${c.overall.n} were rated by both, and every figure below is on those.`,
    `Mean score: ${a} ${fixed2(c.overall.means.a)}, ${b} ${fixed2(c.overall.means.b)}.`,
  ];
}

const footnote = (c: ScoreComparison): string =>
  `Intervals: ${Math.round(c.settings.level * 100)}% percentile bootstrap over the paired items (seed ${c.settings.seed}, ${c.settings.resamples.toLocaleString("en-US")} resamples); "–" where a figure is undefined (too few items, or no variation). Kappa, agreement, the matrix and ordinal alpha read the levels 1-5; the correlations, ICCs and interval alpha read the scores.`;

const GROUP_HEADER = (by: string): string[] => [by, "n:", "exact:", "adjacent:", "QWK:", "QWK interval", "Spearman:", "ICC(2,1):"];

/**
 * Renders a comparison as Markdown: what was paired, every statistic with its interval, the levels
 * cross-tabulated, and the breakdown by the `by` field.
 *
 * @param comparison - from {@link compareScores}
 * @returns Markdown
 * @example
 * ```ts
 * import { compareScores, renderComparisonMarkdown } from "rapport";
 *
 * const comparison = compareScores([{ id: "1", level: 3 }], [{ id: "1", level: 4 }], { resamples: 0, labels: ["scorer", "human"] });
 * renderComparisonMarkdown(comparison).split("\n")[0]; //=> "# Scores compared: scorer and human"
 * ```
 */
export function renderComparisonMarkdown(comparison: ScoreComparison): string {
  const c = comparison;
  const parts = [
    `# Scores compared: ${c.labels.a} and ${c.labels.b}`,
    summaryOf(c).join("\n"),
    markdownTable(["statistic", "value:", "interval"], statisticRows(c, c.overall)),
    `## Levels cross-tabulated (rows: ${c.labels.a}, columns: ${c.labels.b})`,
    markdownTable([`${c.labels.a} ↓ / ${c.labels.b} →`, ...c.overall.confusion.categories.map((l) => `${l}:`), "total:"], confusionRows(c.overall)),
  ];
  if (c.by !== null) parts.push(`## By ${c.by}`, markdownTable(GROUP_HEADER(c.by), groupRows(c)));
  parts.push(footnote(c));
  return `${parts.join("\n\n")}\n`;
}

const HEATMAP = `const max=Math.max(1,...data.cells.map(c=>c.v));new Chart(canvas,{type:"matrix",data:{datasets:[{label:"items",data:data.cells,
backgroundColor:(ctx)=>{const v=ctx.raw?ctx.raw.v:0;return "rgba(33,102,172,"+(0.08+0.92*v/max)+")";},borderColor:"#fff",borderWidth:1,
width:({chart})=>(chart.chartArea||{}).width/5-2,height:({chart})=>(chart.chartArea||{}).height/5-2}]},
options:{animation:false,aspectRatio:1.15,plugins:{legend:{display:false},tooltip:{callbacks:{title:()=>"",label:(c)=>data.a+" "+c.raw.y+", "+data.b+" "+c.raw.x+": "+c.raw.v}}},
scales:{x:{type:"linear",min:0.5,max:5.5,offset:false,afterBuildTicks:(axis)=>{axis.ticks=[1,2,3,4,5].map((value)=>({value}));},grid:{display:false},title:{display:true,text:data.b+" (level)"}},
y:{type:"linear",reverse:true,min:0.5,max:5.5,offset:false,afterBuildTicks:(axis)=>{axis.ticks=[1,2,3,4,5].map((value)=>({value}));},grid:{display:false},title:{display:true,text:data.a+" (level)"}}}}});`;

const SCATTER = `new Chart(canvas,{type:"scatter",data:{datasets:[{label:"items",data:data.points.map(p=>({x:p.b,y:p.a})),pointRadius:3,backgroundColor:"rgba(33,102,172,0.35)"},
{type:"line",label:"equal",data:[{x:1,y:1},{x:5,y:5}],borderColor:"#999",borderDash:[4,4],pointRadius:0}]},
options:{animation:false,aspectRatio:1.15,plugins:{legend:{display:false}},scales:{x:{min:1,max:5,title:{display:true,text:data.b+" (score)"}},y:{min:1,max:5,title:{display:true,text:data.a+" (score)"}}}}});`;

/**
 * Renders a comparison as one self-contained HTML page: the tables of the Markdown report, a heat map
 * of the levels cross-tabulated and a scatter plot of the scores, drawn by Chart.js (inlined, so the
 * page opens offline).
 *
 * @param comparison - from {@link compareScores}
 * @param options - the chart scripts to inline (rapport's CLI passes Chart.js and chartjs-chart-matrix)
 * @returns the page
 * @example
 * ```ts
 * import { compareScores, renderComparisonHtml } from "rapport";
 *
 * const comparison = compareScores([{ id: "1", level: 3 }], [{ id: "1", level: 4 }], { resamples: 0 });
 * const page = renderComparisonHtml(comparison); // pass { chartScripts } (Chart.js and chartjs-chart-matrix) for charts
 * page.startsWith("<!doctype html>"); //=> true
 * ```
 */
export function renderComparisonHtml(comparison: ScoreComparison, options: HtmlReportOptions = {}): string {
  const c = comparison;
  const cells = c.overall.confusion.categories.flatMap((ra, i) => c.overall.confusion.categories.map((rb, j) => ({ x: rb, y: ra, v: c.overall.confusion.counts[i]?.[j] ?? 0 })));
  const charts: HtmlChart[] = [
    { id: "heatmap", title: `Levels: ${c.labels.a} (rows) against ${c.labels.b} (columns)`, draw: HEATMAP, data: { cells, a: c.labels.a, b: c.labels.b } },
    { id: "scatter", title: `Scores: ${c.labels.a} against ${c.labels.b}${c.points.length < c.overall.n ? ` (a seeded sample of ${c.points.length})` : ""}`, draw: SCATTER, data: { points: c.points, a: c.labels.a, b: c.labels.b } },
  ];
  const body = [
    `<h1>${escapeHtml(`Scores compared: ${c.labels.a} and ${c.labels.b}`)}</h1>`,
    ...summaryOf(c).map((s) => `<p>${escapeHtml(s)}</p>`),
    htmlTable(["statistic", "value:", "interval"], statisticRows(c, c.overall)),
    `<h2>${escapeHtml(`Levels cross-tabulated (rows: ${c.labels.a}, columns: ${c.labels.b})`)}</h2>`,
    htmlTable([`${c.labels.a} ↓ / ${c.labels.b} →`, ...c.overall.confusion.categories.map((l) => `${l}:`), "total:"], confusionRows(c.overall)),
    ...(c.by !== null ? [`<h2>${escapeHtml(`By ${c.by}`)}</h2>`, htmlTable(GROUP_HEADER(c.by), groupRows(c))] : []),
    `<p class="note">${escapeHtml(footnote(c))}</p>`,
  ].join("\n");
  return htmlPage(`Scores compared: ${c.labels.a} and ${c.labels.b}`, body, charts, options);
}
