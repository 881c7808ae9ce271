/**
 * Normalises a competency name for lookup: letter case, spacing, hyphens, underscores
 * and apostrophes do not matter ("People-First attitude" and "people first attitude" are one name).
 *
 * @param name - an id, alias or display name
 * @returns the lookup key
 * @example
 * normaliseName("  Active_Listening ")
 * //=> "activelistening"
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
