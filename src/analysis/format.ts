import type { Estimate } from "../stats/index.js";

/**
 * A number with two decimals, or "–" when there is none.
 *
 * @param v - the number
 * @returns the text
 * @example
 * fixed2(0.7312)
 * //=> "0.73"
 */
export function fixed2(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  return Math.abs(v) < 0.005 ? "0.00" : v.toFixed(2); // no "-0.00"
}

/**
 * A share as a percentage with one decimal, or "–" when there is none.
 *
 * @param v - the share, 0-1
 * @returns the text
 * @example
 * percent(0.4567)
 * //=> "45.7%"
 */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "–" : `${(v * 100).toFixed(1)}%`;
}

/**
 * An estimate's interval, "lower – upper", or "–" without one.
 *
 * @param e - the estimate
 * @param show - how to show each end
 * @returns the text
 * @example
 * intervalText({ value: 0.5, lower: 0.41, upper: 0.6 })
 * //=> "0.41 – 0.60"
 */
export function intervalText(e: Estimate, show: (v: number | null) => string = fixed2): string {
  return e.lower === null || e.upper === null ? "–" : `${show(e.lower)} – ${show(e.upper)}`;
}

/**
 * Escapes text for HTML.
 *
 * @param text - any text
 * @returns the text with `& < > " '` escaped
 * @example
 * escapeHtml("<b>")
 * //=> "&lt;b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/**
 * A Markdown table from a header and rows; `|` in cells is escaped.
 *
 * @param header - column titles; a title ending in ":" is right-aligned (the colon is dropped)
 * @param rows - the cells
 * @returns the table, one line per row
 * @example
 * markdownTable(["a", "n:"], [["x", "1"]])
 * //=> "| a | n |\n| --- | ---: |\n| x | 1 |"
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string): string => c.replaceAll("|", "\\|");
  const titles = header.map((h) => (h.endsWith(":") ? h.slice(0, -1) : h));
  const align = header.map((h) => (h.endsWith(":") ? "---:" : "---"));
  return [`| ${titles.map(cell).join(" | ")} |`, `| ${align.join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

/**
 * An HTML table from a header and rows (cells escaped).
 *
 * @param header - column titles; a title ending in ":" is right-aligned (the colon is dropped)
 * @param rows - the cells
 * @returns the table
 * @example
 * htmlTable(["a"], [["<x>"]]).includes("&lt;x&gt;")
 * //=> true
 */
export function htmlTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const right = header.map((h) => h.endsWith(":"));
  const th = header.map((h, i) => `<th${right[i] ? ' class="num"' : ""}>${escapeHtml(right[i] ? h.slice(0, -1) : h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${right[i] ? ' class="num"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Options of the HTML renderers. */
export interface HtmlReportOptions {
  /**
   * The charting library's browser scripts, inlined in order so that the page opens offline: Chart.js's
   * UMD build, then chartjs-chart-matrix's. rapport's CLI passes them; without them the report has tables only.
   */
  readonly chartScripts?: readonly string[];
}

/** A chart: a canvas and the code that draws it with Chart.js (`Chart` is a global once the scripts load). */
export interface HtmlChart {
  readonly id: string;
  readonly title: string;
  /** JavaScript run with `data` bound to the chart's JSON data and `canvas` to its element. */
  readonly draw: string;
  readonly data: unknown;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #c8ccd0;padding:.3rem .55rem}th{background:#f1f3f5}
td.num,th.num{text-align:right}.chart{max-width:640px;margin:1.5rem 0}.note{color:#555}`;

/** JSON safe inside a script element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll("<", "\\u003c");

/**
 * A whole, self-contained HTML page: the body, the charting library inlined, and each chart drawn.
 *
 * @param title - the page title
 * @param body - the body's HTML (already escaped)
 * @param charts - the charts to draw
 * @param options - the chart scripts to inline
 * @returns the page
 * @example
 * htmlPage("Report", "<p>hi</p>", [], {}).startsWith("<!doctype html>")
 * //=> true
 */
export function htmlPage(title: string, body: string, charts: readonly HtmlChart[], options: HtmlReportOptions): string {
  const scripts = options.chartScripts ?? [];
  const canDraw = scripts.length > 0;
  const canvases = charts.map((c) => `<figure class="chart"><figcaption>${escapeHtml(c.title)}</figcaption><canvas id="${c.id}"></canvas></figure>`).join("\n");
  const note = charts.length > 0 && !canDraw ? '<p class="note">Charts are left out: this report was made without the charting library.</p>' : "";
  const library = scripts.map((s) => `<script>${s.replaceAll("</script", "<\\/script")}</script>`).join("\n");
  const draws = charts.map((c) => `(function(){const data=${scriptJson(c.data)};const canvas=document.getElementById(${JSON.stringify(c.id)});${c.draw}canvas.dataset.drawn="true";})();`).join("\n");
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    body,
    canDraw && charts.length > 0 ? `<h2>Charts</h2>\n${canvases}` : note,
    canDraw ? `${library}\n<script>${draws}</script>` : "",
    "</body></html>",
    "",
  ].join("\n");
}
