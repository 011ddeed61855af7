export * from './common.js';
export * from './parse.js';
export * from './ticket-event.js';
export * from './business-calendar.js';
export * from './sla-policy.js';
