import type { RoleProfileInput } from "./schema.js";

/** Answering calls, chats and e-mails in a contact centre. */
export const contactCentreAgent = {
  id: "contact-centre-agent",
  name: "Contact-centre agent",
  description:
    "Handles customers one after another by phone, chat and e-mail, often upset ones, against queue targets.",
  weights: {
    patience: 0.1,
    empathy: 0.1,
    "active-listening": 0.1,
    communication: 0.1,
    "problem-solving": 0.08,
    competence: 0.08,
    "product-knowledge": 0.07,
    "time-management": 0.07,
    "emotional-intelligence": 0.06,
    professionalism: 0.06,
    responsiveness: 0.06,
    "positive-attitude": 0.04,
    consistency: 0.04,
    adaptability: 0.04,
  },
  mustHave: [
    { competency: "patience", minLevel: 3 },
    { competency: "communication", minLevel: 3 },
    { competency: "empathy", minLevel: 3 },
  ],
  settings: ["contact-centre", "e-commerce"],
  scenarios: ["delayed-order", "billing-error", "refused-request", "company-mistake", "long-wait", "cancellation-request", "account-locked"],
} as const satisfies RoleProfileInput;

/** Serving shoppers on a shop floor. */
export const retailAssociate = {
  id: "retail-associate",
  name: "Retail associate",
  description: "Helps shoppers on the floor and at the till, handles returns and keeps the store running with the team.",
  weights: {
    "positive-attitude": 0.12,
    "people-first": 0.1,
    "product-knowledge": 0.12,
    communication: 0.1,
    patience: 0.08,
    empathy: 0.08,
    teamwork: 0.1,
    adaptability: 0.08,
    proactiveness: 0.08,
    appreciation: 0.06,
    professionalism: 0.08,
  },
  mustHave: [
    { competency: "product-knowledge", minLevel: 3 },
    { competency: "positive-attitude", minLevel: 3 },
  ],
  settings: ["retail"],
  scenarios: ["empty-shelf-sale-item", "defective-product", "refused-request", "product-question", "long-wait", "company-mistake"],
} as const satisfies RoleProfileInput;

/** Diagnosing and fixing customers' technical problems. */
export const technicalSupport = {
  id: "technical-support",
  name: "Technical support specialist",
  description: "Diagnoses and fixes customers' technical faults, explaining them in words the customer understands.",
  weights: {
    "problem-solving": 0.16,
    "product-knowledge": 0.16,
    competence: 0.12,
    communication: 0.1,
    patience: 0.1,
    "active-listening": 0.1,
    "time-management": 0.06,
    consistency: 0.06,
    responsiveness: 0.06,
    humility: 0.04,
    adaptability: 0.04,
  },
  mustHave: [
    { competency: "problem-solving", minLevel: 3 },
    { competency: "product-knowledge", minLevel: 3 },
    { competency: "patience", minLevel: 3 },
  ],
  settings: ["technical-support", "e-commerce"],
  scenarios: ["technical-fault", "service-outage", "account-locked", "defective-product", "product-question", "company-mistake"],
} as const satisfies RoleProfileInput;

/** Welcoming guests at a hotel front desk. */
export const hospitalityFrontDesk = {
  id: "hospitality-front-desk",
  name: "Hospitality front desk",
  description: "Welcomes guests, checks them in and out, and solves their problems during the stay, face to face.",
  weights: {
    "people-first": 0.12,
    "positive-attitude": 0.1,
    personalization: 0.12,
    professionalism: 0.1,
    "emotional-intelligence": 0.08,
    empathy: 0.08,
    adaptability: 0.08,
    communication: 0.1,
    appreciation: 0.06,
    responsiveness: 0.08,
    teamwork: 0.08,
  },
  mustHave: [
    { competency: "professionalism", minLevel: 3 },
    { competency: "people-first", minLevel: 3 },
  ],
  settings: ["hospitality"],
  scenarios: ["booking-mix-up", "company-mistake", "refused-request", "long-wait", "billing-error"],
} as const satisfies RoleProfileInput;

/** Keeping business customers successful and renewing. */
export const customerSuccessManager = {
  id: "customer-success-manager",
  name: "Customer success manager",
  description: "Owns a portfolio of business customers, anticipates their problems and keeps them getting value so they renew.",
  weights: {
    proactiveness: 0.14,
    personalization: 0.1,
    "product-knowledge": 0.1,
    communication: 0.1,
    "problem-solving": 0.1,
    consistency: 0.08,
    "people-first": 0.1,
    "time-management": 0.08,
    appreciation: 0.05,
    "emotional-intelligence": 0.05,
    adaptability: 0.05,
    competence: 0.05,
  },
  mustHave: [
    { competency: "proactiveness", minLevel: 3 },
    { competency: "communication", minLevel: 4 },
  ],
  settings: ["e-commerce", "technical-support", "contact-centre"],
  scenarios: ["cancellation-request", "service-outage", "billing-error", "company-mistake", "product-question", "technical-fault"],
} as const satisfies RoleProfileInput;

/** Leading a team of front-line service staff. */
export const teamLead = {
  id: "team-lead",
  name: "Customer service team lead",
  description: "Leads a team of front-line agents or associates: coaches them, takes escalations and keeps service steady.",
  weights: {
    teamwork: 0.14,
    "emotional-intelligence": 0.1,
    communication: 0.1,
    "problem-solving": 0.1,
    "time-management": 0.1,
    consistency: 0.08,
    professionalism: 0.08,
    humility: 0.08,
    adaptability: 0.06,
    "people-first": 0.06,
    "positive-attitude": 0.05,
    proactiveness: 0.05,
  },
  mustHave: [
    { competency: "teamwork", minLevel: 4 },
    { competency: "emotional-intelligence", minLevel: 3 },
    { competency: "communication", minLevel: 3 },
  ],
  settings: ["contact-centre", "retail"],
  scenarios: ["complaint-escalation", "long-wait", "company-mistake", "service-outage", "refused-request"],
} as const satisfies RoleProfileInput;

/** The six built-in role profiles. */
export const BUILT_IN_ROLES = [
  contactCentreAgent,
  retailAssociate,
  technicalSupport,
  hospitalityFrontDesk,
  customerSuccessManager,
  teamLead,
] as const;
