import { describe, expect, it } from "vitest";
import { parseText, type Token } from "../text/nlp.js";
import { tenseOf } from "./tense.js";

/** The tagged token of a word in a sentence. */
const token = (sentence: string, word: string): Token => {
  const found = parseText(sentence).tokens.find((t) => t.value === word);
  if (found === undefined) throw new Error(`${word} not in ${sentence}`);
  return found;
};

describe("tenseOf", () => {
  it("reads regular and irregular past forms as past", () => {
    expect(tenseOf(token("I called her back.", "called"))).toBe("past");
    expect(tenseOf(token("I told her the truth.", "told"))).toBe("past");
    expect(tenseOf(token("The parcel was late.", "was"))).toBe("past");
  });

  it("reads an '-ed' verb the lemmatiser does not know as past, and a base form in '-eed' as no past", () => {
    expect(tenseOf(token("So I rebooked her on the evening one.", "rebooked"))).toBe("past");
    expect(tenseOf(token("I relabelled it.", "relabelled"))).toBe("past");
    expect(tenseOf({ value: "proceed", lemma: "proceed", pos: "VERB" } as Token)).toBe("unknown");
  });

  it("reads -s forms and present auxiliaries as present", () => {
    expect(tenseOf(token("She calls every day.", "calls"))).toBe("present");
    expect(tenseOf(token("He tries again.", "tries"))).toBe("present");
    expect(tenseOf(token("The router is fine.", "is"))).toBe("present");
  });

  it("tells one spelling's tense by its lemma, whichever lemma is met first ('saw': 'see' or the tool)", () => {
    const saw = (lemma: string): Token => ({ value: "saw", lemma, pos: "VERB" }) as Token;
    const sawn = (lemma: string): Token => ({ value: "Sawn", lemma, pos: "VERB" }) as Token;
    expect([tenseOf(saw("see")), tenseOf(saw("saw")), tenseOf(saw("see")), tenseOf(saw("saw"))]).toEqual(["past", "unknown", "past", "unknown"]);
    expect([tenseOf(sawn("sawn")), tenseOf(sawn("saw")), tenseOf(sawn("sawn"))]).toEqual(["unknown", "past", "unknown"]);
  });

  it("does not take a British -ise spelling for a past form", () => {
    expect(tenseOf(token("I apologise to them.", "apologise"))).not.toBe("past");
    expect(tenseOf(token("I apologised to them.", "apologised"))).toBe("past");
  });

  it("leaves a form that could be either (a base form, 'put', an -ing form) unknown, for the clause to decide", () => {
    expect(tenseOf(token("I call every customer back.", "call"))).toBe("unknown");
    expect(tenseOf(token("I put the order through.", "put"))).toBe("unknown");
    expect(tenseOf(token("I was checking the order.", "checking"))).toBe("unknown");
  });
});
