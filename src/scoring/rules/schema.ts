import * as z from "zod";
import { Indicator } from "../../competencies/schema.js";

/**
 * A universal red flag: an indicator of counter-evidence, and whether it counts whoever the clause is about (a
 * judgment in the candidate's own narration, "they were clueless") or only when the candidate or the team does it.
 */
export const RedFlag = Indicator.extend({ kind: z.literal("red-flag"), whoever: z.boolean() });
/** A universal red flag. */
export type RedFlag = z.infer<typeof RedFlag>;

const Patterns = z.array(z.instanceof(RegExp)).min(1);
const Words = z.array(z.string().min(1)).min(1);

/**
 * The English reading rules the scorer reads an answer with, as one typed object passed in (like a date-fns
 * locale): cue patterns, function words, name lists and the universal red flags. Validated once, when a scorer
 * is created.
 */
export const ReadingRules = z.object({
  /** A name for the rules, recorded in the scorer's provenance (e.g. "en-1"). */
  id: z.string().min(1),
  /** Cue patterns, each matched case-insensitively against the neutral reading of one sentence. */
  cues: z.object({
    /** A stated outcome. */
    result: Patterns,
    /** Reflection, follow-up or prevention. */
    reflection: Patterns,
    /** The candidate's own task or goal. */
    task: Patterns,
    /** How a story sets its scene. */
    situation: Patterns,
    /** Self-descriptions that claim a quality instead of showing it. */
    genericClaims: Patterns,
    /** Text that speaks to the scorer. */
    instruction: Patterns,
    /** Words and stock phrases that name a quality instead of showing it. */
    qualityNaming: Patterns,
    /** A particular customer or scene ("a young man", "one customer"). */
    storyParticipant: Patterns,
    /** A measured outcome (a number, a share, a time). */
    measured: Patterns,
    /** The candidate owns a lapse of their own as one ("that came out wrong", "it was my mistake", "I caught myself"). */
    owning: Patterns,
  }),
  /** Function words and word classes, as lower-case lemmas or forms. */
  words: z.object({
    modals: Words,
    negations: Words,
    conditionals: Words,
    /** Verbs after which "to" + verb is a failure to act ("failed to", "refused to"). */
    failures: Words,
    /** Adverbs that, straight before a verb, say the act was not done ("I nearly lost my temper"). */
    nearMisses: Words,
    /** Determiners that, straight before a verb in "-ing", deny it ("No blaming the system", "there was no shouting"). */
    denials: Words,
    /** After a negation, words that make it "not only": the act was done, and more ("I didn't just apologise"). */
    notOnly: Words,
    /** Verbs whose clause tells what was not done ("I wish I'd asked for her number"). */
    wishes: Words,
    /** Relative pronouns that may stand as their clause's subject ("the man who rang"). */
    relatives: Words,
    /** Of those, the ones that stand for a thing or for what was just told, never a person acting ("which"). */
    thingRelatives: Words,
    /** Possessive determiners, which may open a noun phrase with a verb of its own ("I saw my colleague had…"). */
    possessives: Words,
    /** Object pronouns, after which a noun phrase may have a verb of its own ("I told him the warehouse had lost it"). */
    objectPronouns: Words,
    /** Nouns of a time of day, a season or a span that may open a sentence before its comma ("That afternoon, called…"). */
    timeWords: Words,
    /** Words that tell a state lasts to the time of telling ("he still comes every week", "she now books online"). */
    lasting: Words,
    /** "could see/hear…": past perception, not a hypothetical. */
    perception: Words,
    /** Words of temptation before "to" ("tempted to", "the urge to"): a lapse told so is not a deed. */
    temptations: Words,
    /** Verbs of a state after "can" ("I know I can get a bit defensive"): a tendency the candidate names, not a deed. */
    tendencies: Words,
    /** "planned to", "wanted to": intent, not an action taken. */
    intent: Words,
    /** Verbs of saying: what follows is reported speech. */
    speech: Words,
    /** Habit markers: "always", "usually". */
    habitual: Words,
    /** Verbs of state or thought, not actions. */
    stative: Words,
    /** Verbs whose past form is their base ("put", "set"). */
    sameForm: Words,
    /** Words of a date or a time span: specific details. */
    dates: Words,
    /** Words of a service or work context. */
    serviceContext: Words,
    /**
     * Whom a service story serves: nouns for the people served ("customer", "caller", "a man", "Mr") and pronouns for
     * a third person ("she", "they"). With `contact`, an answer with none of them serves no one. Words that may as
     * well be colleagues or anyone ("people", "someone") are left out.
     */
    served: Words,
    /**
     * Contact with someone served ("call", "order", "email", "booking"). One does not count where it names a thing
     * of the work ("delivery notes", "order quantities": followed by a noun that is neither served nor contact).
     */
    contact: Words,
    /**
     * The people a candidate works with ("manager", "colleague", "team"). A third-person pronoun whose nearest person
     * before it, in its own sentence, is one of them serves no one ("my manager was away, so I covered her shifts"), nor
     * does a word for someone served right after one ("team members").
     */
    colleagues: Words,
    /**
     * Prepositions of place and time: a name right after one is a place, a firm, a program or a day ("at Tesco", "in
     * Excel"), not someone served.
     */
    places: Words,
    /** Nouns too abstract to make a story concrete. */
    abstractNouns: Words,
    /** Subjects that are someone other than the candidate. */
    otherSubjects: Words,
    /** Clause boundaries besides punctuation and conjunctions. */
    boundaries: Words,
    /** Gendered words and their neutral readings ("she" → "they"). */
    neutral: z.record(z.string(), z.string()),
  }),
  /** Lists for telling names from words. */
  names: z.object({
    /** Capitalised words that are never a person's name. */
    notNames: Words,
    /** Given names that are also everyday words ("Will", "Hope"). */
    wordNames: Words,
    /** Months that are also given names ("May", "June"). */
    monthOrName: Words,
  }),
  /** Counter-evidence whatever the competency: contempt, blame, deception, temper, giving up. */
  redFlags: z.array(RedFlag).min(1).readonly(),
  /**
   * Contempt for a person served told by a word that judges them ("the guy was a complete moron", "this gormless
   * lad"): a red flag read from the sentence's words, not from patterns. Its examples must count and its non-examples
   * must not (tests run them through the real reading).
   */
  judgments: z.object({
    /** The red flag's id and description. */
    id: z.string().min(1),
    description: z.string().min(1),
    /** Words for a person served, in their neutral reading ("person" for "woman"). */
    people: Words,
    /** Third persons' pronouns that are a person, as written ("she"; "they" is one only after a plural word for people). */
    pronouns: Words,
    /** Titles before a name, as written: the name is a person's ("Mrs Patel"; a name alone may be a firm's). */
    titles: Words,
    /** Words that open a clause about the person before them, as written ("a patient who was…"). */
    relatives: Words,
    /** Verbs (lemmas) that link a person to what they are said to be ("was", "seemed", "acted"), and words after them ("like", "as"). */
    linking: Words,
    afterLinking: Words,
    /** Words that may stand before a judgment ("a total…", "such a…", "really…"), and those before which "of" may ("a bit of a…"). */
    between: Words,
    beforeOf: Words,
    /** Words that point at a person ("this moron", "what a cretin"). */
    pointing: Words,
    /** Words of a view, words or feelings (lemmas): after one of someone else's, a judgment is theirs ("she admitted she was…"). */
    views: Words,
    /** Verbs that give a name (lemmas): what follows is the name ("he called the lady a moron"). */
    naming: Words,
    /** Denials besides the rules' negations ("no such thing as…", "nobody thought…"). */
    denials: Words,
    /** Words after which a denial, a condition or someone else's view before them in the sentence no longer holds ("she wasn't rude, but she was a moron"). */
    contrasts: Words,
    /** Words that judge a person with contempt (not feelings, plights or conduct told plainly). */
    words: Words,
    /** Words that judge a person only when said of them ("she was a nightmare"), innocent elsewhere ("a nightmare journey"). */
    saidOf: Words,
    examples: z.array(z.string().min(1)).min(1),
    nonExamples: z.array(z.string().min(1)).min(1),
  }),
});
/** The English reading rules the scorer reads an answer with. */
export type ReadingRules = z.infer<typeof ReadingRules>;
