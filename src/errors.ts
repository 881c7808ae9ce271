/**
 * Errors are data: every failure rapport reports is a list of issues, each told apart
 * by `code`, located by `path`, and explained by a `message` a person can act on.
 *
 * @module
 */

/** Machine-readable kinds of problem rapport reports. */
export type IssueCode =
  | "invalid-input"
  | "unknown-competency"
  | "unknown-role"
  | "duplicate-id"
  | "duplicate-alias"
  | "missing-level"
  | "empty-anchors"
  | "weights-not-one"
  | "unknown-reference"
  | "invalid-pattern"
  | "budget-too-short"
  | "question-rejected"
  | "not-scorable";

/** One problem found in an input, with where it is and what to do about it. */
export interface Issue {
  /** What kind of problem this is. */
  readonly code: IssueCode;
  /** Where in the input the problem is: property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** A sentence a person can act on. */
  readonly message: string;
  /** Close matches, where the input named something that does not exist. */
  readonly suggestions?: readonly string[];
}

/** The result of a `safeX` function: the value, or the issues that stopped it. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

/**
 * The one error rapport throws: it carries every issue found, so a caller can show them all.
 *
 * @example
 * ```ts
 * import { getCompetency, RapportError } from "rapport";
 *
 * let caught: unknown;
 * try {
 *   getCompetency("empaty");
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof RapportError && caught.issues[0].code; //=> "unknown-competency"
 * caught instanceof RapportError && caught.issues[0].suggestions; //=> ["empathy"]
 * ```
 */
export class RapportError extends Error {
  /** The problems found, at least one. */
  readonly issues: readonly [Issue, ...Issue[]];

  /**
   * @param issues - the problems found, at least one
   */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(formatIssues(issues));
    this.name = "RapportError";
    this.issues = issues;
  }
}

/**
 * Formats issues as one line each, `path: message`.
 *
 * @param issues - the issues to format
 * @returns the issues as readable lines
 * @example
 * ```ts
 * import { formatIssues, safeGetRole } from "rapport";
 *
 * formatIssues([{ code: "invalid-input", path: ["weights", "empathy"], message: "Expected a number." }]); //=> "weights.empathy: Expected a number."
 * const role = safeGetRole("shop-assistant");
 * if (!role.success) console.log(formatIssues(role.issues)); // one line per issue
 * ```
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message))
    .join("\n");
}

/**
 * Formats a path the way a developer would write it: `roles[2].weights.empathy`.
 *
 * @param path - property names and array indexes
 * @returns the dotted path
 * @example
 * formatPath(["roles", 2, "weights"])
 * //=> "roles[2].weights"
 */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : out === "" ? part : `${out}.${part}`),
    "",
  );
}

/**
 * Unwraps a safe result, throwing its issues as one {@link RapportError}.
 *
 * @param result - the result of a `safeX` function
 * @returns the value
 * @throws {RapportError} when the result failed
 * @example
 * unwrap({ success: true, data: 3 })
 * //=> 3
 */
export function unwrap<T>(result: SafeResult<T>): T {
  if (result.success) return result.data;
  throw new RapportError(result.issues);
}

/**
 * Converts zod issues into rapport issues, keeping their paths.
 *
 * @param zodIssues - issues from a failed `safeParse`
 * @param prefix - path to put in front, when the parsed value sits inside a larger input
 * @returns rapport issues with code `invalid-input`
 * @example
 * fromZodIssues([{ path: ["count"], message: "Too small" }])[0].path
 * //=> ["count"]
 */
export function fromZodIssues(
  zodIssues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return zodIssues.map((z) => ({
    code: "invalid-input" as const,
    path: [...prefix, ...z.path.map((p) => (typeof p === "number" ? p : String(p)))],
    message: z.message,
  }));
}
