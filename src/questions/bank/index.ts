import type { QuestionBank } from "../schema.js";
import { activeListeningBank } from "./active-listening.js";
import { adaptabilityBank } from "./adaptability.js";
import { appreciationBank } from "./appreciation.js";
import { communicationBank } from "./communication.js";
import { competenceBank } from "./competence.js";
import { consistencyBank } from "./consistency.js";
import { emotionalIntelligenceBank } from "./emotional-intelligence.js";
import { empathyBank } from "./empathy.js";
import { humilityBank } from "./humility.js";
import { patienceBank } from "./patience.js";
import { peopleFirstBank } from "./people-first.js";
import { personalizationBank } from "./personalization.js";
import { positiveAttitudeBank } from "./positive-attitude.js";
import { proactivenessBank } from "./proactiveness.js";
import { problemSolvingBank } from "./problem-solving.js";
import { productKnowledgeBank } from "./product-knowledge.js";
import { professionalismBank } from "./professionalism.js";
import { responsivenessBank } from "./responsiveness.js";
import { teamworkBank } from "./teamwork.js";
import { timeManagementBank } from "./time-management.js";

/** The built-in question banks, by competency id. */
export const BUILT_IN_BANKS: Readonly<Record<string, QuestionBank>> = {
  patience: patienceBank,
  empathy: empathyBank,
  "emotional-intelligence": emotionalIntelligenceBank,
  "active-listening": activeListeningBank,
  communication: communicationBank,
  "problem-solving": problemSolvingBank,
  competence: competenceBank,
  "product-knowledge": productKnowledgeBank,
  adaptability: adaptabilityBank,
  "positive-attitude": positiveAttitudeBank,
  "time-management": timeManagementBank,
  teamwork: teamworkBank,
  professionalism: professionalismBank,
  humility: humilityBank,
  appreciation: appreciationBank,
  responsiveness: responsivenessBank,
  consistency: consistencyBank,
  personalization: personalizationBank,
  proactiveness: proactivenessBank,
  "people-first": peopleFirstBank,
};
