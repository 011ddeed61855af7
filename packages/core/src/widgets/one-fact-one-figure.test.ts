import { describe, expect, it } from 'vitest';
import type { Persona } from '../contracts/common.js';
import type { Viewer } from '../contracts/viewer.js';
import { generateDemoDataset } from '../demo/index.js';
import { NotFoundError } from '../errors/access-errors.js';
import { INTENT_CATALOGUE } from '../index.js';
import type { IntentParams } from '../intents/params.js';
import { answerIntent } from './answer-intent.js';

/**
 * One fact, one figure: wherever a fact appears, every widget shows the same value, because it is
 * computed once in `scoring/` and the builders only shape it. Every answer of every persona is built on
 * the demo dataset for three questions (no period, the last 60 days, today), and each fact of `FACTS` is
 * read from every widget that shows it and compared.
 */
const dataset = generateDemoDataset({ seed: 1, size: 'small' });
const now = new Date(dataset.now);
const team = dataset.teams[0]!;
const teamAgents = dataset.agents.filter((agent) => agent.teamId === team.id);

// A payload is read by path only; its schema is tested with the widget.
type Payload = any;

/** What a fact is about: one account, one agent (of the team), one open ticket of theirs, a team, or the whole organisation. */
type Subject = { kind: 'account' | 'agent' | 'team' | 'ticket'; id: string } | { kind: 'organisation'; id: 'organisation' };

/** Where one widget shows a fact: the intent, who asks, and how to read it (undefined: not shown here). */
interface Reading {
  intent: string;
  persona: Persona;
  read: (data: Payload, subject: Subject) => unknown;
  /** The span the figure covers, when the fact depends on one; readings are compared within one span. */
  window?: (data: Payload) => { from: string; to: string };
  /** The span is the widget's own whatever period is asked (the intent's period means something else). */
  ownSpan?: true;
}

interface Fact {
  subjects: Subject['kind'];
  readings: Reading[];
  /** The figure depends on what the viewer may see (item counts): compared only between one viewer's widgets. */
  perViewer?: boolean;
}

const DAY_MS = 86_400_000;
const byId = (rows: Payload[] | undefined, key: string, id: string): Payload | undefined => rows?.find((row) => row[key] === id);
const at = (value: Payload, path: string): unknown => path.split('.').reduce((inner, key) => inner?.[key], value);
/** Reads a field (a dotted path) of the subject's row in the payload's `list`, or several fields as a tuple. */
const rowOf =
  (list: string, ...paths: string[]) =>
  (data: Payload, subject: Subject) => {
    const found = byId(data[list], 'accountId', subject.id);
    return found && (paths.length === 1 ? at(found, paths[0]!) : paths.map((path) => at(found, path)));
  };
/** Renewals list every renewing account; one with no expansion score (red health) shows no expansion. */
const renewalExpansion = (data: Payload, subject: Subject) =>
  byId(data.renewals, 'accountId', subject.id)?.expansionScore === null ? undefined : rowOf('renewals', 'expansionScore', 'expansionValueCents')(data, subject);
const boardMetric = (data: Payload, id: string) => data.metrics.find((metric: Payload) => metric.id === id)?.value;
const summaryTile = (data: Payload, id: string) => data.tiles.find((tile: Payload) => tile.metricId === id)?.value;
const goalValue = (data: Payload, metric: string) => data.goals.find((goal: Payload) => goal.metric === metric)?.currentValue;
const myKpi = (data: Payload, key: string) => data.kpis.find((kpi: Payload) => kpi.key === key)?.agentValue;
const teamKpi = (data: Payload, key: string) => data.kpis.find((kpi: Payload) => kpi.key === key)?.teamValue;
const onlyOrganisation = (subject: Subject, read: () => unknown) => (subject.kind === 'organisation' ? read() : undefined);
const onlyTeam = (subject: Subject, read: () => unknown) => (subject.kind === 'team' ? read() : undefined);
/** A ranked-agent answer shows its candidate's full entry. */
const candidateOf = (data: Payload, subject: Subject) => (data.candidate?.agentId === subject.id ? data.candidate : undefined);
/** A ticket's row in the at-risk list: its riskiest clock, the probability and what it was learned from. */
const breachRiskOf = (data: Payload, ticketId: string) =>
  ((row) => row && [row.metric, row.probability, row.band, row.basis, row.historySampleSize, row.queue])(data.tickets.find((entry: Payload) => entry.ticket.id === ticketId));
/** Ticket tables show open-queue facts only when the question named no period (a period lists tickets created in it). */
const openQueue = (data: Payload) => (data.filters.from === null ? data : undefined);

const windows = {
  period: (data: Payload) => ({ from: data.period.from, to: data.period.to }),
  agentWindow: (data: Payload) => ({ from: data.window.from, to: data.window.to }),
  fromTo: (data: Payload) => ({ from: data.from, to: data.to }),
  dashboardCsat: (data: Payload) => ({ from: new Date(Date.parse(data.asOf) - data.snapshot.csat.windowDays * DAY_MS).toISOString(), to: data.asOf }),
  callPrepNps: (data: Payload) => ({ from: new Date(Date.parse(data.provenance.inputs.asOf) - data.nps.windowDays * DAY_MS).toISOString(), to: data.provenance.inputs.asOf }),
};

/**
 * THE TABLE: each shared fact → every widget that shows it and where. Definitions that legitimately
 * differ are named differently and are not listed as the same fact:
 * - `ai.resolved` `aiShareOfSolved` is AI-resolved / tickets solved in the period; the board's
 *   `aiResolutionRate` is AI-resolved / tickets created (inbound) in the period;
 * - `agents.performance` `team.csatRate` pools the ratings credited to the team's agents at rating time
 *   (SCORING §3.2), while `csat.summary` rates all of the team's tickets, AI-resolved ones (credited to no
 *   agent) included;
 * - `team.workload` `team.openTickets` counts the open tickets assigned to the team's agents (their load);
 *   a manager's `tickets.list` counts every open ticket of the team, unassigned ones included;
 * - "at risk": a ticket row's `slaLevel: 'at_risk'` (and the counts of ticket tables and the agent's
 *   dashboard) is a running clock inside its policy's warning window; `team.workload` `ticketsAtRisk` is a
 *   breach prediction from the team's own past clocks (else the share of the target left), and `sla.atRisk`
 *   one from the organisation's clocks within the horizon asked;
 * - `sla.performance` `ticketsEvaluated` is the tickets whose SLA clocks were read (created in the period
 *   plus older open ones), not the ticket volume.
 */
const FACTS: Record<string, Fact> = {
  'account health score and band': {
    subjects: 'account',
    readings: [
      { intent: 'accounts.health', persona: 'executive', read: rowOf('accounts', 'score', 'band') },
      { intent: 'accounts.health', persona: 'csm', read: rowOf('accounts', 'score', 'band') },
      { intent: 'accounts.churnRisk', persona: 'executive', read: rowOf('accounts', 'healthScore', 'healthBand') },
      { intent: 'accounts.churnRisk', persona: 'manager', read: rowOf('accounts', 'healthScore', 'healthBand') },
      { intent: 'accounts.churnRisk', persona: 'csm', read: rowOf('accounts', 'healthScore', 'healthBand') },
      { intent: 'accounts.priority', persona: 'manager', read: rowOf('accounts', 'healthScore', 'healthBand') },
      { intent: 'accounts.highValue', persona: 'executive', read: rowOf('rows', 'healthScore', 'healthBand') },
      { intent: 'renewals.upcoming', persona: 'executive', read: rowOf('renewals', 'healthScore', 'healthBand') },
      { intent: 'renewals.upcoming', persona: 'csm', read: rowOf('renewals', 'healthScore', 'healthBand') },
      { intent: 'call.prep', persona: 'agent', read: (data) => data.accountHealth && [data.accountHealth.score, data.accountHealth.band] },
      { intent: 'call.prep', persona: 'csm', read: (data) => data.accountHealth && [data.accountHealth.score, data.accountHealth.band] },
    ],
  },
  'account health score (expansion)': {
    subjects: 'account',
    readings: [
      { intent: 'accounts.health', persona: 'csm', read: rowOf('accounts', 'score') },
      { intent: 'accounts.upsell', persona: 'csm', read: rowOf('upsell', 'healthScore') },
    ],
  },
  'account health change over 30 days': {
    subjects: 'account',
    readings: [
      { intent: 'accounts.health', persona: 'executive', read: rowOf('accounts', 'trend.deltaPoints') },
      { intent: 'accounts.health', persona: 'csm', read: rowOf('accounts', 'trend.deltaPoints') },
      { intent: 'accounts.highValue', persona: 'executive', read: rowOf('rows', 'trend.deltaPoints') },
      { intent: 'call.prep', persona: 'agent', read: (data) => data.accountHealth?.deltaPoints },
      { intent: 'call.prep', persona: 'csm', read: (data) => data.accountHealth?.deltaPoints },
    ],
  },
  'account churn risk band': {
    subjects: 'account',
    readings: [
      { intent: 'accounts.churnRisk', persona: 'executive', read: rowOf('accounts', 'riskBand') },
      { intent: 'accounts.churnRisk', persona: 'manager', read: rowOf('accounts', 'riskBand') },
      { intent: 'accounts.churnRisk', persona: 'csm', read: rowOf('accounts', 'riskBand') },
      { intent: 'accounts.priority', persona: 'manager', read: rowOf('accounts', 'riskBand') },
      { intent: 'accounts.highValue', persona: 'executive', read: rowOf('rows', 'riskBand') },
      { intent: 'renewals.upcoming', persona: 'executive', read: rowOf('renewals', 'riskBand') },
      { intent: 'renewals.upcoming', persona: 'csm', read: rowOf('renewals', 'riskBand') },
    ],
  },
  'account expected loss': {
    subjects: 'account',
    readings: [
      { intent: 'accounts.churnRisk', persona: 'executive', read: rowOf('accounts', 'expectedLossCents') },
      { intent: 'accounts.churnRisk', persona: 'csm', read: rowOf('accounts', 'expectedLossCents') },
      { intent: 'renewals.upcoming', persona: 'executive', read: rowOf('renewals', 'expectedLossCents') },
      { intent: 'renewals.upcoming', persona: 'csm', read: rowOf('renewals', 'expectedLossCents') },
    ],
  },
  'account expansion score and value': {
    subjects: 'account',
    readings: [
      { intent: 'accounts.upsell', persona: 'csm', read: rowOf('upsell', 'score', 'expansionValueCents') },
      { intent: 'renewals.upcoming', persona: 'executive', read: renewalExpansion },
      { intent: 'renewals.upcoming', persona: 'csm', read: renewalExpansion },
    ],
  },
  "an account's open tickets": {
    subjects: 'account',
    perViewer: true,
    readings: [
      { intent: 'accounts.priority', persona: 'manager', read: rowOf('accounts', 'openTicketCount') },
      { intent: 'tickets.byAccount', persona: 'manager', read: (data, { id }) => data.groups.find((group: Payload) => group.accountId === id)?.openCount },
      { intent: 'tickets.byAccount', persona: 'csm', read: (data, { id }) => data.groups.find((group: Payload) => group.accountId === id)?.openCount },
      { intent: 'call.prep', persona: 'csm', read: (data) => data.openTickets.length },
    ],
  },
  "an account's CSAT": {
    subjects: 'account',
    readings: [
      { intent: 'call.prep', persona: 'agent', read: (data) => [data.csat.good, data.csat.bad] },
      { intent: 'call.prep', persona: 'csm', read: (data) => [data.csat.good, data.csat.bad] },
    ],
  },
  "an account's NPS": {
    subjects: 'account',
    readings: [
      { intent: 'nps.summary', persona: 'csm', window: windows.period, read: (data, subject) => byId(data.byAccount, 'accountId', subject.id)?.nps },
      { intent: 'nps.summary', persona: 'executive', window: windows.period, read: (data, subject) => byId(data.byAccount, 'accountId', subject.id)?.nps },
      { intent: 'call.prep', persona: 'csm', window: windows.callPrepNps, ownSpan: true, read: (data) => (data.nps.responses === 0 ? undefined : data.nps.score) },
    ],
  },
  "an account's renewal": {
    subjects: 'account',
    readings: [
      { intent: 'accounts.highValue', persona: 'executive', read: rowOf('rows', 'renewalDate', 'daysToRenewal') },
      { intent: 'renewals.upcoming', persona: 'executive', read: rowOf('renewals', 'renewalDate', 'daysToRenewal') },
      { intent: 'renewals.upcoming', persona: 'csm', read: rowOf('renewals', 'renewalDate', 'daysToRenewal') },
      { intent: 'call.prep', persona: 'agent', read: (data) => [data.renewal.renewalDate, data.renewal.daysToRenewal] },
      { intent: 'call.prep', persona: 'csm', read: (data) => [data.renewal.renewalDate, data.renewal.daysToRenewal] },
    ],
  },
  'ARR at risk': {
    subjects: 'organisation',
    readings: [
      { intent: 'accounts.churnRisk', persona: 'executive', read: (data) => data.arrAtRisk.valueCents },
      { intent: 'executive.summary', persona: 'executive', read: (data) => data.arrAtRisk?.valueCents },
      { intent: 'executive.summary', persona: 'executive', read: (data) => summaryTile(data, 'arrAtRiskCents') },
      { intent: 'executive.boardMetrics', persona: 'executive', read: (data) => data.arrAtRisk?.valueCents },
      { intent: 'executive.boardMetrics', persona: 'executive', read: (data) => boardMetric(data, 'arrAtRiskCents') },
    ],
  },
  'total ARR': {
    subjects: 'organisation',
    readings: [
      { intent: 'accounts.churnRisk', persona: 'executive', read: (data) => data.arrAtRisk.totalArrCents },
      { intent: 'accounts.highValue', persona: 'executive', read: (data) => data.totalArrCents },
    ],
  },
  'SLA compliance': {
    subjects: 'team',
    readings: [
      { intent: 'executive.summary', persona: 'executive', window: windows.period, read: (data, subject) => onlyOrganisation(subject, () => summaryTile(data, 'slaCompliance')) },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data, subject) => onlyOrganisation(subject, () => boardMetric(data, 'slaCompliance')) },
      { intent: 'executive.goals', persona: 'executive', window: windows.period, read: (data, subject) => onlyOrganisation(subject, () => goalValue(data, 'slaCompliance')) },
      { intent: 'sla.performance', persona: 'executive', window: windows.period, read: (data, subject) => (subject.kind === 'team' ? byId(data.byTeam, 'key', subject.id)?.overall.rate : data.overall.rate) },
      { intent: 'sla.performance', persona: 'manager', window: windows.period, read: (data, subject) => onlyTeam(subject, () => data.overall.rate) },
    ],
  },
  "an agent's SLA compliance": {
    subjects: 'agent',
    readings: [
      { intent: 'sla.performance', persona: 'executive', window: windows.period, read: (data, { id }) => byId(data.byAgent, 'key', id)?.overall.rate },
      { intent: 'sla.performance', persona: 'manager', window: windows.period, read: (data, { id }) => byId(data.byAgent, 'key', id)?.overall.rate },
    ],
  },
  CSAT: {
    subjects: 'team',
    readings: [
      { intent: 'executive.summary', persona: 'executive', window: windows.period, read: (data, subject) => onlyOrganisation(subject, () => summaryTile(data, 'csat')) },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data, subject) => onlyOrganisation(subject, () => boardMetric(data, 'csat')) },
      { intent: 'executive.goals', persona: 'executive', window: windows.period, read: (data, subject) => onlyOrganisation(subject, () => goalValue(data, 'csat')) },
      { intent: 'csat.summary', persona: 'executive', window: windows.period, read: (data, subject) => (subject.kind === 'team' ? byId(data.byTeam, 'key', subject.id)?.rate : data.current.rate) },
      { intent: 'csat.summary', persona: 'manager', window: windows.period, read: (data, subject) => onlyTeam(subject, () => data.current.rate) },
    ],
  },
  'ticket volume (tickets created)': {
    subjects: 'organisation',
    readings: [
      { intent: 'executive.summary', persona: 'executive', window: windows.period, read: (data) => summaryTile(data, 'ticketVolume') },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => boardMetric(data, 'ticketVolume') },
      { intent: 'tickets.list', persona: 'executive', window: (data) => ({ from: data.filters.from, to: data.filters.to }), read: (data) => (data.filters.from === null ? undefined : data.total) },
    ],
  },
  'tickets solved (handled)': {
    subjects: 'organisation',
    readings: [
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => boardMetric(data, 'ticketsHandled') },
      { intent: 'support.costs', persona: 'executive', window: windows.period, read: (data) => data.provenance.inputs.handledTickets },
      { intent: 'ai.resolved', persona: 'executive', window: windows.fromTo, read: (data) => data.solvedCount },
    ],
  },
  'AI-resolved tickets': {
    subjects: 'organisation',
    readings: [
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => boardMetric(data, 'aiResolvedTickets') },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => data.aiRoi.current.aiResolved },
      { intent: 'support.costs', persona: 'executive', window: windows.period, read: (data) => data.aiRoi.current.aiResolved },
      { intent: 'ai.resolved', persona: 'executive', window: windows.fromTo, read: (data) => data.aiResolvedCount },
    ],
  },
  'AI resolution rate (of tickets created)': {
    subjects: 'organisation',
    readings: [
      { intent: 'executive.summary', persona: 'executive', window: windows.period, read: (data) => summaryTile(data, 'aiResolutionRate') },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => boardMetric(data, 'aiResolutionRate') },
      { intent: 'executive.goals', persona: 'executive', window: windows.period, read: (data) => goalValue(data, 'aiResolutionRate') },
    ],
  },
  'cost per ticket': {
    subjects: 'organisation',
    readings: [
      { intent: 'executive.summary', persona: 'executive', window: windows.period, read: (data) => summaryTile(data, 'costPerTicketCents') },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => boardMetric(data, 'costPerTicketCents') },
      { intent: 'support.costs', persona: 'executive', window: windows.period, read: (data) => data.costPerTicketCents },
    ],
  },
  'net AI savings and agent hours saved': {
    subjects: 'organisation',
    readings: [
      { intent: 'executive.summary', persona: 'executive', window: windows.period, read: (data) => [summaryTile(data, 'netAiSavingsCents'), summaryTile(data, 'agentHoursSaved')] },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => [boardMetric(data, 'netAiSavingsCents'), boardMetric(data, 'agentHoursSaved')] },
      { intent: 'executive.boardMetrics', persona: 'executive', window: windows.period, read: (data) => [data.aiRoi.current.netSavingsCents, data.aiRoi.current.agentHoursSaved] },
      { intent: 'support.costs', persona: 'executive', window: windows.period, read: (data) => [data.aiRoi.current.netSavingsCents, data.aiRoi.current.agentHoursSaved] },
    ],
  },
  NPS: {
    subjects: 'organisation',
    readings: [
      { intent: 'nps.summary', persona: 'executive', window: windows.period, read: (data) => data.current.nps },
      { intent: 'executive.goals', persona: 'executive', window: windows.period, read: (data) => goalValue(data, 'nps') },
    ],
  },
  "a team's cost per ticket and handled tickets": {
    subjects: 'team',
    readings: [
      { intent: 'support.costs', persona: 'executive', window: windows.period, read: (data, subject) => ((row) => row && [row.costPerTicketCents, row.handledTickets])(byId(data.byTeam, 'teamId', subject.id)) },
      { intent: 'support.costs', persona: 'manager', window: windows.period, read: (data, subject) => onlyTeam(subject, () => ((row) => row && [row.costPerTicketCents, row.handledTickets])(byId(data.byTeam, 'teamId', subject.id))) },
    ],
  },
  "the team's pooled KPIs (first reply, resolution, one-touch, reopen, CSAT credited to agents)": {
    subjects: 'agent',
    readings: [
      {
        intent: 'agents.performance',
        persona: 'manager',
        window: windows.agentWindow,
        read: (data) => [data.team.firstReplyMedianMinutes, data.team.resolutionMedianMinutes, data.team.oneTouchRate, data.team.reopenRate, data.team.csatRate],
      },
      {
        intent: 'agent.myPerformance',
        persona: 'agent',
        window: windows.agentWindow,
        read: (data) => (data.comparison === 'team' ? ['firstReplyMedianMinutes', 'resolutionMedianMinutes', 'oneTouchRate', 'reopenRate', 'csatRate'].map((key) => teamKpi(data, key)) : undefined),
      },
    ],
  },
  "an agent's tickets solved": {
    subjects: 'agent',
    readings: [
      { intent: 'agents.performance', persona: 'manager', window: windows.agentWindow, read: (data, { id }) => byId(data.agents, 'agentId', id)?.kpis.ticketsSolved },
      { intent: 'agents.top', persona: 'manager', window: windows.agentWindow, read: (data, subject) => candidateOf(data, subject)?.kpis.ticketsSolved },
      { intent: 'agents.lowest', persona: 'manager', window: windows.agentWindow, read: (data, subject) => candidateOf(data, subject)?.kpis.ticketsSolved },
      { intent: 'agent.myPerformance', persona: 'agent', window: windows.agentWindow, read: (data) => myKpi(data, 'ticketsSolved') },
      { intent: 'agent.dashboard', persona: 'agent', window: (data) => data.day, read: (data) => data.snapshot.solvedToday },
    ],
  },
  "an agent's CSAT": {
    subjects: 'agent',
    readings: [
      { intent: 'agents.performance', persona: 'manager', window: windows.agentWindow, read: (data, { id }) => byId(data.agents, 'agentId', id)?.kpis.csatRate },
      { intent: 'agents.top', persona: 'manager', window: windows.agentWindow, read: (data, subject) => candidateOf(data, subject)?.kpis.csatRate },
      { intent: 'agents.lowest', persona: 'manager', window: windows.agentWindow, read: (data, subject) => candidateOf(data, subject)?.kpis.csatRate },
      { intent: 'agent.myPerformance', persona: 'agent', window: windows.agentWindow, read: (data) => myKpi(data, 'csatRate') },
      { intent: 'agent.dashboard', persona: 'agent', window: windows.dashboardCsat, read: (data) => data.snapshot.csat.rate },
    ],
  },
  "an agent's first-reply median": {
    subjects: 'agent',
    readings: [
      { intent: 'agents.performance', persona: 'manager', window: windows.agentWindow, read: (data, { id }) => byId(data.agents, 'agentId', id)?.kpis.firstReplyMedianMinutes },
      { intent: 'agents.top', persona: 'manager', window: windows.agentWindow, read: (data, subject) => candidateOf(data, subject)?.kpis.firstReplyMedianMinutes },
      { intent: 'agents.lowest', persona: 'manager', window: windows.agentWindow, read: (data, subject) => candidateOf(data, subject)?.kpis.firstReplyMedianMinutes },
      { intent: 'agent.myPerformance', persona: 'agent', window: windows.agentWindow, read: (data) => myKpi(data, 'firstReplyMedianMinutes') },
    ],
  },
  "an agent's composite score and rank": {
    subjects: 'agent',
    readings: [
      { intent: 'agents.performance', persona: 'manager', window: windows.agentWindow, read: (data, { id }) => ((row) => row && [row.composite, row.rank])(byId(data.agents, 'agentId', id)) },
      { intent: 'agents.top', persona: 'manager', window: windows.agentWindow, read: (data, subject) => ((row) => row && [row.composite, row.rank])(candidateOf(data, subject) ?? byId(data.runnersUp, 'agentId', subject.id)) },
      { intent: 'agents.lowest', persona: 'manager', window: windows.agentWindow, read: (data, subject) => ((row) => row && [row.composite, row.rank])(candidateOf(data, subject) ?? byId(data.runnersUp, 'agentId', subject.id)) },
    ],
  },
  "a ticket's breach risk": {
    subjects: 'ticket',
    readings: [
      { intent: 'sla.atRisk', persona: 'manager', read: (data, { id }) => breachRiskOf(data, id) },
      { intent: 'sla.atRisk', persona: 'agent', read: (data, { id }) => breachRiskOf(data, id) },
    ],
  },
  "an agent's open tickets": {
    subjects: 'agent',
    readings: [
      { intent: 'team.workload', persona: 'manager', read: (data, { id }) => byId(data.agents, 'agentId', id)?.openTickets },
      { intent: 'agent.dashboard', persona: 'agent', read: (data) => data.snapshot.openTickets },
      { intent: 'tickets.mine', persona: 'agent', read: (data) => openQueue(data)?.total },
      { intent: 'tickets.list', persona: 'agent', read: (data) => openQueue(data)?.counts.open },
    ],
  },
  "an agent's open tickets past SLA": {
    subjects: 'agent',
    readings: [
      { intent: 'team.workload', persona: 'manager', read: (data, { id }) => byId(data.agents, 'agentId', id)?.ticketsBreached },
      { intent: 'agent.dashboard', persona: 'agent', read: (data) => data.snapshot.breachedTickets },
      { intent: 'tickets.mine', persona: 'agent', read: (data) => openQueue(data)?.counts.breached },
      { intent: 'tickets.list', persona: 'agent', read: (data) => openQueue(data)?.counts.breached },
    ],
  },
};

/** The questions every answer is built for: no period, the last 60 days and today (UTC), the last two with room for every row. */
const PERIOD = { from: new Date(now.getTime() - 60 * DAY_MS).toISOString(), to: now.toISOString(), label: 'last 60 days' };
const TODAY = { from: new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS).toISOString(), to: new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS).toISOString(), label: 'today' };
const QUESTIONS: Record<string, IntentParams> = { 'no period': {}, 'the last 60 days': { period: PERIOD, limit: 500 }, today: { period: TODAY, limit: 500 } };

const openTicketIds = new Set(dataset.tickets.filter((ticket) => ticket.solvedAt === null && teamAgents.some((agent) => agent.id === ticket.assigneeId)).map((ticket) => ticket.id));
const assigneeOf = (ticketId: string) => dataset.tickets.find((ticket) => ticket.id === ticketId)!.assigneeId;
const csmOf = (accountId: string) => dataset.accounts.find((account) => account.id === accountId)!.csmId ?? null;
const defaultCsm = dataset.accounts.find((account) => account.csmId)!.csmId!;

/** Who asks: the persona's viewer closest to the subject (the account's CSM, the agent themselves, the team's manager). */
function viewerFor(persona: Persona, subject: Subject): Viewer | null {
  if (persona === 'executive') return { userId: 'exec-1', persona };
  if (persona === 'manager') return { userId: 'manager-1', persona, teamId: subject.kind === 'team' ? subject.id : team.id };
  if (persona === 'csm') {
    const csmId = subject.kind === 'account' ? csmOf(subject.id) : defaultCsm;
    if (csmId === null) return null;
    return { userId: csmId, persona, accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) };
  }
  const agent =
    subject.kind === 'agent' || subject.kind === 'ticket'
      ? teamAgents.find((candidate) => candidate.id === (subject.kind === 'ticket' ? assigneeOf(subject.id) : subject.id))
      : subject.kind === 'account'
        ? dataset.agents.find((candidate) => dataset.tickets.some((ticket) => ticket.assigneeId === candidate.id && ticket.accountId === subject.id))
        : teamAgents[0];
  return agent ? { userId: agent.id, persona, agentId: agent.id, teamId: agent.teamId! } : null;
}

const slotsOf = (intent: string): readonly string[] => INTENT_CATALOGUE.find((definition) => definition.id === intent)!.slots ?? [];

function paramsFor(intent: string, subject: Subject, question: IntentParams): IntentParams {
  const slots = slotsOf(intent);
  const params: IntentParams = {};
  for (const [slot, value] of Object.entries(question)) if (slots.includes(slot)) Object.assign(params, { [slot]: value });
  if (intent === 'call.prep' && subject.kind === 'account') params.accountName = dataset.accounts.find((account) => account.id === subject.id)!.name;
  return params;
}

const answers = new Map<string, Payload>();
/** The answer's data, built once per question; null when the viewer cannot see the subject (404). */
function answerOf(intent: string, viewer: Viewer, params: IntentParams): Payload | null {
  const key = JSON.stringify([intent, viewer, params]);
  if (!answers.has(key)) {
    try {
      answers.set(key, answerIntent(intent, { data: dataset, viewer, params, now }).data);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      answers.set(key, null);
    }
  }
  return answers.get(key);
}

function subjectsOf(kind: Subject['kind']): Subject[] {
  if (kind === 'account') return dataset.accounts.map((account) => ({ kind, id: account.id }));
  if (kind === 'agent') return teamAgents.map((agent) => ({ kind, id: agent.id }));
  if (kind === 'ticket') return dataset.tickets.filter((ticket) => openTicketIds.has(ticket.id)).map((ticket) => ({ kind, id: ticket.id }));
  if (kind === 'team') return [{ kind: 'organisation', id: 'organisation' }, ...dataset.teams.map((entry) => ({ kind, id: entry.id }))];
  return [{ kind: 'organisation', id: 'organisation' }];
}

/** How many times each fact was compared between two widgets, over every question. */
const comparisons = new Map<string, number>();
const intentsShown = new Set(Object.values(FACTS).flatMap((fact) => fact.readings.map((reading) => reading.intent)));

describe('one fact, one figure', () => {
  it('the table names only intents of the catalogue, each for a persona that may ask it', () => {
    for (const fact of Object.values(FACTS)) {
      for (const reading of fact.readings) expect(INTENT_CATALOGUE.find((definition) => definition.id === reading.intent)?.personas, reading.intent).toContain(reading.persona);
    }
    expect(intentsShown.size).toBeGreaterThan(20);
  });

  describe.each(Object.entries(QUESTIONS))('asked for %s', (question, params) => {
    it.each(Object.keys(FACTS))('%s: every widget that shows it shows the same value', (name) => {
      const fact = FACTS[name]!;
      let compared = 0;
      for (const subject of subjectsOf(fact.subjects)) {
        // Figures are compared within one span: a widget whose default span differs is compared with those that share it.
        const bySpan = new Map<string, { reading: string; value: unknown }[]>();
        for (const reading of fact.readings) {
          const viewer = viewerFor(reading.persona, subject);
          const data = viewer && answerOf(reading.intent, viewer, paramsFor(reading.intent, subject, params));
          const value = data ? reading.read(data, subject) : undefined;
          if (value === undefined || value === null) continue;
          const window = reading.window?.(data);
          if (window && params.period && !reading.ownSpan && slotsOf(reading.intent).includes('period')) expect({ from: window.from, to: window.to }, `${reading.intent} for a ${reading.persona} covers the asked period`).toEqual({ from: params.period.from, to: params.period.to });
          const span = `${window ? `${window.from}/${window.to}` : ''}${fact.perViewer ? JSON.stringify(viewer) : ''}`;
          const shown = bySpan.get(span) ?? [];
          shown.push({ reading: `${reading.intent} (${reading.persona})`, value });
          bySpan.set(span, shown);
        }
        for (const shown of bySpan.values()) {
          if (shown.length < 2) continue;
          compared += 1;
          const values = shown.map((entry) => entry.value);
          expect(shown, `${name} of ${subject.id} (${question})`).toEqual(shown.map((entry) => ({ ...entry, value: values[0] })));
        }
      }
      comparisons.set(name, (comparisons.get(name) ?? 0) + compared);
    });
  });

  it('every fact of the table was compared between two widgets at least once (the table reads something)', () => {
    expect(Object.keys(FACTS).filter((name) => !comparisons.get(name))).toEqual([]);
  });
});
