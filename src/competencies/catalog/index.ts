import { activeListening } from "./active-listening.js";
import { adaptability } from "./adaptability.js";
import { appreciation } from "./appreciation.js";
import { communication } from "./communication.js";
import { competence } from "./competence.js";
import { consistency } from "./consistency.js";
import { emotionalIntelligence } from "./emotional-intelligence.js";
import { empathy } from "./empathy.js";
import { humility } from "./humility.js";
import { patience } from "./patience.js";
import { peopleFirst } from "./people-first.js";
import { personalization } from "./personalization.js";
import { positiveAttitude } from "./positive-attitude.js";
import { proactiveness } from "./proactiveness.js";
import { problemSolving } from "./problem-solving.js";
import { productKnowledge } from "./product-knowledge.js";
import { professionalism } from "./professionalism.js";
import { responsiveness } from "./responsiveness.js";
import { teamwork } from "./teamwork.js";
import { timeManagement } from "./time-management.js";
import type { Competency } from "../schema.js";

export { activeListening, adaptability, appreciation, communication, competence, consistency, emotionalIntelligence, empathy, humility, patience, peopleFirst, personalization, positiveAttitude, proactiveness, problemSolving, productKnowledge, professionalism, responsiveness, teamwork, timeManagement };

/** Every built-in competency, as a plain list (a namespace import would make bundlers keep a runtime helper). */
export const CATALOG: readonly Competency[] = [activeListening, adaptability, appreciation, communication, competence, consistency, emotionalIntelligence, empathy, humility, patience, peopleFirst, personalization, positiveAttitude, proactiveness, problemSolving, productKnowledge, professionalism, responsiveness, teamwork, timeManagement];
