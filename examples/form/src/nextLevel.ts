// What an answer lacks for the next level: the scorer's own account when it gives one, else what the
// score itself shows. Pure: no DOM.
import { type AnswerScore, LevelLabel } from "./rapport.js";

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
 * @returns the section, from the rubric explanation (`score.rubric.next`) when the scorer gives one, else the STAR elements missing
 * @example
 * nextLevelSection(scoreAnswer({ competency: "patience", answer })).title
 * //=> "What it needs for level 4 · strong"
 */
export function nextLevelSection(score: AnswerScore): { title: string; lines: string[] } | null {
  const next = score.rubric?.next;
  if (next) return { title: `What it needs for ${levelName(next.level).toLowerCase()}`, lines: [...next.needs] };
  if (score.level === 5 || score.rubric !== undefined) return null;
  const missing = STAR.filter((part) => !score.star[part].present);
  return {
    title: "What it lacks for the next level",
    lines: [
      ...(missing.length ? [`STAR elements not yet in the answer: ${missing.join(", ")}. The probes above ask for them.`] : []),
      "The reasons above say what the scorer found; the rubric's next anchor says what a higher level shows.",
    ],
  };
}
