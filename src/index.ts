export { VERSION } from "./version.js";
export * from "./errors.js";
export * from "./competencies/index.js";
export * from "./questions/index.js";
export * from "./scoring/index.js";
export * from "./profile/index.js";
export * from "./analysis/index.js";
export * from "./jsonSchemas.js";
