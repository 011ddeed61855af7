export { answerIntent, answerSchemaOf, type AnswerIntentInput, type IntentAnswer } from './answer-intent.js';
export { WIDGETS, type WidgetBuilder } from './widget-table.js';
export { scopeFor, type ScopedData } from './scope.js';
export { answerContextOf, type AnswerContext } from './answer-context.js';
export { prepareSupportData } from './prepare-support-data.js';
export { PERSONA_DASHBOARDS } from './persona-dashboards.js';
export { ProvenanceSchema, SlaInstancePayloadSchema, TicketRowSchema, type Provenance, type TicketRow } from './payloads/common.js';
