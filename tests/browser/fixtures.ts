// Answers for the form's tests: the labelled development answers, by competency, type and level.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../fixtures/dev/", import.meta.url));

interface Labelled {
  readonly competency: string;
  readonly questionType: "behavioural" | "situational";
  readonly answer: string;
  readonly level: number;
}

const answers: readonly Labelled[] = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim() !== ""))
  .map((line) => JSON.parse(line) as Labelled);

/**
 * The first labelled answer for a competency and question type at the given level (or the nearest below).
 *
 * @param competency - the competency id
 * @param type - the question type
 * @param level - the human level wanted
 * @returns the answer's text
 */
export function answerFor(competency: string, type: string, level = 5): string {
  for (let l = level; l >= 1; l--) {
    const found = answers.find((a) => a.competency === competency && a.questionType === type && a.level === l);
    if (found) return found.answer;
  }
  throw new Error(`no labelled answer for ${competency} (${type})`);
}
