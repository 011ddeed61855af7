import type { IntentDefinition } from '../types.js';
import { ACCOUNT_INTENTS } from './accounts.js';
import { ASSIST_INTENTS } from './assist.js';
import { EXECUTIVE_INTENTS } from './executive.js';
import { SLA_INTENTS } from './sla.js';
import { TEAM_INTENTS } from './team.js';
import { TICKET_INTENTS } from './tickets.js';

/** Every intent of DESIGN §6 with its personas, phrasings, keywords and slots. */
export const INTENT_CATALOGUE: readonly IntentDefinition[] = [
  ...TICKET_INTENTS,
  ...SLA_INTENTS,
  ...ACCOUNT_INTENTS,
  ...EXECUTIVE_INTENTS,
  ...TEAM_INTENTS,
  ...ASSIST_INTENTS,
];
