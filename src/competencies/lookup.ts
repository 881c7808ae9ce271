import { distance } from "fastest-levenshtein";
import { type Issue, type SafeResult, unwrap } from "../errors.js";
import { builtInFramework } from "./builtIn.js";
import { normaliseName } from "./names.js";
import type { Cluster, Competency, Framework, RoleProfile } from "./schema.js";

interface FrameworkIndex {
  readonly byName: ReadonlyMap<string, Competency>;
  readonly names: readonly { readonly key: string; readonly id: string }[];
  readonly roles: ReadonlyMap<string, RoleProfile>;
  /** Roles by folded id and display name (US spellings too). */
  readonly roleNames: ReadonlyMap<string, RoleProfile>;
}

const indexes = new WeakMap<Framework, FrameworkIndex>();

function indexOf(framework: Framework): FrameworkIndex {
  const cached = indexes.get(framework);
  if (cached) return cached;
  const byName = new Map<string, Competency>();
  const names: { key: string; id: string }[] = [];
  for (const competency of framework.competencies) {
    for (const name of [competency.id, competency.name, ...competency.aliases]) {
      const key = normaliseName(name);
      if (!byName.has(key)) byName.set(key, competency);
      names.push({ key, id: competency.id });
    }
  }
  const roleNames = new Map<string, RoleProfile>();
  for (const role of framework.roles) for (const name of [role.id, role.name]) if (!roleNames.has(roleKey(name))) roleNames.set(roleKey(name), role);
  const index = { byName, names, roles: new Map(framework.roles.map((r) => [r.id, r])), roleNames };
  indexes.set(framework, index);
  return index;
}

/** A role's id or name as typed, folded: case, spaces and dashes, and US spellings (center, behavior). */
function roleKey(name: string): string {
  return normaliseName(name).replace(/[\s_-]+/g, "-").replace(/center/g, "centre").replace(/behavior/g, "behaviour");
}

/** Options shared by the lookups. */
export interface LookupOptions {
  /** The framework to look in; the built-in one by default. */
  readonly framework?: Framework;
}

/**
 * The ids closest to a misspelt name, best first.
 *
 * @param name - what the user typed
 * @param options - where to look
 * @returns up to three competency ids
 * @example
 * closestCompetencyIds("empaty")
 * //=> ["empathy"]
 */
export function closestCompetencyIds(name: string, options: LookupOptions = {}): string[] {
  const key = normaliseName(name);
  const best = new Map<string, number>();
  for (const entry of indexOf(options.framework ?? builtInFramework).names) {
    const d = entry.key.includes(key) && key.length >= 3 ? 1 : distance(key, entry.key) / Math.max(key.length, entry.key.length, 1);
    best.set(entry.id, Math.min(best.get(entry.id) ?? Infinity, d));
  }
  const ranked = [...best.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const close = ranked.filter(([, d]) => d <= 0.5).slice(0, 3);
  return (close.length > 0 ? close : ranked.slice(0, 3)).map(([id]) => id);
}

/**
 * Finds a competency by id, name or alias without throwing.
 *
 * @param idOrAlias - an id, display name or alias; case and spacing do not matter
 * @param options - where to look
 * @returns the competency, or an `unknown-competency` issue listing the closest ids
 * @example
 * ```ts
 * import { safeGetCompetency } from "rapport";
 *
 * safeGetCompetency("attentiveness").success; //=> true
 * const missing = safeGetCompetency("empaty");
 * missing.success ? [] : missing.issues[0].suggestions; //=> ["empathy"]
 * ```
 */
export function safeGetCompetency(idOrAlias: string, options: LookupOptions = {}): SafeResult<Competency> {
  const framework = options?.framework ?? builtInFramework;
  if (typeof idOrAlias !== "string" || idOrAlias.trim() === "") {
    return { success: false, issues: [{ code: "invalid-input", path: [], message: `A competency id or alias must be a non-empty string; got ${idOrAlias === undefined ? "undefined" : JSON.stringify(idOrAlias)}.` }] };
  }
  const found = indexOf(framework).byName.get(normaliseName(idOrAlias));
  if (found) return { success: true, data: found };
  const suggestions = closestCompetencyIds(idOrAlias, { framework });
  const issue: Issue = {
    code: "unknown-competency",
    path: [],
    message: `Unknown competency '${idOrAlias}'. Did you mean ${suggestions.map((s) => `'${s}'`).join(", ")}?`,
    suggestions,
  };
  return { success: false, issues: [issue] };
}

/**
 * Finds a competency by id, name or alias.
 *
 * @param idOrAlias - an id, display name or alias; case and spacing do not matter
 * @param options - where to look
 * @returns the competency
 * @throws {RapportError} `unknown-competency`, listing the closest ids
 * @example
 * ```ts
 * import { getCompetency } from "rapport";
 *
 * getCompetency("Attentiveness").id; //=> "active-listening"
 * getCompetency("EI").name; //=> "Emotional intelligence"
 * ```
 */
export function getCompetency(idOrAlias: string, options: LookupOptions = {}): Competency {
  return unwrap(safeGetCompetency(idOrAlias, options));
}

/** Which competencies {@link listCompetencies} returns. */
export interface CompetencyFilter extends LookupOptions {
  /** Only competencies in this cluster. */
  readonly cluster?: Cluster;
  /** Only the competencies a role weighs, heaviest first. */
  readonly role?: string;
  /** Only competencies whose name, alias, definition or facets mention this text. */
  readonly search?: string;
}

/**
 * Lists competencies, optionally filtered by cluster, role or text.
 *
 * @param filter - what to keep; everything by default
 * @returns the competencies, in catalog order (or by weight, for a role)
 * @throws {RapportError} `unknown-role` when `filter.role` names no role
 * @example
 * ```ts
 * import { listCompetencies } from "rapport";
 *
 * listCompetencies().length; //=> 20
 * listCompetencies({ cluster: "collaboration" }).map((c) => c.id); //=> ["teamwork"]
 * ```
 */
export function listCompetencies(filter: CompetencyFilter = {}): Competency[] {
  const framework = filter.framework ?? builtInFramework;
  let list = [...framework.competencies];
  if (filter.cluster !== undefined) list = list.filter((c) => c.cluster === filter.cluster);
  if (filter.role !== undefined) {
    const weights = getRole(filter.role, { framework }).weights;
    list = list.filter((c) => (weights[c.id] ?? 0) > 0).sort((a, b) => (weights[b.id] ?? 0) - (weights[a.id] ?? 0));
  }
  if (filter.search !== undefined) {
    const needle = filter.search.toLowerCase();
    list = list.filter((c) =>
      [c.id, c.name, c.definition, ...c.aliases, ...c.facets.map((f) => f.name)].some((t) => t.toLowerCase().includes(needle)),
    );
  }
  return list;
}

/**
 * Finds a role profile by id without throwing.
 *
 * @param id - the role's id
 * @param options - where to look
 * @returns the role, or an `unknown-role` issue listing the known roles
 * @example
 * ```ts
 * import { safeGetRole } from "rapport";
 *
 * safeGetRole("team-lead").success; //=> true
 * safeGetRole("shop-assistant").success; //=> false
 * ```
 */
export function safeGetRole(id: string, options: LookupOptions = {}): SafeResult<RoleProfile> {
  const framework = options?.framework ?? builtInFramework;
  if (typeof id !== "string" || id.trim() === "") {
    return { success: false, issues: [{ code: "invalid-input", path: [], message: `A role id or name must be a non-empty string; got ${id === undefined ? "undefined" : JSON.stringify(id)}.` }] };
  }
  const roles = indexOf(framework).roles;
  const found = roles.get(id.trim().toLowerCase()) ?? indexOf(framework).roleNames.get(roleKey(id));
  if (found) return { success: true, data: found };
  const known = [...roles.keys()];
  const suggestions = [...known].sort((a, b) => distance(id, a) - distance(id, b)).slice(0, 3);
  return {
    success: false,
    issues: [{ code: "unknown-role", path: [], message: `Unknown role '${id}'. Known roles: ${known.join(", ")}.`, suggestions }],
  };
}

/**
 * Finds a role profile by id.
 *
 * @param id - the role's id
 * @param options - where to look
 * @returns the role profile
 * @throws {RapportError} `unknown-role`, listing the known roles
 * @example
 * ```ts
 * import { getRole } from "rapport";
 *
 * getRole("technical-support").mustHave.map((m) => m.competency); //=> ["problem-solving", "product-knowledge", "patience"]
 * ```
 */
export function getRole(id: string, options: LookupOptions = {}): RoleProfile {
  return unwrap(safeGetRole(id, options));
}

/**
 * Lists the role profiles of a framework.
 *
 * @param options - where to look
 * @returns the roles, in framework order
 * @example
 * ```ts
 * import { listRoles } from "rapport";
 *
 * listRoles().length; //=> 6
 * ```
 */
export function listRoles(options: LookupOptions = {}): RoleProfile[] {
  return [...(options.framework ?? builtInFramework).roles];
}
