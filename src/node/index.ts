export { loadFramework } from "./loadFramework.js";
