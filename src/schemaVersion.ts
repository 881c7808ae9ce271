import * as z from "zod";

/**
 * The version of rapport's stored shapes (profiles, scores, kits, questions, ratings, frameworks).
 * It rises only when a stored shape changes in a way old readers would misread; `migrateProfile`
 * upgrades every earlier version.
 *
 * @example
 * SCHEMA_VERSION
 * //=> 1
 */
export const SCHEMA_VERSION = 1;

/** The `schemaVersion` field of a stored shape: written as 1, and 1 when left out on input. */
export const SchemaVersionField = z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION);
