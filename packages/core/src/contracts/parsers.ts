import { BusinessCalendarSchema } from './business-calendar.js';
import { createParser } from './parse.js';
import { SlaPolicySchema } from './sla-policy.js';
import { TicketEventSchema } from './ticket-event.js';

// Parse helpers for the contracts whose schemas live in files that predate the `parseXxx` convention.

/** Parses one stored ticket event, throwing a `ContractError` that lists every bad field. */
export const parseTicketEvent = createParser(TicketEventSchema, 'TicketEvent');

/** Parses a business calendar, throwing a `ContractError` that lists every bad field. */
export const parseBusinessCalendar = createParser(BusinessCalendarSchema, 'BusinessCalendar');

/** Parses an SLA policy, throwing a `ContractError` that lists every bad field. */
export const parseSlaPolicy = createParser(SlaPolicySchema, 'SlaPolicy');
