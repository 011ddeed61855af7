export { parseSupportData, SupportDataSchema, type SupportData } from './support-data.js';
export { GOAL_METRICS, KpiGoalSchema, SupportCostsSchema, SupportSettingsSchema, type KpiGoal, type SupportCosts, type SupportSettings } from './support-settings.js';
export { evaluateTicketSla, slaSetupOf, type SlaSetup } from './ticket-sla.js';
export { deepFreeze } from '../demo/deep-freeze.js';
