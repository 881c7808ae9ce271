/** Words that tell a lapse was avoided or given up, not done: "rather than arguing", "instead of pushing", "I used to". */
const AVOIDED = ["rather than", "instead of", "than", "stopped", "quit", "avoid", "avoided", "avoiding", "used to", "no longer", "tempted to", "easy to", "without"];

/**
 * The look-behind a red flag's pattern opens with: none of the words of avoidance ({@link AVOIDED}, and `more` for a
 * competency's own) just before it, a "just", "simply", "ever", "even" or "always" between.
 *
 * @param more - further words that stand in front of the lapse without its being done ("never", "was" of a passive)
 * @returns the look-behind, as pattern source
 */
export const notAfter = (...more: readonly string[]): string => `(?<!\\b(?:${[...AVOIDED, ...more].join("|")})(?: just| simply| ever| even| always)? )`;

/** Not where the lapse is what the candidate avoided or gave up ("rather than leave it", "instead of pushing", "I used to"), or denied ("never", "not"). */
export const NOT_AVOIDED = notAfter("stop", "avoids", "never", "not");
