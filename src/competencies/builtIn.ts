import { SCHEMA_VERSION } from "../schemaVersion.js";
import { CATALOG } from "./catalog/index.js";
import { deepFreeze } from "./defineFramework.js";
import { BUILT_IN_ROLES } from "./roles.js";
import { COMPETENCY_IDS, type Competency, type Framework, type RoleProfile } from "./schema.js";

/** The version of the built-in rubrics, recorded in every profile scored against them. */
export const RUBRIC_VERSION = "1.0.0";

const byId = new Map<string, Competency>(CATALOG.map((c) => [c.id, c]));

/**
 * The built-in framework: the twenty competencies of good customer service, in catalog order,
 * and the six role profiles.
 *
 * @example
 * ```ts
 * import { builtInFramework } from "rapport";
 *
 * builtInFramework.competencies.length; //=> 20
 * builtInFramework.roles.map((r) => r.id).includes("contact-centre-agent"); //=> true
 * ```
 */
export const builtInFramework: Framework = deepFreeze({
  schemaVersion: SCHEMA_VERSION,
  id: "rapport-customer-service",
  name: "rapport customer-service competencies",
  version: RUBRIC_VERSION,
  competencies: COMPETENCY_IDS.map((id) => byId.get(id)).filter((c): c is Competency => c !== undefined),
  roles: BUILT_IN_ROLES.map((role): RoleProfile => ({
    ...role,
    weights: { ...role.weights },
    mustHave: role.mustHave.map((m) => ({ ...m })),
    settings: [...role.settings],
    scenarios: [...role.scenarios],
  })),
});
