import type { Source } from "./schema.js";

/**
 * The five articles the competency model comes from, cited by title.
 * The third article carries no title of its own; it is cited by its subject and opening words.
 */
export const ARTICLES = {
  topEight: { title: "Top 8 Characteristics of Excellent Customer Service and How to Develop them" },
  characteristics: { title: "Characteristics of Customer Service" },
  topSkills: {
    title: "Top Customer Service Skills (untitled article opening “In today’s fast-paced and highly competitive job market”)",
  },
  goodRepresentative: { title: "The Qualities of a Good Customer Service Representative" },
  threeQualities: { title: "The 3 Important Qualities of Customer Service" },
} as const satisfies Record<string, Source>;
