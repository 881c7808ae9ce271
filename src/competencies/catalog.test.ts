import { describe, expect, it } from "vitest";
import { builtInFramework } from "./builtIn.js";
import { normaliseName } from "./names.js";
import { COMPETENCY_IDS, LEVEL_LABELS } from "./schema.js";
import { ARTICLES } from "./sources.js";

const competencies = builtInFramework.competencies;
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z']+/g) ?? []);
const jaccard = (a: Set<string>, b: Set<string>): number => {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
};

describe("the built-in catalog", () => {
  it("holds the twenty competencies with the designed ids", () => {
    expect(competencies.map((c) => c.id)).toEqual([...COMPETENCY_IDS]);
  });

  it.each(competencies.map((c) => [c.id, c] as const))("%s has five ordered levels with 2-4 anchors", (_, competency) => {
    expect(competency.rubric.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    for (const level of competency.rubric) {
      expect(level.label).toBe(LEVEL_LABELS[level.level]);
      expect(level.anchors.length).toBeGreaterThanOrEqual(2);
      expect(level.anchors.length).toBeLessThanOrEqual(4);
    }
  });

  it("writes anchors specific to each competency: none repeated or near-copied across competencies", () => {
    const anchors = competencies.flatMap((c) => c.rubric.flatMap((r) => r.anchors.map((text) => ({ id: c.id, text, set: words(text) }))));
    const clashes: string[] = [];
    for (let i = 0; i < anchors.length; i++) {
      for (let j = i + 1; j < anchors.length; j++) {
        const a = anchors[i];
        const b = anchors[j];
        if (a && b && a.id !== b.id && jaccard(a.set, b.set) > 0.7) clashes.push(`${a.id}: ${a.text} ~ ${b.id}: ${b.text}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("gives every competency positive indicators and red flags with unique ids", () => {
    const ids = competencies.flatMap((c) => c.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const competency of competencies) {
      expect(competency.indicators.filter((i) => i.kind === "positive").length, competency.id).toBeGreaterThanOrEqual(3);
      expect(competency.indicators.filter((i) => i.kind === "red-flag").length, competency.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("never lets the competency's own name alone count as evidence (no buzzword patterns)", () => {
    for (const competency of competencies) {
      const buzz = [competency.name, ...competency.aliases].map((n) => `I have great ${n.toLowerCase()} and I am known for ${n.toLowerCase()}.`);
      for (const indicator of competency.indicators) {
        for (const source of indicator.patterns) {
          const re = new RegExp(source, "i");
          for (const sentence of buzz) expect(re.test(sentence), `${indicator.id} /${source}/ on "${sentence}"`).toBe(false);
        }
      }
    }
  });

  it("splits the skills into the facets the articles name", () => {
    const facets = (id: string): string[] => competencies.find((c) => c.id === id)?.facets.map((f) => f.id) ?? [];
    expect(facets("communication")).toEqual(expect.arrayContaining(["verbal", "non-verbal", "written"]));
    expect(facets("active-listening")).toEqual(expect.arrayContaining(["paraphrasing", "reflective-listening", "clarifying"]));
    expect(facets("problem-solving")).toEqual(
      expect.arrayContaining(["identifying-the-problem", "root-cause-analysis", "action-plans", "follow-up"]),
    );
    expect(facets("time-management")).toEqual(expect.arrayContaining(["prioritisation", "time-blocking"]));
  });

  it("cites only the five source articles, by title", () => {
    const titles = new Set(Object.values(ARTICLES).map((a) => a.title));
    for (const competency of competencies) {
      for (const source of competency.sources) expect(titles, competency.id).toContain(source.title);
    }
    const cited = new Set(competencies.flatMap((c) => c.sources.map((s) => s.title)));
    expect(cited.size).toBe(titles.size);
  });

  it("resolves every alias to exactly one competency", () => {
    const owner = new Map<string, string>();
    for (const competency of competencies) {
      for (const name of [competency.id, ...competency.aliases]) {
        const key = normaliseName(name);
        expect(owner.get(key) ?? competency.id, name).toBe(competency.id);
        owner.set(key, competency.id);
      }
    }
  });

  it("keeps definitions distinct and substantial", () => {
    for (const competency of competencies) expect(competency.definition.split(/\s+/).length, competency.id).toBeGreaterThan(30);
    expect(new Set(competencies.map((c) => c.definition)).size).toBe(20);
  });
});
