import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
// The payload schemas are not part of core's public API yet; the type test reads them from source.
import type { AccountHealthPayloadSchema, AdoptionTablePayloadSchema } from '../../../core/src/widgets/payloads/account-health-payloads.js';
import type { AccountTablePayloadSchema, ChurnRiskListPayloadSchema, PriorityAccountsPayloadSchema } from '../../../core/src/widgets/payloads/account-payloads.js';
import type { ExpansionOpportunitiesPayloadSchema, NpsSummaryPayloadSchema, RenewalPipelinePayloadSchema } from '../../../core/src/widgets/payloads/account-pipeline-payloads.js';
import type { AiResolvedPayloadSchema, HelpPayloadSchema, MeetingListPayloadSchema, MeetingProposalPayloadSchema, MessageDraftPayloadSchema } from '../../../core/src/widgets/payloads/assist-payloads.js';
import type { KbResultsPayloadSchema, SimilarTicketsPayloadSchema } from '../../../core/src/widgets/payloads/assist-retrieval-payloads.js';
import type { BoardPackPayloadSchema, ExecutiveSummaryPayloadSchema, GoalsProgressPayloadSchema } from '../../../core/src/widgets/payloads/exec-payloads.js';
import type { CsatSummaryPayloadSchema, PerformanceTrendsPayloadSchema, SupportCostsPayloadSchema } from '../../../core/src/widgets/payloads/exec-report-payloads.js';
import type { AgentDashboardPayloadSchema } from '../../../core/src/widgets/payloads/ops-agent-payloads.js';
import type { SlaAtRiskPayloadSchema, SlaDashboardPayloadSchema } from '../../../core/src/widgets/payloads/ops-payloads.js';
import type { CallPrepPayloadSchema } from '../../../core/src/widgets/payloads/retrieval-call-prep-payloads.js';
import type { ReplyDraftPayloadSchema } from '../../../core/src/widgets/payloads/retrieval-reply-payloads.js';
import type { AgentComparisonPayloadSchema, MyPerformancePayloadSchema, RankedAgentPayloadSchema } from '../../../core/src/widgets/payloads/team-payloads.js';
import type { CapacityForecastPayloadSchema, ReassignmentPlanPayloadSchema, WorkloadChartPayloadSchema } from '../../../core/src/widgets/payloads/team-queue-payloads.js';
import type { LinkedIssuesPayloadSchema, TicketDetailPayloadSchema, TicketsByAccountPayloadSchema, TicketTablePayloadSchema } from '../../../core/src/widgets/payloads/ticket-payloads.js';
import type * as Accounts from '../../src/chat/answer-text/accounts.js';
import type * as Assist from '../../src/chat/answer-text/assist.js';
import type * as Executive from '../../src/chat/answer-text/executive.js';
import type * as Meetings from '../../src/chat/answer-text/meetings.js';
import type * as Sla from '../../src/chat/answer-text/sla.js';
import type * as Team from '../../src/chat/answer-text/team.js';
import type * as Tickets from '../../src/chat/answer-text/tickets.js';

// Each template reads its answer's data as a view of the fields it needs; a payload that drops or
// retypes one of them must break this test rather than print "undefined" in a reply.
describe('every template view is a view of its real payload', () => {
  it('tickets', () => {
    expectTypeOf<z.infer<typeof TicketTablePayloadSchema>>().toExtend<Tickets.TicketTableView>();
    expectTypeOf<z.infer<typeof TicketsByAccountPayloadSchema>>().toExtend<Tickets.TicketsByAccountView>();
    expectTypeOf<z.infer<typeof TicketDetailPayloadSchema>>().toExtend<Tickets.TicketDetailView>();
    expectTypeOf<z.infer<typeof LinkedIssuesPayloadSchema>>().toExtend<Tickets.LinkedIssuesView>();
    expectTypeOf<z.infer<typeof AiResolvedPayloadSchema>>().toExtend<Tickets.AiResolvedView>();
  });

  it('SLA', () => {
    expectTypeOf<z.infer<typeof SlaDashboardPayloadSchema>>().toExtend<Sla.SlaDashboardView>();
    expectTypeOf<z.infer<typeof SlaAtRiskPayloadSchema>>().toExtend<Sla.SlaAtRiskView>();
  });

  it('accounts', () => {
    expectTypeOf<z.infer<typeof ChurnRiskListPayloadSchema>>().toExtend<Accounts.ChurnRiskView>();
    expectTypeOf<z.infer<typeof PriorityAccountsPayloadSchema>>().toExtend<Accounts.PriorityAccountsView>();
    expectTypeOf<z.infer<typeof AccountTablePayloadSchema>>().toExtend<Accounts.AccountTableView>();
    expectTypeOf<z.infer<typeof AccountHealthPayloadSchema>>().toExtend<Accounts.AccountHealthView>();
    expectTypeOf<z.infer<typeof AdoptionTablePayloadSchema>>().toExtend<Accounts.AdoptionView>();
    expectTypeOf<z.infer<typeof RenewalPipelinePayloadSchema>>().toExtend<Accounts.RenewalPipelineView>();
    expectTypeOf<z.infer<typeof ExpansionOpportunitiesPayloadSchema>>().toExtend<Accounts.ExpansionView>();
    expectTypeOf<z.infer<typeof NpsSummaryPayloadSchema>>().toExtend<Accounts.NpsSummaryView>();
  });

  it('executive', () => {
    expectTypeOf<z.infer<typeof ExecutiveSummaryPayloadSchema>>().toExtend<Executive.ExecutiveSummaryView>();
    expectTypeOf<z.infer<typeof BoardPackPayloadSchema>>().toExtend<Executive.BoardPackView>();
    expectTypeOf<z.infer<typeof GoalsProgressPayloadSchema>>().toExtend<Executive.GoalsProgressView>();
    expectTypeOf<z.infer<typeof CsatSummaryPayloadSchema>>().toExtend<Executive.CsatSummaryView>();
    expectTypeOf<z.infer<typeof PerformanceTrendsPayloadSchema>>().toExtend<Executive.PerformanceTrendsView>();
    expectTypeOf<z.infer<typeof SupportCostsPayloadSchema>>().toExtend<Executive.SupportCostsView>();
  });

  it('team', () => {
    expectTypeOf<z.infer<typeof AgentComparisonPayloadSchema>>().toExtend<Team.AgentComparisonView>();
    expectTypeOf<z.infer<typeof RankedAgentPayloadSchema>>().toExtend<Team.RankedAgentView>();
    expectTypeOf<z.infer<typeof WorkloadChartPayloadSchema>>().toExtend<Team.WorkloadView>();
    expectTypeOf<z.infer<typeof ReassignmentPlanPayloadSchema>>().toExtend<Team.ReassignmentPlanView>();
    expectTypeOf<z.infer<typeof CapacityForecastPayloadSchema>>().toExtend<Team.CapacityForecastView>();
    expectTypeOf<z.infer<typeof AgentDashboardPayloadSchema>>().toExtend<Team.AgentDashboardView>();
    expectTypeOf<z.infer<typeof MyPerformancePayloadSchema>>().toExtend<Team.MyPerformanceView>();
  });

  it('assist and meetings', () => {
    expectTypeOf<z.infer<typeof SimilarTicketsPayloadSchema>>().toExtend<Assist.SimilarTicketsView>();
    expectTypeOf<z.infer<typeof KbResultsPayloadSchema>>().toExtend<Assist.KbResultsView>();
    expectTypeOf<z.infer<typeof ReplyDraftPayloadSchema>>().toExtend<Assist.ReplyDraftView>();
    expectTypeOf<z.infer<typeof MessageDraftPayloadSchema>>().toExtend<Assist.MessageDraftView>();
    expectTypeOf<z.infer<typeof CallPrepPayloadSchema>>().toExtend<Assist.CallPrepView>();
    expectTypeOf<z.infer<typeof HelpPayloadSchema>>().toExtend<Assist.HelpView>();
    expectTypeOf<z.infer<typeof MeetingListPayloadSchema>>().toExtend<Meetings.MeetingListView>();
    expectTypeOf<z.infer<typeof MeetingProposalPayloadSchema>>().toExtend<Meetings.MeetingProposalView>();
  });
});
