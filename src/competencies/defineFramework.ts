import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";
import { normaliseName } from "./names.js";
import { type Competency, Framework, type FrameworkInput, LEVELS, type RoleProfile } from "./schema.js";

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

/** Gives a schema issue inside a rubric level's anchors its own code, `empty-anchors`, with a message saying what the level needs. */
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

/** What the checks have seen so far across competencies: ids (with their index), names and aliases (normalised), indicator ids (with their competency). */
interface Seen {
  readonly ids: Map<string, number>;
  readonly names: Map<string, { competency: string; index: number }>;
  readonly indicators: Map<string, string>;
}

/** Finds every problem the schema cannot see: duplicates, missing or unordered levels, unknown references, shared aliases, weights not summing to 1. */
function checkFramework(framework: Framework): Issue[] {
  const seen: Seen = { ids: new Map(), names: new Map(), indicators: new Map() };
  // One competency at a time, in order, so that each is checked against those before it.
  const issues = framework.competencies.flatMap((competency, c) => {
    const facetIds = new Set<string>();
    return [
      ...checkCompetencyId(competency, c, seen),
      ...checkNames(competency, c, seen),
      ...checkRubricLevels(competency, c),
      ...checkFacets(competency, c, facetIds),
      ...checkIndicators(competency, c, facetIds, seen),
    ];
  });
  return [...issues, ...checkRelated(framework.competencies, seen.ids), ...checkRoles(framework.roles, seen.ids)];
}

/** Decides whether a competency's id is already taken, and records it when not. */
function checkCompetencyId(competency: Competency, c: number, seen: Seen): Issue[] {
  const holder = seen.ids.get(competency.id);
  if (holder !== undefined) {
    return [
      {
        code: "duplicate-id",
        path: ["competencies", c, "id"],
        message: `Competency id '${competency.id}' is already used by competencies[${String(holder)}].`,
      },
    ];
  }
  seen.ids.set(competency.id, c);
  return [];
}

/** Decides whether a competency's id or an alias already names another competency, and records those that do not. */
function checkNames(competency: Competency, c: number, seen: Seen): Issue[] {
  const issues: Issue[] = [];
  [competency.id, ...competency.aliases].forEach((name, k) => {
    const key = normaliseName(name);
    const holder = seen.names.get(key);
    if (holder && holder.competency !== competency.id) {
      issues.push({
        code: "duplicate-alias",
        path: k === 0 ? ["competencies", c, "id"] : ["competencies", c, "aliases", k - 1],
        message: `'${name}' already names competency '${holder.competency}'; an alias must resolve to one competency only.`,
      });
    } else {
      seen.names.set(key, { competency: competency.id, index: c });
    }
  });
  return issues;
}

/** Decides whether a rubric has each level 1 to 5 exactly once, and (when it has five) in order. */
function checkRubricLevels(competency: Competency, c: number): Issue[] {
  const issues: Issue[] = [];
  const levels = competency.rubric.map((r) => r.level);
  for (const level of LEVELS) {
    const count = levels.filter((l) => l === level).length;
    if (count === 0) {
      issues.push({
        code: "missing-level",
        path: ["competencies", c, "rubric"],
        message: `Rubric of '${competency.id}' has no level ${level}; every competency needs levels 1 to 5.`,
      });
    } else if (count > 1) {
      issues.push({ code: "duplicate-id", path: ["competencies", c, "rubric"], message: `Rubric of '${competency.id}' defines level ${level} ${count} times.` });
    }
  }
  competency.rubric.forEach((r, i) => {
    if (r.level !== i + 1 && levels.length === LEVELS.length) {
      issues.push({
        code: "invalid-input",
        path: ["competencies", c, "rubric", i, "level"],
        message: `Rubric levels must be in order 1 to 5; found level ${r.level} at index ${i}.`,
      });
    }
  });
  return issues;
}

/** Decides whether a facet id appears twice in its competency, collecting the ids into `facetIds`. */
function checkFacets(competency: Competency, c: number, facetIds: Set<string>): Issue[] {
  const issues: Issue[] = [];
  competency.facets.forEach((facet, f) => {
    if (facetIds.has(facet.id)) {
      issues.push({ code: "duplicate-id", path: ["competencies", c, "facets", f, "id"], message: `Facet id '${facet.id}' appears twice.` });
    }
    facetIds.add(facet.id);
  });
  return issues;
}

/** Decides whether an indicator id is already used (in any competency) and whether the facet it names exists. */
function checkIndicators(competency: Competency, c: number, facetIds: ReadonlySet<string>, seen: Seen): Issue[] {
  const issues: Issue[] = [];
  competency.indicators.forEach((indicator, i) => {
    const holder = seen.indicators.get(indicator.id);
    if (holder !== undefined) {
      issues.push({
        code: "duplicate-id",
        path: ["competencies", c, "indicators", i, "id"],
        message: `Indicator id '${indicator.id}' is already used in competency '${holder}'.`,
      });
    }
    seen.indicators.set(indicator.id, competency.id);
    if (indicator.facet !== undefined && !facetIds.has(indicator.facet)) {
      issues.push({
        code: "unknown-reference",
        path: ["competencies", c, "indicators", i, "facet"],
        message: `Indicator '${indicator.id}' names facet '${indicator.facet}', which '${competency.id}' does not have.`,
        suggestions: [...facetIds],
      });
    }
  });
  return issues;
}

/** Decides whether every related competency a competency lists is defined in the framework. */
function checkRelated(competencies: readonly Competency[], ids: ReadonlyMap<string, number>): Issue[] {
  return competencies.flatMap((competency, c) =>
    competency.related.flatMap((id, r): Issue[] =>
      ids.has(id)
        ? []
        : [
            {
              code: "unknown-reference",
              path: ["competencies", c, "related", r],
              message: `'${competency.id}' lists related competency '${id}', which this framework does not define.`,
            },
          ],
    ),
  );
}

/** Decides, role by role, whether a role id appears twice, and checks each role's weights and must-haves. */
function checkRoles(roles: readonly RoleProfile[], ids: ReadonlyMap<string, number>): Issue[] {
  const roleIds = new Set<string>();
  return roles.flatMap((role, r) => {
    const duplicate: Issue[] = roleIds.has(role.id) ? [{ code: "duplicate-id", path: ["roles", r, "id"], message: `Role id '${role.id}' appears twice.` }] : [];
    roleIds.add(role.id);
    return [...duplicate, ...checkRoleWeights(role, r, ids), ...checkMustHaves(role, r, ids)];
  });
}

/** Decides whether a role's weights sum to 1 and weigh only competencies of the framework. */
function checkRoleWeights(role: RoleProfile, r: number, ids: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  const entries = Object.entries(role.weights);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
    issues.push({
      code: "weights-not-one",
      path: ["roles", r, "weights"],
      message: `Weights of role '${role.id}' sum to ${Number(total.toFixed(6))}; they must sum to 1.`,
    });
  }
  for (const [id] of entries) {
    if (!ids.has(id)) {
      issues.push({
        code: "unknown-reference",
        path: ["roles", r, "weights", id],
        message: `Role '${role.id}' weighs '${id}', which is not a competency of this framework.`,
        suggestions: [...ids.keys()].filter((known) => known.startsWith(id.slice(0, 3))),
      });
    }
  }
  return issues;
}

/** Decides whether every must-have of a role is a competency of the framework. */
function checkMustHaves(role: RoleProfile, r: number, ids: ReadonlyMap<string, number>): Issue[] {
  return role.mustHave.flatMap((must, m): Issue[] =>
    ids.has(must.competency)
      ? []
      : [
          {
            code: "unknown-reference",
            path: ["roles", r, "mustHave", m, "competency"],
            message: `Role '${role.id}' requires '${must.competency}', which is not a competency of this framework.`,
          },
        ],
  );
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
