import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../errors/access-errors.js';
import { SupportAIError } from '../../errors/supportai-error.js';
import type { CallPrepPayload } from '../payloads/retrieval-call-prep-payloads.js';
import type { ReplyDraftPayload } from '../payloads/retrieval-reply-payloads.js';
import { ACCOUNT_WIDGETS } from '../widget-table-accounts.js';
import { agentViewer, answer, contextFor, csmOwning, csmViewer, demo, managerOf, now, revenueValuesIn, truth } from './account-test-context.js';

const OPEN = new Set(['new', 'open', 'pending', 'on_hold']);
const openTicketOf = (agentId: string) => demo.tickets.find((ticket) => ticket.assigneeId === agentId && OPEN.has(ticket.status))!;
const build = (intent: string, ...args: Parameters<typeof contextFor>) => () => ACCOUNT_WIDGETS[intent]!.build(contextFor(...args));

describe('reply.draft (reply-draft)', () => {
  const agentId = truth.bestAgentId;
  const ticket = openTicketOf(agentId);

  it('drafts a reply to an own ticket in the asked tone, every piece with its sources', () => {
    const payload = answer<ReplyDraftPayload>('reply.draft', agentViewer(agentId), { ticketId: ticket.id, tone: 'apologetic' });
    expect(payload.method).toBe('template');
    expect(payload.ticket.id).toBe(ticket.id);
    expect(payload.tone).toEqual({ tone: 'apologetic', source: 'requested', evidence: ['apologetic'] });
    expect(payload.draft.acknowledgement.sources).toContainEqual({ kind: 'template', id: 'acknowledgement.apologetic' });
    expect(payload.draft.signOff.agentId).toBe(agentId);
    const cited = new Set(payload.draft.citations.map((citation) => citation.articleId));
    for (const step of payload.draft.steps) {
      expect(cited).toContain(step.articleId);
      expect(step.sources[0]).toMatchObject({ kind: 'kbArticle', id: step.articleId });
    }
    for (const similar of payload.similarTickets) expect(demo.tickets.find((candidate) => candidate.id === similar.ticketId)!.assigneeId).toBe(agentId);
  });

  it("lets the team's manager draft, and hides tickets outside the viewer's scope", () => {
    const manager = managerOf(ticket.teamId!);
    expect(answer<ReplyDraftPayload>('reply.draft', manager, { ticketId: ticket.id }).ticketId).toBe(ticket.id);
    const foreign = demo.tickets.find((candidate) => candidate.assigneeId !== agentId && candidate.teamId !== ticket.teamId)!;
    expect(build('reply.draft', agentViewer(agentId), { ticketId: foreign.id })).toThrow(NotFoundError);
    expect(build('reply.draft', manager, { ticketId: foreign.id })).toThrow(NotFoundError);
    expect(build('reply.draft', agentViewer(agentId), {})).toThrow(SupportAIError);
  });
});

describe('call.prep (call-prep)', () => {
  // The demo books a customer call two hours after `now` for the second agent of each team.
  const withCall = demo.meetings.find((meeting) => meeting.kind === 'call' && Date.parse(meeting.startsAt) > now.getTime() && meeting.attendeeIds.some((id) => id.startsWith('agent-')))!;
  const callAgent = withCall.attendeeIds.find((id) => id.startsWith('agent-'))!;

  it("prepares an agent for their next customer meeting today, without ARR", () => {
    const payload = answer<CallPrepPayload>('call.prep', agentViewer(callAgent));
    expect(payload).toMatchObject({ chosenBy: 'meeting', accountId: withCall.accountId });
    expect(payload.meeting).toMatchObject({ meetingId: withCall.id, kind: 'call', factId: `meeting:${withCall.id}` });
    expect(payload.renewal.arrCents).toBeNull();
    expect(payload.renewal.currency).toBeNull();
    // Every talking point cites facts the notes carry.
    const factIds = new Set(['renewal', 'usage', 'csat', 'nps', 'account-health', ...[...payload.recentTickets, ...payload.openTickets].map((fact) => fact.factId)]);
    for (const point of payload.talkingPoints) for (const factId of point.factIds) expect(factIds).toContain(factId);
  });

  it("leaves commercial health drivers out for an agent, not for the account's CSM", () => {
    const churnCall = demo.meetings.find((meeting) => truth.highChurnRiskAccountIds.some((planted) => planted.accountId === meeting.accountId) && meeting.attendeeIds.some((id) => id.startsWith('agent-')) && Date.parse(meeting.startsAt) > now.getTime());
    expect(churnCall).toBeDefined();
    const agentId = churnCall!.attendeeIds.find((id) => id.startsWith('agent-'))!;
    const forAgent = answer<CallPrepPayload>('call.prep', agentViewer(agentId));
    expect(forAgent.accountId).toBe(churnCall!.accountId);
    expect(forAgent.accountHealth?.band).toBe('red');
    expect(forAgent.accountHealth!.drivers.some((driver) => driver.metric === 'invoices' || driver.metric === 'contractTrajectory')).toBe(false);
    const account = demo.accounts.find((candidate) => candidate.id === churnCall!.accountId)!;
    const forCsm = answer<CallPrepPayload>('call.prep', csmViewer(csmOwning(account.id)), { accountName: account.name });
    expect(forCsm.chosenBy).toBe('accountName');
    expect(forCsm.renewal.arrCents).toBe(account.arr.amountCents);
    expect(forCsm.accountHealth!.drivers.map((driver) => driver.metric)).toContain('invoices');
    expect(forCsm.talkingPoints.map((point) => point.topic)).toEqual(expect.arrayContaining(['accountHealth', 'usageDecline']));
  });

  it('needs an account in scope, or a meeting left today', () => {
    expect(build('call.prep', csmViewer('csm-1'), { accountName: 'Zzyzx Nonexistent Holdings' })).toThrow(NotFoundError);
    // The first agent's customer call was this morning; nothing is left to prepare for.
    const morning = demo.meetings.find((meeting) => meeting.kind === 'call' && Date.parse(meeting.endsAt) < now.getTime() && Date.parse(meeting.startsAt) > now.getTime() - 86_400_000 && meeting.attendeeIds.some((id) => id.startsWith('agent-')))!;
    const idleAgent = morning.attendeeIds.find((id) => id.startsWith('agent-'))!;
    expect(build('call.prep', agentViewer(idleAgent))).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe("an agent's payloads", () => {
  it('carry no ARR, revenue or churn figure', () => {
    const agent = agentViewer(truth.bestAgentId);
    const ticketId = openTicketOf(truth.bestAgentId).id;
    const accountName = demo.accounts.find((account) => account.id === openTicketOf(truth.bestAgentId).accountId)!.name;
    const payloads = [
      answer('tickets.similar', agent, { ticketId }),
      answer('kb.search', agent, { topic: 'sso' }),
      answer('reply.draft', agent, { ticketId }),
      answer('call.prep', agent, { accountName }),
    ];
    for (const payload of payloads) expect(revenueValuesIn(payload)).toEqual([]);
  });
});
