import { describe, expect, it } from "vitest";
import { lintQuestion } from "./lintQuestion.js";
import type { ProtectedTopic } from "./lintRules.js";

const codes = (text: string, type?: "behavioural" | "situational"): string[] => lintQuestion(text, type ? { type } : {}).map((f) => f.code);
const topics = (text: string): (ProtectedTopic | undefined)[] => lintQuestion(text).filter((f) => f.code === "protected-topic").map((f) => f.topic);

describe("lintQuestion: protected topics", () => {
  const mustFlag: [ProtectedTopic, string][] = [
    ["age", "How old are you?"],
    ["age", "What is your date of birth?"],
    ["age", "What year were you born, roughly?"],
    ["marital-or-family-status", "Are you married?"],
    ["marital-or-family-status", "Do you have children?"],
    ["marital-or-family-status", "What does your husband think about shift work?"],
    ["pregnancy-or-childcare", "Are you pregnant or planning to be?"],
    ["pregnancy-or-childcare", "What are your childcare arrangements for late shifts?"],
    ["religion", "What religion do you practise?"],
    ["religion", "Which religious holidays do you observe?"],
    ["national-origin-or-citizenship", "Where are you from originally?"],
    ["national-origin-or-citizenship", "Is English your first language?"],
    ["national-origin-or-citizenship", "Are you a British citizen?"],
    ["race-or-ethnicity", "What is your ethnic background?"],
    ["disability-or-health", "Do you have any disabilities?"],
    ["disability-or-health", "Tell me about your medical history."],
    ["disability-or-health", "How many sick days did you take last year?"],
    ["sexual-orientation", "What is your sexual orientation?"],
    ["gender-identity", "Are you transgender?"],
    ["gender-identity", "What is your gender identity?"],
    ["arrests", "Have you ever been arrested?"],
    ["union-membership", "Are you a member of a trade union?"],
    ["genetic-information", "Is there any family medical history we should know about?"],
    ["genetic-information", "Would you take a genetic test?"],
  ];
  it.each(mustFlag)("flags %s in %j", (topic, text) => {
    expect(topics(text)).toContain(topic);
  });

  // Proxies: questions that never name the topic but reveal it all the same.
  const mustFlagProxy: [ProtectedTopic, string][] = [
    ["age", "What year did you finish school?"],
    ["age", "When did you graduate from high school?"],
    ["age", "In which year did you leave college?"],
    ["age", "What is your graduation year?"],
    ["age", "Which year were you born in?"],
    ["age", "How many years do you have left before you retire?"],
    ["marital-or-family-status", "How old are your children?"],
    ["marital-or-family-status", "What is your maiden name?"],
    ["marital-or-family-status", "Who do you live with?"],
    ["national-origin-or-citizenship", "What is your mother tongue?"],
    ["national-origin-or-citizenship", "Which language do you speak at home?"],
    ["national-origin-or-citizenship", "Where did you grow up?"],
    ["national-origin-or-citizenship", "Where were your parents born?"],
    ["religion", "Which place of worship do you attend?"],
    ["religion", "Which church do you go to?"],
    ["religion", "Where do you worship?"],
    ["religion", "What holidays do you observe?"],
    ["religion", "Will you need time off for religious holidays?"],
    ["religion", "Do you observe Ramadan?"],
    ["religion", "Do you keep the Sabbath?"],
    ["genetic-information", "Tell me about your family's medical history."],
    ["genetic-information", "Does anyone in your family have heart disease?"],
    ["genetic-information", "Do any illnesses run in your family?"],
    ["disability-or-health", "How tall are you?"],
    ["disability-or-health", "How much do you weigh?"],
    ["disability-or-health", "Have you ever filed a workers' compensation claim?"],
    ["disability-or-health", "Have you ever been hospitalised?"],
  ];
  it.each(mustFlagProxy)("flags the %s proxy in %j", (topic, text) => {
    expect(topics(text)).toContain(topic);
    expect(lintQuestion(text).find((f) => f.code === "protected-topic")?.severity).toBe("error");
  });
  const mustNotFlag = [
    "Tell me about a time when a customer was worried about their health insurance claim.",
    "Describe a time you raced against a deadline to get a customer's order out.",
    "Tell me about a time when a customer's child was upset in the store and you had to keep helping the parent.",
    "Give me an example of a time you explained a bill to a customer who did not speak English well.",
    "Describe a situation in which you had to work a long shift with a new team.",
    "Tell me about a time when you helped a customer choose a birthday present.",
    // The proxies' words, in ordinary questions about customers and work.
    "Tell me about a time a customer asked about our holiday opening hours.",
    "Describe a time you helped a customer whose first language was not English.",
    "Tell me about a time you had to finish a task before the end of your shift.",
    "Tell me about a time you helped a graduating student choose a laptop.",
    "Describe a time a customer asked you about the height and weight limits of a product.",
    "Tell me about a time a customer's family member called on their behalf.",
    "Tell me about a time you delivered an order to a church hall on a tight deadline.",
    "Walk me through how you handled a customer who asked about a medical product's side effects.",
    "Tell me about a time you worked on a public holiday to cover for the team.",
    "Where did you learn the most about handling complaints?",
    "Tell me about a time you had to weigh up two customers' needs.",
    "Tell me about a time you explained to a customer how long the warranty runs in their country.",
  ];
  it.each(mustNotFlag)("does not flag %j", (text) => {
    expect(topics(text)).toEqual([]);
  });
});

describe("lintQuestion: form", () => {
  it("flags closed yes/no questions", () => {
    expect(codes("Do you like working with customers?")).toContain("closed-question");
    expect(codes("Have you ever dealt with an angry customer?")).toContain("closed-question");
    expect(codes("Tell me about a time you dealt with an angry customer.")).not.toContain("closed-question");
    expect(codes("A customer shouts at you over the phone. What would you do?")).not.toContain("closed-question");
  });

  it("flags leading questions", () => {
    expect(codes("You always stay calm with customers, don't you?")).toContain("leading-question");
    expect(codes("Surely you apologise when the company is at fault?")).toContain("leading-question");
    expect(codes("Wouldn't you agree that the customer is always right?")).toContain("leading-question");
    expect(codes("Tell me about a time you had to apologise for your company's mistake.")).not.toContain("leading-question");
  });

  it("flags two questions in one", () => {
    expect(codes("What did you do and how did the customer react?")).toContain("double-barrelled");
    expect(codes("Tell me about a time you handled a complaint. Why do you want to work here?")).toContain("double-barrelled");
    expect(codes("Describe your greatest strength. What is your greatest weakness?")).toContain("double-barrelled");
    expect(codes("Tell me about a time you handled a complaint from a regular customer.")).not.toContain("double-barrelled");
  });

  it("passes the STAR shape: a behavioural prompt followed by its own follow-up", () => {
    const star = [
      "Tell me about a time you had to say no to a customer. How did you handle it?",
      "Describe a time a delivery went wrong for a customer. What did you do?",
      "Give me an example of a complaint you resolved. How did it turn out?",
      "Tell me about a time you handled a complaint. What did you learn from it?",
      "Walk me through a difficult call you took. How did the customer react?",
    ];
    for (const text of star) expect(codes(text, "behavioural"), text).toEqual([]);
  });

  it("still flags a follow-up that stacks a second ask, or a second follow-up", () => {
    expect(codes("Tell me about a time you had to say no to a customer. How did you handle it, and what did your manager say?")).toContain("double-barrelled");
    expect(codes("Tell me about a time you had to say no to a customer. How did you handle it? What did your team think?")).toContain("double-barrelled");
  });

  it("flags a behavioural question phrased hypothetically, but not a situational one", () => {
    expect(codes("How would you handle an angry customer?", "behavioural")).toContain("hypothetical-behavioural");
    expect(codes("How would you handle an angry customer?", "situational")).not.toContain("hypothetical-behavioural");
    expect(codes("Tell me about a time you handled an angry customer.", "behavioural")).toEqual([]);
  });

  it("gives reasons an interviewer can act on, errors first", () => {
    const findings = lintQuestion("How old are you and do you have kids?");
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings.every((f) => f.message.length > 20)).toBe(true);
    expect(findings[0]?.severity).toBe("error");
  });
});
