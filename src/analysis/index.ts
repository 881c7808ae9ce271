export { type Agreement, agreement, quadraticWeightedKappa } from "./agreement.js";
