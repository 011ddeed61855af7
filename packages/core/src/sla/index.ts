export { CalendarError, SlaInputError } from './errors.js';
export { compileCalendar, CompiledCalendar } from './compiled-calendar.js';
export { DEFAULT_PAUSE_ON, DEFAULT_WARN_BEFORE_MINUTES } from './compiled-policy.js';
export type { DeadlineEndpoint } from './open-timeline.js';
export {
  addBusinessMinutes,
  addBusinessSeconds,
  businessMinutesBetween,
  businessSecondsBetween,
  type AddBusinessTimeOptions,
  type BusinessTimeOptions,
  type PauseInput,
} from './business-time.js';
export { evaluateSla, type EvaluateSlaInput } from './evaluate-sla.js';
export type { SlaTicketInput } from './prepared-timeline.js';
export type { SlaEvaluation, SlaInstance, SlaLevel, SlaState } from './types.js';
export {
  slaCompliance,
  slaComplianceBy,
  type ComplianceCounts,
  type SlaCompliance,
  type SlaComplianceGroup,
  type SlaComplianceRecord,
  type SlaGroupBy,
  type SlaGroupOptions,
  type SlaPeriod,
} from './compliance.js';
export {
  kaplanMeier,
  predictBreach,
  rankTicketsAtRisk,
  type AtRiskCandidate,
  type BreachBand,
  type BreachPrediction,
  type PredictBreachInput,
  type QueueLoad,
  type SlaHistoryEntry,
  type SurvivalCurve,
} from './predict-breach.js';
