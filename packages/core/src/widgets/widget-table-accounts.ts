import { buildAdoption } from './builders/account-adoption.js';
import { buildChurnRisk } from './builders/account-churn.js';
import { buildUpsell } from './builders/account-expansion.js';
import { buildAccountHealth, buildHighValueAccounts } from './builders/account-health.js';
import { buildNpsSummary } from './builders/account-nps.js';
import { buildPriorityAccounts } from './builders/account-priority.js';
import { buildRenewals } from './builders/account-renewals.js';
import { buildCallPrep } from './builders/retrieval-call-prep.js';
import { buildReplyDraft } from './builders/retrieval-reply.js';
import { buildKbSearch, buildSimilarTickets } from './builders/retrieval-search.js';
import { AccountHealthPayloadSchema, AdoptionTablePayloadSchema } from './payloads/account-health-payloads.js';
import { AccountTablePayloadSchema, ChurnRiskListPayloadSchema, PriorityAccountsPayloadSchema } from './payloads/account-payloads.js';
import { ExpansionOpportunitiesPayloadSchema, NpsSummaryPayloadSchema, RenewalPipelinePayloadSchema } from './payloads/account-pipeline-payloads.js';
import { KbResultsPayloadSchema, SimilarTicketsPayloadSchema } from './payloads/assist-retrieval-payloads.js';
import { CallPrepPayloadSchema } from './payloads/retrieval-call-prep-payloads.js';
import { ReplyDraftPayloadSchema } from './payloads/retrieval-reply-payloads.js';
import type { WidgetBuilder } from './widget-builder.js';

export { arrAtRiskOf } from './builders/account-churn.js';
export { reviewCandidatesOf } from './builders/account-renewals.js';

/**
 * The account and retrieval widgets (DESIGN §6): churn risk, priority and high-value accounts, health,
 * adoption, renewals, upsell, NPS, similar tickets, knowledge-base search, reply drafts and call prep.
 * Every builder lists what the viewer's scope holds; account scores are computed on the account's records in the
 * organisation (one figure for every viewer), once per scope and instant.
 */
export const ACCOUNT_WIDGETS: Readonly<Record<string, WidgetBuilder>> = {
  'accounts.churnRisk': { widget: 'churn-risk-list', schema: ChurnRiskListPayloadSchema, build: buildChurnRisk },
  'accounts.priority': { widget: 'priority-accounts', schema: PriorityAccountsPayloadSchema, build: (context) => buildPriorityAccounts(context) },
  'accounts.highValue': { widget: 'account-table', schema: AccountTablePayloadSchema, build: buildHighValueAccounts },
  'accounts.health': { widget: 'account-health', schema: AccountHealthPayloadSchema, build: buildAccountHealth },
  'accounts.adoption': { widget: 'adoption-table', schema: AdoptionTablePayloadSchema, build: buildAdoption },
  'renewals.upcoming': { widget: 'renewal-pipeline', schema: RenewalPipelinePayloadSchema, build: buildRenewals },
  'accounts.upsell': { widget: 'expansion-opportunities', schema: ExpansionOpportunitiesPayloadSchema, build: buildUpsell },
  'nps.summary': { widget: 'nps-summary', schema: NpsSummaryPayloadSchema, build: buildNpsSummary },
  'tickets.similar': { widget: 'similar-tickets', schema: SimilarTicketsPayloadSchema, build: buildSimilarTickets },
  'kb.search': { widget: 'kb-results', schema: KbResultsPayloadSchema, build: buildKbSearch },
  'reply.draft': { widget: 'reply-draft', schema: ReplyDraftPayloadSchema, build: buildReplyDraft },
  'call.prep': { widget: 'call-prep', schema: CallPrepPayloadSchema, build: buildCallPrep },
};
