// What an answer lacks for the next level: the scorer's own account when it gives one, else what the
// score itself shows. Pure: no DOM.
import { z } from "zod";
import { type AnswerScore, LevelLabel } from "./rapport.js";

/** What the answer lacks for the next level, when the scorer says (a field AnswerScore may gain). */
const NextLevel = z.object({ level: z.number().int().min(2).max(5), needs: z.array(z.string().min(1)).min(1) });

const STAR = ["situation", "task", "action", "result"] as const;

/**
 * The name of a level, 1-5.
 *
 * @param level - the level
 * @returns its number and label
 * @example
 * levelName(4)
 * //=> "Level 4 · Strong"
 */
export function levelName(level: number): string {
  return `Level ${level} · ${LevelLabel.options[level - 1] ?? ""}`;
}

/**
 * The heading and lines of the "next level" section of a score, or null at level 5.
 *
 * @param score - the answer's score
 * @returns the section, from `score.nextLevel` when present, else the STAR elements missing
 * @example
 * nextLevelSection({ ...score, nextLevel: { level: 4, needs: ["A concrete outcome."] } })
 * //=> { title: "What it needs for level 4 · strong", lines: ["A concrete outcome."] }
 */
export function nextLevelSection(score: AnswerScore): { title: string; lines: string[] } | null {
  const next = NextLevel.safeParse((score as { nextLevel?: unknown }).nextLevel);
  if (next.success) return { title: `What it needs for ${levelName(next.data.level).toLowerCase()}`, lines: next.data.needs };
  if (score.level === 5) return null;
  const missing = STAR.filter((part) => !score.star[part].present);
  return {
    title: "What it lacks for the next level",
    lines: [
      ...(missing.length ? [`STAR elements not yet in the answer: ${missing.join(", ")}. The probes above ask for them.`] : []),
      "The reasons above say what the scorer found; the rubric's next anchor says what a higher level shows.",
    ],
  };
}
