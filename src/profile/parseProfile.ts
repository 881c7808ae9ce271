import * as z from "zod";
import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";
import { SCHEMA_VERSION } from "../schemaVersion.js";
import { CandidateProfile } from "./profileSchema.js";

const Versioned = z.object({ schemaVersion: z.number().int().positive().optional() }).loose();

const failure = (issues: Issue[]): SafeResult<never> => ({ success: false, issues: issues as [Issue, ...Issue[]] });

/**
 * Upgrades a stored profile of any earlier shape version to the current one, without throwing.
 * Version 0 (profiles stored before `schemaVersion` existed) gains `schemaVersion: 1`, and its
 * made-up role fit when nothing the role weighs was assessed (coverage 0) becomes `null`.
 *
 * @param old - a stored profile, parsed from JSON
 * @returns the profile in the current shape, or issues naming the path at fault
 * @example
 * ```ts
 * import { safeMigrateProfile } from "rapport";
 *
 * const result = safeMigrateProfile({ schemaVersion: 99 });
 * result.success ? null : result.issues[0].path; //=> ["schemaVersion"]
 * ```
 */
export function safeMigrateProfile(old: unknown): SafeResult<CandidateProfile> {
  const head = Versioned.safeParse(old);
  if (!head.success) return failure([{ code: "invalid-input", path: [], message: "A stored profile must be a JSON object." }]);
  const from = head.data.schemaVersion ?? 0;
  if (from > SCHEMA_VERSION) {
    return failure([
      {
        code: "invalid-input",
        path: ["schemaVersion"],
        message: `Profile shape version ${from} is newer than this library reads (${SCHEMA_VERSION}); upgrade rapport.`,
      },
    ]);
  }
  let value: Record<string, unknown> = { ...head.data };
  if (from < 1) value = fromVersion0(value);
  const parsed = CandidateProfile.safeParse(value);
  return parsed.success ? { success: true, data: parsed.data } : failure(fromZodIssues(parsed.error.issues));
}

/** Version 0 -> 1: the version field, and no role fit without evidence. */
function fromVersion0(value: Record<string, unknown>): Record<string, unknown> {
  const fit = value["roleFit"];
  const empty = typeof fit === "object" && fit !== null && (fit as { coverage?: unknown }).coverage === 0;
  return { ...value, schemaVersion: 1, ...(empty ? { roleFit: null } : {}) };
}

/**
 * Upgrades a stored profile of any earlier shape version to the current one.
 *
 * @param old - a stored profile, parsed from JSON
 * @returns the profile in the current shape
 * @throws {RapportError} when it is not a profile of any version, or is newer than this library
 * @example
 * ```ts
 * import { buildProfile, migrateProfile } from "rapport";
 *
 * const stored = { ...buildProfile({ candidate: { id: "c-1" }, answers: [] }), schemaVersion: undefined }; // written before schemaVersion
 * migrateProfile(stored).schemaVersion; //=> 1
 * ```
 */
export function migrateProfile(old: unknown): CandidateProfile {
  return unwrap(safeMigrateProfile(old));
}

/**
 * Validates a profile coming back from storage or a webhook, without throwing. Profiles of
 * earlier shape versions are upgraded first ({@link migrateProfile}).
 *
 * @param value - the data, parsed from JSON
 * @returns the profile, or issues whose paths name the field at fault
 * @example
 * ```ts
 * import { safeParseProfile } from "rapport";
 *
 * const result = safeParseProfile({ schemaVersion: 1, candidate: { id: "" } });
 * result.success; //=> false
 * ```
 */
export function safeParseProfile(value: unknown): SafeResult<CandidateProfile> {
  return safeMigrateProfile(value);
}

/**
 * Validates a profile coming back from storage or a webhook. Profiles of earlier shape
 * versions are upgraded first ({@link migrateProfile}); `JSON.parse(JSON.stringify(p))` parses
 * back to an equal profile.
 *
 * @param value - the data, parsed from JSON
 * @returns the profile
 * @throws {RapportError} naming the path of every field at fault
 * @example
 * ```ts
 * import { buildProfile, parseProfile } from "rapport";
 *
 * const stored = JSON.stringify(buildProfile({ candidate: { id: "c-1" }, answers: [] }));
 * parseProfile(JSON.parse(stored)).candidate.id; //=> "c-1"
 * ```
 */
export function parseProfile(value: unknown): CandidateProfile {
  return unwrap(safeParseProfile(value));
}
