import { describe, expect, it } from "vitest";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { readText } from "../text/readText.js";
import { questionServes, servesSomeone } from "./served.js";

const rules = compileRules(englishRules);
const serves = (text: string, deniedFrom?: readonly number[]): boolean => servesSomeone(readText(text, rules).parsed, rules, deniedFrom);

describe("servesSomeone", () => {
  it("finds a customer, a third person or contact with one", () => {
    expect(serves("A caller was confused, so I went through the bill again.")).toBe(true);
    expect(serves("I rang him back within the hour.")).toBe(true);
    expect(serves("Our inbox had 300 unanswered emails, so I set up saved replies.")).toBe(true);
    expect(serves("The couple at table six waited forty minutes.")).toBe(true);
    // The tagger reads these as a name and as verbs; the words still count.
    expect(serves("Customers waited. People walked out. Enquiries doubled.")).toBe(true);
  });

  it("finds no one in a story about stock, rotas or equipment", () => {
    expect(serves("Two staff left, so I rebuilt the rota in a shared spreadsheet and no-shows went to zero.")).toBe(false);
    expect(serves("The espresso machine died at 7:40, so I reset the thermal fuse and had it running by eight.")).toBe(false);
  });

  it("reads 'she', 'he' and 'they' alike, and leaves out what the candidate negates", () => {
    for (const who of ["she", "he", "they"]) expect(serves(`Then ${who} asked for the manager, so I went to the office.`)).toBe(true);
    // What a sentence tells from the candidate's denial on is left out, whoever it names; what comes before it counts.
    const text = "I did not listen to what she wanted.";
    expect(serves(text)).toBe(true);
    expect(serves(text, [1])).toBe(false);
    expect(serves("I'd ring them first thing and say I got it wrong, not blame the system.", [12])).toBe(true);
    expect(serves("I'd ring them first thing and say I got it wrong, not blame the system.", [3])).toBe(false);
  });

  it("does not take a colleague, a thing or a day for someone served", () => {
    // A pronoun whose nearest person in its sentence is a colleague, "she" and "they" alike.
    for (const who of ["her", "their"]) expect(serves(`My manager was on holiday, so I covered ${who} shifts and finished the stock count.`)).toBe(false);
    // "Them" for things; a word for someone served as part of a colleague's ("team members").
    expect(serves("I pulled the delivery notes for six weeks and compared them line by line with the system receipts.")).toBe(false);
    expect(serves("Our team members kept skipping the checklist after 3pm, so I laminated it and put it by the till.")).toBe(false);
    // A name after a preposition of place, or before a noun of a thing; days in the plural are no names.
    expect(serves("I moved the rota into Excel, built a Gantt chart, and on Fridays one fewer van went out.")).toBe(false);
    // Contact words in idioms of no one, or naming a thing of the work; "people" and "someone" may be anyone.
    expect(serves("In order to finish on time I set order quantities by the week, and someone checked the counts.")).toBe(false);
    expect(serves("Two people called in sick every Sunday, so I rebuilt the rota.")).toBe(false);
    // "Patient" said of the candidate, not a patient.
    expect(serves("I stayed patient and very calm while the till rebooted twice, then finished the count.")).toBe(false);
  });

  it("still finds someone served told by a pronoun, a contact word or a name", () => {
    expect(serves("The guests complained about the noise, and they wanted a refund.")).toBe(true);
    expect(serves("Refund disputes fell from six a month to one.")).toBe(true);
    expect(serves("My manager was away. A man rang, and I talked him through the reset.")).toBe(true);
    expect(serves("I rang Priya back on Friday with the new date.")).toBe(true);
    // A colleague in an earlier sentence is not taken for the person a pronoun stands for; a group served counts.
    expect(serves("My colleague was busy with the queue. I sat with him and explained each noise the plane would make.")).toBe(true);
    expect(serves("The coach party arrived late, so I laid out sandwiches and soup for all forty of them.")).toBe(true);
  });

  it("matches words as spelt: 'called' is not 'call', and names, titles and irregular plurals count", () => {
    expect(serves("I called the engineer and we fixed the boiler that morning.")).toBe(false);
    for (const who of ["Priya", "Mx Osei", "Dr Osei", "the two women", "the two men"]) expect(serves(`Then ${who} came to the front desk.`)).toBe(true);
  });
});

describe("questionServes", () => {
  it("tells a question about serving someone from one about the team or the work", () => {
    expect(questionServes("Tell me about a time a customer was upset with you.", rules)).toBe(true);
    expect(questionServes("What would you do if an order arrived damaged?", rules)).toBe(true);
    expect(questionServes("Imagine your company switches ticketing systems next Monday and half the team is nervous about it.", rules)).toBe(false);
    expect(questionServes("Can you talk about a time when you helped to resolve a conflict between team members?", rules)).toBe(false);
    expect(questionServes("Can you give a detailed account of a problem at work, and how you solved them?", rules)).toBe(false);
  });

  it("takes an answer with no question to be about serving a customer", () => {
    expect(questionServes(undefined, rules)).toBe(true);
    expect(questionServes("  ", rules)).toBe(true);
  });
});
