import type { ServiceSetting } from "../competencies/index.js";

/** A kind of customer, as a noun phrase with its article ("an analytical customer who …"). */
export interface CustomerSlot {
  readonly id: string;
  readonly phrase: string;
}

/** A channel, as an adverbial phrase ("over the phone"), and the settings it occurs in. */
export interface ChannelSlot {
  readonly id: string;
  readonly phrase: string;
  readonly settings: readonly ServiceSetting[];
}

/** A service problem, as a noun phrase with its article ("a billing error on their account"). */
export interface ProblemSlot {
  readonly id: string;
  readonly phrase: string;
  readonly settings: readonly ServiceSetting[];
}

/** A place of work, as a prepositional phrase ("in a contact centre"). */
export interface SettingSlot {
  readonly id: ServiceSetting;
  readonly phrase: string;
}

/** Customer types: the four social styles and the states service work meets most. */
export const CUSTOMERS: readonly CustomerSlot[] = [
  { id: "analytical", phrase: "an analytical customer who wanted every detail explained" },
  { id: "driver", phrase: "a customer in a hurry who wanted a quick, direct answer" },
  { id: "amiable", phrase: "a friendly customer who found it hard to say what was really wrong" },
  { id: "expressive", phrase: "a talkative customer who kept going off on tangents" },
  { id: "frustrated", phrase: "a frustrated customer" },
  { id: "angry", phrase: "an angry customer" },
  { id: "confused", phrase: "a confused customer" },
  { id: "anxious", phrase: "a worried customer" },
  { id: "elderly-unfamiliar", phrase: "a customer who was not used to the technology involved" },
  { id: "repeat-contact", phrase: "a customer who had already contacted you several times" },
];

/** Channels of contact. */
export const CHANNELS: readonly ChannelSlot[] = [
  { id: "phone", phrase: "over the phone", settings: ["contact-centre", "technical-support", "hospitality", "e-commerce", "retail"] },
  { id: "email", phrase: "by email", settings: ["contact-centre", "technical-support", "e-commerce", "hospitality"] },
  { id: "chat", phrase: "in a live chat", settings: ["contact-centre", "technical-support", "e-commerce"] },
  { id: "in-person", phrase: "in person", settings: ["retail", "hospitality", "technical-support"] },
  { id: "social-media", phrase: "on social media", settings: ["contact-centre", "e-commerce", "retail", "hospitality"] },
];

/** Service problems, with the settings where they come up. */
export const PROBLEMS: readonly ProblemSlot[] = [
  { id: "delayed-order", phrase: "a delayed order", settings: ["contact-centre", "e-commerce", "retail"] },
  { id: "billing-error", phrase: "a billing error", settings: ["contact-centre", "e-commerce", "technical-support", "hospitality"] },
  { id: "defective-product", phrase: "a product that stopped working", settings: ["retail", "e-commerce", "technical-support", "contact-centre"] },
  { id: "empty-shelf-sale-item", phrase: "a sale item that had sold out", settings: ["retail", "e-commerce"] },
  { id: "technical-fault", phrase: "a technical fault they were unable to fix themselves", settings: ["technical-support", "contact-centre", "e-commerce"] },
  { id: "refused-request", phrase: "a request you had to turn down", settings: ["contact-centre", "retail", "hospitality", "technical-support", "e-commerce"] },
  { id: "company-mistake", phrase: "a mistake your own company had made", settings: ["contact-centre", "retail", "hospitality", "technical-support", "e-commerce"] },
  { id: "booking-mix-up", phrase: "a mix-up with their booking", settings: ["hospitality", "contact-centre"] },
  { id: "account-locked", phrase: "an account they were locked out of", settings: ["technical-support", "contact-centre", "e-commerce"] },
  { id: "service-outage", phrase: "a service outage", settings: ["technical-support", "contact-centre", "e-commerce"] },
  { id: "cancellation-request", phrase: "a request to cancel their contract", settings: ["contact-centre", "e-commerce", "technical-support"] },
  { id: "long-wait", phrase: "a long wait for service", settings: ["contact-centre", "retail", "hospitality", "technical-support"] },
  { id: "product-question", phrase: "a question about which product suited them best", settings: ["retail", "e-commerce", "technical-support"] },
  { id: "complaint-escalation", phrase: "a complaint that had been escalated to you", settings: ["contact-centre", "retail", "hospitality", "technical-support", "e-commerce"] },
];

/** Places of work. */
export const SETTINGS: readonly SettingSlot[] = [
  { id: "contact-centre", phrase: "in a contact centre" },
  { id: "retail", phrase: "in a shop" },
  { id: "hospitality", phrase: "at a hotel or restaurant" },
  { id: "technical-support", phrase: "on a technical support desk" },
  { id: "e-commerce", phrase: "for an online store" },
];
