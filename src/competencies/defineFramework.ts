import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";
import { normaliseName } from "./names.js";
import { Framework, type FrameworkInput, LEVELS } from "./schema.js";

const WEIGHT_TOLERANCE = 1e-6;

/**
 * Validates a framework (competencies, rubrics, roles) and reports every problem found.
 *
 * @param input - the framework, as plain data
 * @returns the parsed framework, or the issues that stop it
 * @example
 * ```ts
 * import { safeDefineFramework } from "rapport";
 *
 * const result = safeDefineFramework({ id: "x", name: "X", version: "1", competencies: [], roles: [] });
 * result.success; //=> false
 * ```
 */
export function safeDefineFramework(input: unknown): SafeResult<Framework> {
  const parsed = Framework.safeParse(input);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues).map(classifyZodIssue);
    return { success: false, issues: issues as [Issue, ...Issue[]] };
  }
  const issues = checkFramework(parsed.data);
  const [first, ...rest] = issues;
  return first ? { success: false, issues: [first, ...rest] } : { success: true, data: deepFreeze(parsed.data) };
}

/**
 * Validates a framework of your own competencies, rubrics and roles, ready to pass to
 * lookups, question generation and scoring.
 *
 * @param input - the framework, as plain data
 * @returns the parsed framework
 * @throws {RapportError} naming each field at fault: duplicate ids, a missing level, empty
 *   anchors, weights not summing to 1, an unknown competency in a role, a shared alias
 * @example
 * ```ts
 * import { builtInFramework, defineFramework, getCompetency, getRole } from "rapport";
 *
 * const mine = defineFramework({
 *   ...builtInFramework,
 *   id: "acme",
 *   name: "Acme service model",
 *   roles: [{ ...getRole("contact-centre-agent"), id: "acme-agent", name: "Acme agent" }],
 * });
 * mine.roles.map((r) => r.id); //=> ["acme-agent"]
 * getCompetency("EI", { framework: mine }).id; //=> "emotional-intelligence"
 * ```
 */
export function defineFramework(input: FrameworkInput): Framework {
  return unwrap(safeDefineFramework(input));
}

function classifyZodIssue(issue: Issue): Issue {
  const path = issue.path;
  const anchorsAt = path.lastIndexOf("anchors");
  if (anchorsAt !== -1 && anchorsAt >= path.length - 2 && path[anchorsAt - 2] === "rubric") {
    const level = path[anchorsAt - 1];
    return {
      ...issue,
      code: "empty-anchors",
      message: `Rubric level at index ${String(level)} needs 2 to 4 non-empty anchors: observable behaviours for that level. (${issue.message})`,
    };
  }
  return issue;
}

function checkFramework(framework: Framework): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, { competency: string; index: number }>();
  const indicatorIds = new Map<string, string>();

  framework.competencies.forEach((competency, c) => {
    const at = ["competencies", c] as const;
    if (ids.has(competency.id)) {
      issues.push({
        code: "duplicate-id",
        path: [...at, "id"],
        message: `Competency id '${competency.id}' is already used by competencies[${String(ids.get(competency.id))}].`,
      });
    } else {
      ids.set(competency.id, c);
    }

    const own = [competency.id, ...competency.aliases];
    own.forEach((name, k) => {
      const key = normaliseName(name);
      const holder = names.get(key);
      if (holder && holder.competency !== competency.id) {
        issues.push({
          code: "duplicate-alias",
          path: k === 0 ? [...at, "id"] : [...at, "aliases", k - 1],
          message: `'${name}' already names competency '${holder.competency}'; an alias must resolve to one competency only.`,
        });
      } else {
        names.set(key, { competency: competency.id, index: c });
      }
    });

    const levels = competency.rubric.map((r) => r.level);
    for (const level of LEVELS) {
      const count = levels.filter((l) => l === level).length;
      if (count === 0) {
        issues.push({
          code: "missing-level",
          path: [...at, "rubric"],
          message: `Rubric of '${competency.id}' has no level ${level}; every competency needs levels 1 to 5.`,
        });
      } else if (count > 1) {
        issues.push({
          code: "duplicate-id",
          path: [...at, "rubric"],
          message: `Rubric of '${competency.id}' defines level ${level} ${count} times.`,
        });
      }
    }
    competency.rubric.forEach((r, i) => {
      if (r.level !== i + 1 && levels.length === LEVELS.length) {
        issues.push({
          code: "invalid-input",
          path: [...at, "rubric", i, "level"],
          message: `Rubric levels must be in order 1 to 5; found level ${r.level} at index ${i}.`,
        });
      }
    });

    const facetIds = new Set<string>();
    competency.facets.forEach((facet, f) => {
      if (facetIds.has(facet.id)) {
        issues.push({ code: "duplicate-id", path: [...at, "facets", f, "id"], message: `Facet id '${facet.id}' appears twice.` });
      }
      facetIds.add(facet.id);
    });

    competency.indicators.forEach((indicator, i) => {
      const holder = indicatorIds.get(indicator.id);
      if (holder !== undefined) {
        issues.push({
          code: "duplicate-id",
          path: [...at, "indicators", i, "id"],
          message: `Indicator id '${indicator.id}' is already used in competency '${holder}'.`,
        });
      }
      indicatorIds.set(indicator.id, competency.id);
      if (indicator.facet !== undefined && !facetIds.has(indicator.facet)) {
        issues.push({
          code: "unknown-reference",
          path: [...at, "indicators", i, "facet"],
          message: `Indicator '${indicator.id}' names facet '${indicator.facet}', which '${competency.id}' does not have.`,
          suggestions: [...facetIds],
        });
      }
    });
  });

  framework.competencies.forEach((competency, c) => {
    competency.related.forEach((id, r) => {
      if (!ids.has(id)) {
        issues.push({
          code: "unknown-reference",
          path: ["competencies", c, "related", r],
          message: `'${competency.id}' lists related competency '${id}', which this framework does not define.`,
        });
      }
    });
  });

  const roleIds = new Set<string>();
  framework.roles.forEach((role, r) => {
    const at = ["roles", r] as const;
    if (roleIds.has(role.id)) {
      issues.push({ code: "duplicate-id", path: [...at, "id"], message: `Role id '${role.id}' appears twice.` });
    }
    roleIds.add(role.id);
    const entries = Object.entries(role.weights);
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
      issues.push({
        code: "weights-not-one",
        path: [...at, "weights"],
        message: `Weights of role '${role.id}' sum to ${Number(total.toFixed(6))}; they must sum to 1.`,
      });
    }
    for (const [id] of entries) {
      if (!ids.has(id)) {
        issues.push({
          code: "unknown-reference",
          path: [...at, "weights", id],
          message: `Role '${role.id}' weighs '${id}', which is not a competency of this framework.`,
          suggestions: [...ids.keys()].filter((known) => known.startsWith(id.slice(0, 3))),
        });
      }
    }
    role.mustHave.forEach((must, m) => {
      if (!ids.has(must.competency)) {
        issues.push({
          code: "unknown-reference",
          path: [...at, "mustHave", m, "competency"],
          message: `Role '${role.id}' requires '${must.competency}', which is not a competency of this framework.`,
        });
      }
    });
  });

  return issues;
}

/**
 * Freezes a value and everything in it, so that a framework scorers have compiled cannot change under them.
 *
 * @param value - the value
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
