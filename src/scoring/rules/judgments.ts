/*!
 * The words of VADER_JUDGMENTS come from VADER's sentiment lexicon (vaderSentiment), used under the MIT License:
 *
 * Copyright (c) 2016 C.J. Hutto
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
 * rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
 * persons to whom the Software is furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
 * WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 * COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
import type { ReadingRules } from "./schema.js";

/**
 * Words of VADER's lexicon (valence −1.0 or below) that two readers, working apart, each judged contemptuous when
 * said of a person: not feelings ("livid"), plights ("homeless") or conduct a fair candidate may state plainly
 * ("abusive"). 152 of the 2,245 such words the tagger reads as an adjective or a noun after "she was (a)": "nerd" and
 * "dork" were left out as often fond, and "ass", "evil", "nuts", "crazy", "ignorant", "loser", "sucker" and "pitiful"
 * as often innocent or a feeling ("a necessary evil", "crazy about her dog", "ignorant of the rule", "a sucker for a
 * bargain"). Some are slurs: they are here so that a candidate who uses one is not rated as serving well.
 */
export const VADER_JUDGMENTS: readonly string[] = [
  "assholes", "bastard", "bastards", "bitch", "bitches", "bitchier", "bitchiest", "bitchy", "childish",
  "chucklehead", "chuckleheads", "clueless", "cocksucker", "cocksuckers", "contemptible", "coward", "cowardly",
  "cunt", "cunts", "dick", "dickhead", "dipshit", "disgusting", "douche", "douchebag", "dullard", "dullards",
  "dumb", "dumbass", "dumber", "dumbest", "dumbhead", "dumbheads", "dumpier", "dumpiest", "dumpy", "egotist",
  "egotistic", "egotists", "fag", "faggot", "faggots", "fool", "foolish", "fools", "freak", "freakish",
  "freaky", "fucker", "fuckers", "fuckface", "fuckhead", "fucktard", "gross", "grossest", "gullible", "idiot",
  "idiotic", "ignoramus", "ignoramuses", "imbecile", "incompetent", "inferior", "insane", "insignificant",
  "jackass", "jackasses", "jerk", "jerks", "lamebrain", "lamebrains", "lazier", "laziest", "lazy", "losers",
  "lowbrow", "lowlife", "lowlifes", "lowlives", "lunatic", "lunatics", "maniac", "maniacs", "mindless", "moocher",
  "moochers", "moron", "moronic", "morons", "motherfucker", "nag", "niggas", "nigger", "numbskull", "numbskulls",
  "obnoxious", "pathetic", "pervert", "perverts", "pesky", "pissant", "pissants", "prick", "retard",
  "retarded", "ridiculous", "screwup", "screwups", "screwy", "scumbag", "shithead", "shitheads", "slut", "sluts",
  "slutty", "smartass", "smartasses", "snob", "snobby", "snobs", "stupid", "stupider", "stupidest", "stupids",
  "talentless", "tard", "twat", "uglier", "ugliest", "ugly", "unattractive", "unintelligent",
  "unlovable", "unsophisticated", "useless", "vile", "wanker", "weakling", "weaklings", "weirdo", "weirdoes",
  "weirdos", "whiner", "whiney", "whore", "whores", "wimp", "wimps", "wiseass", "wiseasses", "witch", "worthless",
];

/** rapport's own: everyday British and American words of contempt for a person that VADER's lexicon lacks or rates mild. */
export const OWN_JUDGMENTS: readonly string[] = [
  "airhead", "annoying", "bellend", "berk", "brat", "brats", "buffoon", "caveman", "cretin", "dense", "dim", "dimwit",
  "diva", "dopey", "dozy", "dunce", "gormless", "halfwit", "headcase", "knobhead",
  "moaner", "moaners", "muppet", "nitwit", "nuisance", "numpty", "nutter", "oaf", "pest", "pillock", "plonker", "prat",
  "psycho", "senile", "simpleton", "tosser", "twit", "whinger", "whingers", "whiny", "windbag",
];

/**
 * Words written with a hyphen, of two parts: those both writers of `LISTED_JUDGMENTS` listed, less conduct told
 * plainly ("ham-fisted") and those starting with a denial or a verb ("no-hoper", "has-been"), and rapport's own.
 */
export const HYPHENATED_JUDGMENTS: readonly string[] = [
  "addle-brained", "coffin-dodger", "dull-witted", "empty-headed", "fuddy-duddy", "hatchet-faced", "horse-faced",
  "knuckle-dragger", "ning-nong", "pea-brained", "pug-ugly", "slow-witted",
  "air-headed", "bone-headed", "brain-dead", "dim-witted", "half-wit", "half-witted", "low-life", "pig-headed",
  "thick-headed", "two-faced",
];

/**
 * Words two writers listed apart, each from their own knowledge, as contempt for a person in British, American,
 * Australian, Irish, Indian and South African English, kept where both lists agree, less those often innocent in a
 * service story ("cad", "wretch") and those written with a hyphen (read as two words).
 */
export const LISTED_JUDGMENTS: readonly string[] = [
  "amadan", "arsehole", "arsewipe", "asinine", "assclown", "asshat", "asshole", "battleaxe", "bawbag", "bewakoof",
  "biddy", "bimbo", "birdbrain", "blackguard", "blockhead", "bludger", "bogan", "bonehead", "boofhead", "boor",
  "boorish", "bounder", "bozo", "brainless", "buddhu", "bumpkin", "bungler", "chav", "chavvy", "chump", "churl",
  "churlish", "chutiya", "clodhopper", "cockwomble", "codger", "crass", "crone", "crybaby", "deadbeat", "degenerate",
  "despicable", "dickwad", "dimwitted", "dingbat", "dirtbag", "ditz", "ditzy", "doddering", "dof", "dolt", "doltish",
  "domkop", "doofus", "doos", "dotard", "drongo", "duffer", "dunderhead", "dweeb", "eejit", "fathead", "fatso",
  "feckless", "fishwife", "fogey", "freeloader", "fuckwit", "galoot", "gobshite", "gombeen", "goober", "gurrier",
  "gutless", "guttersnipe", "hag", "harpy", "harridan", "hayseed", "hick", "hillbilly", "imbecilic", "inane", "inept",
  "jobsworth", "klutz", "knave", "knobend", "knucklehead", "lardarse", "lardass", "layabout", "loathsome", "lout",
  "loutish", "lummox", "lunkhead", "mampara", "meathead", "milquetoast", "minger", "minging", "moegoe", "munter",
  "muttonhead", "nincompoop", "ninny", "nonentity", "nong", "numbnuts", "oafish", "odious", "oik", "pleb", "poephol",
  "poes", "poseur", "putz", "ratbag", "redneck", "reprobate", "repugnant", "riffraff", "rotter", "rube", "scally",
  "scatterbrain", "scatterbrained", "schlub", "schmuck", "scoundrel", "scrote", "scuzzball", "shitbag", "shitstain",
  "skanger", "skanky", "sleazebag", "sleazeball", "sleazy", "slimeball", "slob", "smarmy", "sook", "spineless",
  "sponger", "thickheaded", "thicko", "toerag", "tosspot", "troglodyte", "twerp", "twonk", "uncouth", "vacuous",
  "vapid", "virago", "wally", "wastrel", "wazzock", "witless", "wuss", "yob", "yobbo", "yokel",
];

/** Contempt for a person served told by a word that judges them: the English rules' `judgments`. */
export const ENGLISH_JUDGMENTS: ReadingRules["judgments"] = {
  id: "counter-judges-person",
  description: "Judged the customer with a word of contempt.",
  people: [
    "customer", "customers", "client", "clients", "guest", "guests", "caller", "callers", "member", "members",
    "patient", "patients", "patron", "patrons", "shopper", "shoppers", "passenger", "passengers", "buyer", "buyers",
    "visitor", "visitors", "tenant", "tenants", "resident", "residents", "diner", "diners", "user", "users", "person",
    "people", "child", "children", "kid", "kids", "teenager", "teenagers", "lad", "lads", "bloke", "blokes", "chap",
    "chaps", "fella", "fellas", "dude", "dudes", "fellow", "fellows", "tourist", "tourists", "pensioner", "pensioners", "traveller", "travellers", "traveler",
    "travelers", "student", "students", "regular", "regulars", "family", "parent", "parents", "grandparent",
    "grandparents", "granny", "grandad", "grandma", "grandpa",
  ],
  pronouns: ["he", "she", "him", "her"],
  titles: ["mr", "mrs", "ms", "mx", "miss", "dr", "mr.", "mrs.", "ms.", "dr."],
  relatives: ["who", "that"],
  linking: ["be", "seem", "look", "sound", "act", "appear", "come", "behave", "strike"],
  afterLinking: ["like", "across", "off", "as", "me", "us"],
  between: [
    "a", "an", "the", "such", "total", "complete", "utter", "absolute", "real", "right", "proper", "bit", "little", "old", "so", "very",
    "really", "quite", "just", "pretty", "utterly", "totally", "completely", "honestly", "literally", "kind", "sort", "bloody",
    "typical", "classic", "massive", "huge", "genuinely", "basically", "clearly", "obviously", "all", "both",
  ],
  beforeOf: ["bit", "sort", "kind"],
  pointing: ["this", "that", "these", "those", "the", "some", "a", "an", "what"],
  views: [
    "say", "tell", "shout", "yell", "scream", "call", "name", "assume", "think", "believe", "claim", "feel", "worry", "worried",
    "admit", "joke", "hate", "fear", "scare", "scared", "afraid", "embarrass", "embarrassed", "ashamed", "treat", "insist",
    "complain", "moan", "reckon", "suggest", "imply", "mean", "pretend", "write", "label", "brand", "dub", "accuse", "go",
  ],
  naming: ["call", "name", "label", "brand", "dub", "nickname"],
  denials: ["no", "nobody", "none", "nothing", "noone", "neither"],
  contrasts: ["but"],
  words: [...new Set([...VADER_JUDGMENTS, ...OWN_JUDGMENTS, ...LISTED_JUDGMENTS, ...HYPHENATED_JUDGMENTS])],
  saidOf: ["nightmare", "princess", "clown", "dinosaur", "snowflake", "joke", "pain"],
  examples: [
    "The guy was a complete moron about the whole thing, but I sorted his refund.",
    "She came across as totally clueless, so I just did it for her.",
    "This gormless lad kept asking the same question.",
    "Honestly, the caller was a bit of a halfwit.",
    "Mrs Patel was being really annoying about the delivery slot.",
    "The guest was a total diva about the room.",
    "Honestly the caller was being ridiculous over two pounds.",
    "The woman at the counter was a complete nightmare.",
    "She was rude and stupid, so I just processed the refund.",
    "I found him obnoxious, but I served him.",
    "The customer, who was honestly a moron, wanted a refund.",
    "What a cretin, he'd emailed his bank details to a scammer.",
    "This dozy pillock at the front desk had booked the wrong date.",
    "He was a pathetic little man, whining about the queue.",
    "Two students came to the desk, and they were clueless about the fines.",
    "He was the biggest idiot I have ever served, but I got his parcel back.",
    "Honestly, he struck me as clueless from the start.",
    "Gary was a complete muppet about the parking, so I just stamped his ticket.",
    "The bloke was brain-dead, but I sorted his login.",
    "On my placement there was a patient who was a lazy slob about his exercises, but I made him a chart.",
    "She wasn't rude, but she was a total moron about the forms, so I filled them in with her.",
    "At the call centre there was this gormless man who had lost his card, so I blocked it for him.",
  ],
  nonExamples: [
    "She called me an idiot, and I stayed calm and found her booking.",
    "Tesco were a nightmare about the delivery, so I rang their depot myself.",
    "It struck me as odd that the order was split, so I checked it.",
    "He called me brain-dead, but I stayed calm and found his booking.",
    "The brain-dead printer jammed again, so I wrote the receipt by hand.",
    "It's not that she was stupid, but the form was confusing, so I rewrote it.",
    "He felt stupid for forgetting his password, so I told him it happens to everyone.",
    "She wasn't stupid at all; the form really was confusing.",
    "The printer was useless, so I wrote the receipt out by hand.",
    "I felt like an idiot when I realised I had the wrong date, so I apologised.",
    "He was livid and frankly abusive, but I kept my voice level and found his parcel.",
    "He said the last agent was clueless, so I went through every step with him.",
    "She said the fee was ridiculous, and I agreed to look at it.",
    "In the thick of the lunch rush I still walked her to the right aisle.",
    "He kept apologising for being a nuisance, so I sat him down and rang the ward for him.",
    "I try not to assume they're lazy; I ask what is going on first.",
    "She was crazy busy that morning, so I took the booking over the phone for her.",
    "He was ignorant of the new rule, which is fair, so I showed him the notice.",
    "I made a fool of myself with the wrong name, so I apologised and started again.",
    "It's a necessary evil, the form, so I filled in most of it with her.",
    "I told her she wasn't stupid, these machines confuse everyone.",
    "There's no such thing as a stupid customer, so I explained it again more slowly.",
    "If a customer seems clueless, I slow down and explain without jargon.",
    "He was like, these people are idiots, and I just said I understood and fixed his order.",
    "People assume older customers are clueless, but she knew the app better than I did.",
    "She admitted she was hopeless with computers, so we went through it together.",
    "She was worried she was being a nuisance, so I told her it was no trouble at all.",
    "A man called me a jobsworth, and I kept my voice level and explained the permit rules.",
    "The wasps were a real nuisance on the terrace, so I moved her table inside.",
    "It was all a bit ridiculous, but I got her booked on the next train.",
    "He was only joking, so I laughed along and carried on with his booking.",
    "Trying to find her a taxi at that hour was a fool's errand, so I drove her to the station myself.",
    "I printed him an idiot's guide to the app, which he loved.",
    "She was crazy about her dog, so I found her a table on the terrace.",
    "I rang the courier, and they were useless, so I drove the parcel over myself.",
    "I think blaming the customer is lazy, so I always look at what we did wrong first.",
    "The students handed in the leaflets, and honestly they were useless, so I rewrote them.",
  ],
};
