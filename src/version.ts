/** The version of the rapport library, recorded in every profile it makes (matches package.json). */
export const VERSION = "0.1.0";
