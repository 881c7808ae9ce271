import { describe, expect, it } from "vitest";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { readText } from "../text/readText.js";
import { type ClauseState, classifyClauses, classifySentences, endsInQuote, toldAsYou } from "./classifyClauses.js";

const rules = compileRules(englishRules);

/** The clause state of a word of the answer (its first use, or its `nth`), read through stages 1-2 as the scorer reads it. */
function stateOf(text: string, word: string, nth = 0): ClauseState {
  const read = readText(text, rules);
  const states = classifySentences(read.parsed, rules).flat();
  const at = read.parsed.tokens.flatMap((t, i) => (text.slice(t.start, t.end) === word ? [i] : []))[nth];
  const state = at === undefined ? undefined : states[at];
  if (state === undefined) throw new Error(`${word} not in ${text}`);
  return state;
}

describe("classifyClauses", () => {
  it("hands out clause states no caller can change: one reading, one frozen state, shared across answers", () => {
    const first = stateOf("I refunded her the same day.", "refunded");
    const second = stateOf("Yesterday I refunded the customer.", "refunded");
    expect(first).toEqual({ actor: "self", negated: false, hypothetical: false, reported: false, speaker: "self", tense: "past", habitual: false });
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { negated: boolean }).negated = true;
    }).toThrow(TypeError);
    expect(stateOf("I refunded her the same day.", "refunded").negated).toBe(false);
  });

  it("reads a denied action as negated for the candidate, and a new subject as a new clause", () => {
    expect(stateOf("I didn't refund her.", "refund")).toMatchObject({ actor: "self", negated: true });
    expect(stateOf("I couldn't find the parcel, so I refunded her.", "refunded")).toMatchObject({ actor: "self", negated: false });
  });

  it("reads a verb in '-ing' after 'no' as denied, but not a noun after it or 'no' as an answer", () => {
    expect(stateOf("My mistake. No blaming the system.", "blaming").negated).toBe(true);
    expect(stateOf("There was no blaming anyone for it.", "blaming").negated).toBe(true);
    expect(stateOf("No, I called her back within the hour.", "called").negated).toBe(false);
    expect(stateOf("No refunds were given, so I rang the depot.", "rang").negated).toBe(false);
  });

  it("reads a word with a hyphen as one word: no clause ends inside it, and its first part is no verb", () => {
    expect(stateOf("About forty families got parcels and nobody left empty-handed.", "handed").actor).toBe("other");
    expect(stateOf("I double-checked the order.", "double").tense).toBe("unknown");
    expect(stateOf("I double-checked the order.", "checked")).toMatchObject({ actor: "self", tense: "past" });
    // A dash with spaces round it still ends the clause.
    expect(stateOf("The courier lost it - I sent another one.", "sent").actor).toBe("self");
  });

  it("goes back to the candidate after a clause hung off theirs by 'until', 'before' or 'so' of purpose", () => {
    expect(stateOf("I waited until she could talk, and rang her back.", "rang")).toMatchObject({ actor: "self", hypothetical: false, tense: "past" });
    expect(stateOf("I moved the tins to the front so families could still get a parcel, and put a sign up.", "put")).toMatchObject({ actor: "self", hypothetical: false });
    expect(stateOf("I moved the tins so that families could get a parcel, and put a sign up.", "put")).toMatchObject({ actor: "self", hypothetical: false });
    // The hung clause is still its subject's, in its mood; "so" of a result hangs nothing off.
    expect(stateOf("I moved the tins so families could still get a parcel.", "get")).toMatchObject({ actor: "other", hypothetical: true });
    expect(stateOf("She was upset, so her husband rang and asked for a refund.", "asked").actor).toBe("other");
  });

  it("opens a clause at a subject pronoun followed by a verb, without a comma, but not after a verb of thinking", () => {
    expect(stateOf("When it was dispatched I sent her the tracking number.", "sent").actor).toBe("self");
    expect(stateOf("After the courier had gone we rebooked the delivery.", "rebooked").actor).toBe("we");
    expect(stateOf("I checked the account and she had paid twice.", "paid").actor).toBe("other");
    // Past an adverb or two between the pronoun and its verb.
    expect(stateOf("When she showed me the email I still insisted on the old price.", "insisted").actor).toBe("self");
    expect(stateOf("When the van came back I finally rang her.", "rang").actor).toBe("self");
    // What someone thought stays theirs: "we had lied" is his belief, not the team's deed.
    expect(stateOf("He thought we had lied to him, so I showed him the tracking page.", "lied").actor).toBe("other");
  });

  it("reads 'then' between a subject and its verb as part of the clause, not a boundary that hands the verb to the clause before", () => {
    expect(stateOf("We had to discuss compromises; I then explained the pros and cons.", "explained").actor).toBe("self");
    expect(stateOf("I apologised and the manager then agreed to the refund.", "agreed").actor).toBe("other");
    // As a boundary after a verb it still opens a clause that goes on with the subject before it.
    expect(stateOf("She checked the booking, then rang the hotel.", "rang").actor).toBe("other");
  });

  it("opens a clause at a subject pronoun after a verb of thinking once the verb's own complement is read, not right after the verb", () => {
    expect(stateOf("For the part that felt similar I suggested a merged form.", "suggested").actor).toBe("self");
    // Right after the verb, or after a word of belief, it completes the verb ("He thought we had lied" is tested above).
    expect(stateOf("She knew I had paid twice.", "paid").actor).toBe("other");
    expect(stateOf("She felt sure I had lost the form.", "lost").actor).toBe("other");
  });

  it("reads a participle after a comma as the clause before's, and a gerund with a verb after it as no one's", () => {
    expect(stateOf("I wrote her five steps, using the labels on her screen, and sent them.", "using").actor).toBe("self");
    expect(stateOf("Acknowledging feelings is important, so I always do it.", "Acknowledging").actor).toBe("other");
  });

  it("takes the story up again after words said at a verb of the same form in both tenses, but not at an infinitive", () => {
    const put = stateOf("I wrote her five steps, using the labels on her screen, and put the title in the subject.", "put");
    expect([put.actor, put.reported]).toEqual(["self", false]);
    expect(stateOf("I said sorry and set up a new login for her.", "set").reported).toBe(false);
    expect(stateOf("She told me to put it back on the shelf.", "put").reported).toBe(true);
  });

  it("ends someone else's report at a verb of saying with a subject of its own, but not inside their words", () => {
    const text = "Every buyer gets the cover offered, and if they hesitate I'd tell them the price ends on Friday.";
    expect(stateOf(text, "price")).toMatchObject({ reported: false, actor: "self" });
    // Her claim stays hers: "I lied" inside what she said is not the candidate's admission.
    expect(stateOf("She said I lied to her about the delivery date.", "lied")).toMatchObject({ reported: true, speaker: "other" });
    expect(stateOf("She said I never told her about the fee.", "fee")).toMatchObject({ reported: true, speaker: "other" });
  });

  it("ends the candidate's report at 'without' before the words said have a verb, but not inside what was said", () => {
    // "without talking down" is how the candidate explained, not what they said: the act is denied.
    expect(stateOf("I explained it again without talking down to him.", "talking")).toMatchObject({ actor: "self", negated: true, reported: false });
    expect(stateOf("I told her without sounding rude.", "sounding").negated).toBe(true);
    // What was said keeps its own words, negations and all, and "without" inside it does not end it.
    expect(stateOf("I told her it wasn't my problem without even looking up.", "problem")).toMatchObject({ negated: false, reported: true });
    expect(stateOf("I told him I can't give you these without a prescription.", "prescription").reported).toBe(true);
  });

  it("opens a clause at a name as at a pronoun", () => {
    expect(stateOf("When I offered a refund she accepted it.", "accepted").actor).toBe("other");
    expect(stateOf("When I offered a refund Priya accepted it.", "accepted").actor).toBe("other");
  });

  it("tells the candidate from the team and from someone else", () => {
    expect(stateOf("We refunded the order.", "refunded").actor).toBe("we");
    expect(stateOf("My supervisor refunded the order.", "refunded").actor).toBe("other");
    expect(stateOf("I called her and refunded the order.", "refunded").actor).toBe("self");
  });

  it("reads 'before me' inside a subject as part of it, not a clause hung off the candidate's", () => {
    expect(stateOf("The agent before me told her it was sorted.", "told").actor).toBe("other");
    expect(stateOf("My colleague before me had promised a refund, so I rang the depot.", "promised").actor).toBe("other");
    expect(stateOf("My colleague before me had promised a refund, so I rang the depot.", "rang").actor).toBe("self");
    // A clause that does hang off the candidate's still hands back to them.
    expect(stateOf("I waited until her manager came, then apologised.", "came").actor).toBe("other");
    expect(stateOf("I stayed on the line until he found the letter and read it out.", "found").actor).toBe("other");
  });

  it("reads what follows 'I'm' as the candidate's, as after 'I am'", () => {
    expect(stateOf("So I'm calling him back now.", "calling").actor).toBe("self");
    expect(stateOf("Honestly I’m fed up with it.", "fed").actor).toBe("self");
    expect(stateOf("I'm going to call her back.", "call").actor).toBe("self");
    expect(stateOf("So I'm stood there and he's shouting.", "shouting").actor).toBe("other");
  });

  it("reads would, will, going to and if as hypothetical", () => {
    expect(stateOf("I would call her back.", "call").hypothetical).toBe(true);
    expect(stateOf("I'm going to call her back.", "call").hypothetical).toBe(true);
    expect(stateOf("If a customer waits, I apologise.", "apologise").hypothetical).toBe(true);
    expect(stateOf("I called her back.", "called").hypothetical).toBe(false);
  });

  it("reads reported speech as words said, with who said them, and takes the story up again after it", () => {
    expect(stateOf("I told her I would refund it.", "refund")).toMatchObject({ reported: true, speaker: "self" });
    expect(stateOf("She said she would never come back.", "come")).toMatchObject({ reported: true, speaker: "other" });
    expect(stateOf("My manager said we could refund it, so I refunded her.", "refunded")).toMatchObject({ reported: false, actor: "self", hypothetical: false });
  });

  it("carries a quotation opened in one sentence into the next", () => {
    const text = "I said, “Peonies are gone. Can I send photos?” She agreed.";
    expect(stateOf(text, "send")).toMatchObject({ reported: true, speaker: "self" });
    expect(stateOf(text, "agreed")).toMatchObject({ reported: false, actor: "other" });
  });

  it("carries the speaker of a quotation into the next sentence: a colleague's words stay the colleague's", () => {
    const text = "The lad on the next till said, 'Offer finished yesterday. Nothing we can do.' I said, 'Hang on. Let me check the sign.'";
    expect(stateOf(text, "do")).toMatchObject({ reported: true, speaker: "other" });
    expect(stateOf(text, "check")).toMatchObject({ reported: true, speaker: "self" });
  });

  it("reads a single quote that opens on 'a', and an apostrophe that opens nothing, so the story after them is the candidate's", () => {
    // wink-nlp reads "'a" as one word; the closing mark had been read as an opening one.
    const quoted = "A student asked me for 'a book about Excel'. I showed him the video course instead.";
    expect(stateOf(quoted, "book")).toMatchObject({ reported: true });
    expect(stateOf(quoted, "showed")).toMatchObject({ reported: false, actor: "self", tense: "past" });
    // A word cut short closes no quotation: "'em", "'til".
    expect(stateOf("I told 'em we'd sort it. I refunded her the next day.", "refunded")).toMatchObject({ reported: false, actor: "self" });
    expect(stateOf("We waited 'til six. I rang the depot myself.", "rang")).toMatchObject({ reported: false, actor: "self" });
    // A quotation that ends on a plural closes there; a plural possessive before what is theirs opens nothing.
    expect(stateOf("He said 'I've got two kids' twice. So I stopped defending the charge. The letter said 'further action'.", "stopped")).toMatchObject({ reported: false, actor: "self" });
    expect(stateOf("I checked the customers' orders and rang them. Then I refunded two.", "refunded")).toMatchObject({ reported: false, actor: "self" });
    // A straight quote that is closed later still carries across sentences.
    expect(stateOf("She said 'I'm sorry. It won't happen again,' and I refunded her.", "happen")).toMatchObject({ reported: true });
  });

  it("reads a main clause with no subject after a fronted 'if' or 'when' clause as the speaker's own step", () => {
    // A plan told as imperatives: the step is the candidate's, not the "if" clause's subject's.
    expect(stateOf("If there's a car in the same class, give it to them at the same price.", "give")).toMatchObject({ actor: "self", hypothetical: true });
    expect(stateOf("When the parcel is late, tell the customer the day it will come.", "tell")).toMatchObject({ actor: "self" });
    // A main clause with its own subject keeps it; a clause joined by "and" inside the fronted one is still the fronted one's.
    expect(stateOf("When she rang back, she was calmer.", "she", 1)).toMatchObject({ actor: "other" });
    expect(stateOf("If the manager agrees and signs it, I refund her.", "signs")).toMatchObject({ actor: "other" });
  });

  it("gives a clause's subject the clause's own reading, not the clause before's", () => {
    expect(stateOf("He was shouting, and I lost my temper.", "I")).toMatchObject({ actor: "self", negated: false });
    expect(stateOf("The manager refunded it, and we apologised.", "we").actor).toBe("we");
    expect(stateOf("I never lost my temper.", "I").negated).toBe(true);
    expect(stateOf("She said I was rude.", "I")).toMatchObject({ reported: true, speaker: "other" });
  });

  it("reads an act the candidate nearly did as not done, and only when the adverb stands before its verb", () => {
    expect(stateOf("I nearly lost my temper.", "lost")).toMatchObject({ actor: "self", negated: true });
    expect(stateOf("I almost snapped at him, but I let him finish.", "let")).toMatchObject({ actor: "self", negated: false });
    expect(stateOf("I stayed on the line for nearly an hour.", "stayed").negated).toBe(false);
  });

  it("reads 'not just' and 'not only' as done and more, and a wish as not done", () => {
    expect(stateOf("I didn't just apologise, I sent her a replacement.", "apologise")).toMatchObject({ actor: "self", negated: false, tense: "past" });
    expect(stateOf("Not only did I apologise, I waived the fee.", "apologise")).toMatchObject({ negated: false, tense: "past" });
    expect(stateOf("I didn't apologise.", "apologise").negated).toBe(true);
    expect(stateOf("I wish I'd asked for her number.", "asked").hypothetical).toBe(true);
    // A subject after its auxiliary keeps the clause's denial: "not once" is never.
    expect(stateOf("Not once did I blame the customer.", "blame")).toMatchObject({ actor: "self", negated: true });
    expect(stateOf("Never did I raise my voice.", "raise").negated).toBe(true);
  });

  it("reads 'd before a past participle as 'had', whatever the participle's ending, and before a bare verb as 'would'", () => {
    for (const [text, verb] of [["I'd left her on hold for twenty minutes.", "left"], ["I'd told him twice already.", "told"], ["I'd sent it the day before.", "sent"], ["I'd lost the form.", "lost"], ["I'd heard it all before.", "heard"]] as const) {
      expect(stateOf(text, verb).hypothetical, text).toBe(false);
    }
    expect(stateOf("I'd leave it with her.", "leave").hypothetical).toBe(true);
    expect(stateOf("I'd tell her the truth.", "tell").hypothetical).toBe(true);
  });

  it("reads an aside of adverbs between commas as part of the clause, so its verb keeps its own subject", () => {
    // Before, the comma closed the clause and the verb was read as the candidate's.
    expect(stateOf("My first reaction, honestly, was to get defensive.", "get").actor).toBe("other");
    expect(stateOf("The manager, frankly, was no help, so I called the depot myself.", "was").actor).toBe("other");
    expect(stateOf("The manager, frankly, was no help, so I called the depot myself.", "called").actor).toBe("self");
    // A comma after a subject that is not an aside still ends the clause.
    expect(stateOf("After the call, I rang the depot.", "rang").actor).toBe("self");
  });

  it("gives a verb to the person whose subject waits for it past a comma or a clause about them", () => {
    expect(stateOf("A customer, Ingrid, corrected me when I said the tent was fine.", "corrected").actor).toBe("other");
    expect(stateOf("My manager, to be fair, sorted it out in the end.", "sorted").actor).toBe("other");
    expect(stateOf("The customer, who'd been waiting since nine, finally lost it.", "lost").actor).toBe("other");
    expect(stateOf("The customer, who'd been waiting since nine, finally lost it.", "waiting").actor).toBe("other");
    expect(stateOf("The man who rang on Monday was furious.", "rang").actor).toBe("other");
    // Not a time, a phrase after a preposition, a word that opens a plan, or a name set off after an object.
    expect(stateOf("Last month, rang a customer back about her refund.", "rang").actor).toBe("self");
    expect(stateOf("After the call, rang the depot.", "rang").actor).toBe("self");
    expect(stateOf("First, check the order number, then apologise.", "check").actor).toBe("self");
    expect(stateOf("I asked the receptionist, Noor, why the fax was wrong, and got it changed.", "got").actor).toBe("self");
  });

  it("reads a noun phrase with a verb of its own after the candidate's verb as another's clause, with no 'that' before it", () => {
    expect(stateOf("I saw the manager had refunded it already.", "refunded").actor).toBe("other");
    expect(stateOf("I think the warehouse sent the wrong size.", "sent").actor).toBe("other");
    expect(stateOf("I checked what seats were left.", "left").actor).toBe("other");
    // A bare verb after the phrase is the candidate's clause's; so are an object and what follows a verb of saying.
    expect(stateOf("I helped the customer find it.", "helped").actor).toBe("self");
    expect(stateOf("I gave the customer a refund and rang her back.", "rang").actor).toBe("self");
    expect(stateOf("If they hesitate I'd tell them the price ends on Friday.", "price").actor).toBe("self");
  });

  it("gives a relative clause's verb to the word 'who' or 'which' stands for, and the steps after a colon to the speaker", () => {
    expect(stateOf("I handed the keys to the valet, who parked the car on the wrong level.", "parked").actor).toBe("other");
    expect(stateOf("I let him finish, which took about five minutes.", "took").actor).toBe("other");
    expect(stateOf("On the call I'd get agreement on who does which part, and write it back to both.", "write").actor).toBe("self");
    expect(stateOf("So my plan would be: apologise, find out what happened, and follow up the next day.", "follow").actor).toBe("self");
    // A person waits for a verb only until a clause with a subject and verb of its own: then the story is the speaker's.
    expect(stateOf("When we switched systems, Jade, our apprentice, picked it up faster than me.", "picked").actor).toBe("other");
    expect(stateOf("I called the dad, Sam, told him straight and said we'd make it work.", "told").actor).toBe("self");
    expect(stateOf("I moved everything into the bar fridges and the ice machine, and rang the manager.", "rang").actor).toBe("self");
  });

  it("reads the candidate and another joined by 'and' as the team", () => {
    expect(stateOf("My team and I rebuilt the rota in one weekend.", "rebuilt").actor).toBe("we");
    expect(stateOf("Me and my colleague stayed till midnight, and I drove her home.", "stayed").actor).toBe("we");
    expect(stateOf("Me and my colleague stayed till midnight, and I drove her home.", "drove").actor).toBe("self");
    expect(stateOf("I put the old box and the new box on the table and I marked the old one.", "marked").actor).toBe("self");
  });

  it("goes on, after a clause hung off a verb, with the clause it hung off", () => {
    const found = "I worked out with the clerk that our requests were going to an old fax number, got it changed, and wrote a script.";
    expect(stateOf(found, "going").actor).toBe("other");
    expect(stateOf(found, "got").actor).toBe("self");
    expect(stateOf(found, "wrote").actor).toBe("self");
    // With a name set off by commas between the verb and "that".
    expect(stateOf("I asked the receptionist, Noor, why the fax number was wrong, and got it changed.", "got").actor).toBe("self");
    expect(stateOf("She was upset because I was late, and left.", "left").actor).toBe("other");
    expect(stateOf("He said that I was rude and stormed out.", "stormed").actor).toBe("other");
    // A clause with a subject of its own is its own, and a phrase put first hangs off nothing.
    expect(stateOf("I called because the order was late, and she apologised.", "apologised").actor).toBe("other");
    expect(stateOf("After the wedding she posted our bouquet and thanked me.", "thanked").actor).toBe("other");
  });

  it("reads 'do' standing as a verb as one, with its tense, but not as an auxiliary", () => {
    expect(stateOf("I did all five steps for every return.", "did")).toMatchObject({ actor: "self", tense: "past" });
    expect(stateOf("I did, and she chose them.", "did")).toMatchObject({ actor: "self", tense: "past" });
    expect(stateOf("I did not refund her.", "did").tense).toBe("unknown");
    expect(stateOf("Did you refund her?", "Did").tense).toBe("unknown");
    expect(stateOf("So did I.", "did").tense).toBe("unknown");
  });

  it("tells a past action from a present one and from a habit", () => {
    expect(stateOf("I called her.", "called")).toMatchObject({ tense: "past", habitual: false });
    expect(stateOf("Every day I call the customers.", "call")).toMatchObject({ tense: "present", habitual: true });
    expect(stateOf("I always call customers back.", "call").habitual).toBe(true);
    expect(stateOf("I have handled angry callers.", "handled").habitual).toBe(true);
    // A habit told after the verb is a habit too; a past verb with "every day" still tells a story.
    expect(stateOf("I call her every day.", "call")).toMatchObject({ tense: "present", habitual: true });
    expect(stateOf("I explain the bill slowly each time.", "explain").habitual).toBe(true);
    expect(stateOf("I called her every day that week.", "called")).toMatchObject({ tense: "past", habitual: false });
    expect(stateOf("I call her and she thanks me every day.", "call").habitual).toBe(false);
  });

  it("reads 'you' as the candidate in an answer told in the second person", () => {
    expect(stateOf("So you go over, you scan his things and you walk him to the pharmacy.", "scan").actor).toBe("self");
    expect(stateOf("I was off sick, so you called her instead.", "called").actor).toBe("other");
  });

  it("gives one state per token of the sentence, and none for a sentence that is not there", () => {
    const read = readText("I called her. She thanked me.", rules);
    const second = read.parsed.sentences[1];
    expect(classifyClauses(read.parsed, 1, rules)).toHaveLength((second?.endToken ?? 0) - (second?.firstToken ?? 0));
    expect(classifyClauses(read.parsed, 5, rules)).toEqual([]);
  });
});

describe("toldAsYou and endsInQuote", () => {
  it("takes 'you' for the speaker only when the answer never says 'I'", () => {
    expect(toldAsYou(readText("You go over and you scan his things.", rules).parsed)).toBe(true);
    expect(toldAsYou(readText("I told you I would scan your things.", rules).parsed)).toBe(false);
  });

  it("says whether a sentence ends inside a quotation", () => {
    const { parsed } = readText("I said, “Peonies are gone. Can I send photos?” She agreed.", rules);
    expect(endsInQuote(parsed, 0, false)).toBe(true);
    expect(endsInQuote(parsed, 1, true)).toBe(false);
  });
});
