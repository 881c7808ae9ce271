// The README's code examples as runnable programs for a consumer project, each `expr; //=> claim` turned into a
// recorded value that the test compares with the claim.
import { readFileSync } from "node:fs";

/** One `//=>` claim of an example: the expression's source and what the README says it returns. */
export interface Claim {
  readonly expression: string;
  readonly claim: string;
}

/** A README example: its code with claims recorded into `__claims`, and the claims in order. */
export interface Example {
  readonly name: string;
  readonly code: string;
  readonly claims: readonly Claim[];
}

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The first ```ts block after `heading`, optionally the one that contains `marker`. */
function block(heading: string, marker: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  const found = blocks.find((code) => code.includes(marker));
  if (found === undefined) throw new Error(`README: no ts block with ${marker} after ${heading}`);
  return found;
}

/** Turns `expr; //=> claim` (claim on the same or the next line) into `__claims.push(expr);`. */
function instrument(name: string, source: string): Example {
  const claims: Claim[] = [];
  const lines: string[] = [];
  for (const line of source.split("\n")) {
    const inline = /^(\S.*?);\s*\/\/=>\s*(.+)$/.exec(line);
    const next = /^\/\/=>\s*(.+)$/.exec(line);
    const previous = lines.at(-1);
    if (inline?.[1] !== undefined && inline[2] !== undefined) {
      claims.push({ expression: inline[1], claim: inline[2] });
      lines.push(`__claims.push(${inline[1]});`);
    } else if (next?.[1] !== undefined && previous !== undefined && /^\S.*;$/.test(previous)) {
      const expression = previous.slice(0, -1).replace(/^__claims\.push\((.*)\)$/, "$1");
      claims.push({ expression, claim: next[1] });
      lines[lines.length - 1] = `__claims.push(${expression});`;
    } else lines.push(line);
  }
  return { name, code: lines.join("\n"), claims };
}

/** The README's "Using it from code", kit and scoring examples. */
export const README_EXAMPLES: readonly Example[] = [
  instrument("using it from code", block("## Using it from code", "getCompetency")),
  instrument("kits", block("## Interview questions and kits", "buildInterviewKit")),
  instrument("scoring", block("## Scoring answers", "scoreAnswer")),
];

/**
 * The value a claim states, and whether it is only the start of the value (ends in `...` or `…`): a claim is a JS
 * literal, possibly followed by a note in parentheses (`5  (1-5, or "insufficient-evidence")`).
 */
export function claimedValue(claim: string): { readonly value: unknown; readonly partial: boolean } {
  const attempt = (text: string): { ok: true; value: unknown } | { ok: false } => {
    const partial = text.replace(/,?\s*(\.\.\.|…)\s*([\]}])/g, "$2");
    try {
      return { ok: true, value: new Function(`return (${partial});`)() as unknown };
    } catch {
      return { ok: false };
    }
  };
  const cut = claim.indexOf(" (");
  const result = [attempt(claim), ...(cut > 0 ? [attempt(claim.slice(0, cut))] : [])].find((tried) => tried.ok);
  if (result === undefined || !result.ok) throw new Error(`README claim is not a value: ${claim}`);
  return { value: result.value, partial: /\.\.\.|…/.test(claim) };
}
