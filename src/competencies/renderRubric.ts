import type { Competency, RoleProfile } from "./schema.js";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * Renders a competency as a readable Markdown page: definition, facets, the five-level rubric,
 * the indicators a scorer looks for, and the sources.
 *
 * @param competency - the competency to render
 * @returns Markdown text
 * @example
 * ```ts
 * import { getCompetency, renderRubricMarkdown } from "rapport";
 *
 * renderRubricMarkdown(getCompetency("patience")).split("\n")[0]; //=> "# Patience (`patience`)"
 * ```
 */
export function renderRubricMarkdown(competency: Competency): string {
  const lines: string[] = [
    `# ${competency.name} (\`${competency.id}\`)`,
    "",
    competency.definition,
    "",
    `- **Cluster:** ${competency.cluster}`,
    `- **Also called:** ${competency.aliases.length > 0 ? competency.aliases.join(", ") : "—"}`,
    `- **Related:** ${competency.related.map((r) => `[${r}](./${r}.md)`).join(", ") || "—"}`,
    "",
  ];
  if (competency.facets.length > 0) {
    lines.push("## Facets", "");
    for (const facet of competency.facets) lines.push(`- **${facet.name}** (\`${facet.id}\`): ${facet.description}`);
    lines.push("");
  }
  lines.push("## Rubric", "", "| Level | What the answer shows | Behavioural anchors |", "| --- | --- | --- |");
  for (const level of competency.rubric) {
    lines.push(`| ${level.level} ${level.label} | ${cell(level.summary)} | ${level.anchors.map((a) => `• ${cell(a)}`).join("<br>")} |`);
  }
  lines.push("");
  for (const [kind, heading] of [
    ["positive", "## Behaviours the scorer looks for"],
    ["red-flag", "## Red flags"],
  ] as const) {
    const list = competency.indicators.filter((i) => i.kind === kind);
    if (list.length === 0) continue;
    lines.push(heading, "");
    for (const indicator of list) {
      lines.push(`- **${indicator.description}** (\`${indicator.id}\`${indicator.facet ? `, facet ${indicator.facet}` : ""})`);
      lines.push(`  - counts: ${indicator.examples.map((e) => `“${e}”`).join(" ")}`);
      lines.push(`  - does not count: ${indicator.nonExamples.map((e) => `“${e}”`).join(" ")}`);
    }
    lines.push("");
  }
  lines.push("## Sources", "");
  for (const source of competency.sources) lines.push(`- *${source.title}*${source.note ? ` — ${source.note}` : ""}`);
  lines.push("");
  return lines.join("\n");
}

/**
 * Renders a role profile as Markdown: its weights, heaviest first, and its must-have minimums.
 *
 * @param role - the role profile
 * @param names - display names by competency id, where known
 * @returns Markdown text
 * @example
 * ```ts
 * import { getRole, renderRoleMarkdown } from "rapport";
 *
 * renderRoleMarkdown(getRole("team-lead")).split("\n")[0]; //=> "# Customer service team lead (`team-lead`)"
 * ```
 */
export function renderRoleMarkdown(role: RoleProfile, names: Readonly<Record<string, string>> = {}): string {
  const must = new Map(role.mustHave.map((m) => [m.competency, m.minLevel]));
  const lines = [
    `# ${role.name} (\`${role.id}\`)`,
    "",
    role.description,
    "",
    `Settings: ${role.settings.join(", ")}`,
    "",
    "| Competency | Weight | Must have |",
    "| --- | ---: | --- |",
  ];
  for (const [id, weight] of Object.entries(role.weights).sort((a, b) => b[1] - a[1])) {
    const min = must.get(id);
    lines.push(`| ${names[id] ?? id} | ${(weight * 100).toFixed(0)}% | ${min === undefined ? "" : `level ${min}+`} |`);
  }
  lines.push("");
  return lines.join("\n");
}
