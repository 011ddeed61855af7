import { describe, expect, it } from 'vitest';
import type { Persona } from '../../contracts/common.js';
import type { Viewer } from '../../contracts/viewer.js';
import type { IntentParams } from '../../intents/params.js';
import { defaultIntentRegistry } from '../../intents/route-query.js';
import { ACCOUNT_WIDGETS } from '../widget-table-accounts.js';
import { agentViewer, answer, csmViewer, demo, executive, managerOf, now } from './account-test-context.js';

// An agent with a customer call still to come today, so call prep has a meeting to prepare for.
const callAgent = demo.meetings
  .filter((meeting) => meeting.kind === 'call' && Date.parse(meeting.startsAt) > now.getTime())
  .flatMap((meeting) => meeting.attendeeIds.filter((id) => id.startsWith('agent-')))[0]!;

const VIEWERS: Record<Persona, Viewer> = {
  executive,
  manager: managerOf(demo.agents.find((agent) => agent.id === callAgent)!.teamId!),
  csm: csmViewer('csm-1'),
  agent: agentViewer(callAgent),
};

// Params an intent cannot do without, per viewer: a ticket the viewer may see.
function paramsFor(intent: string, viewer: Viewer): IntentParams {
  if (intent !== 'reply.draft') return {};
  const ticket = demo.tickets.find((candidate) => (viewer.persona === 'agent' ? candidate.assigneeId === viewer.agentId : candidate.teamId === viewer.teamId) && candidate.status === 'open')!;
  return { ticketId: ticket.id };
}

describe('ACCOUNT_WIDGETS', () => {
  it('answers only intents of the catalogue, with the widgets DESIGN §6 names', () => {
    expect(Object.fromEntries(Object.entries(ACCOUNT_WIDGETS).map(([intent, entry]) => [intent, entry.widget]))).toEqual({
      'accounts.churnRisk': 'churn-risk-list',
      'accounts.priority': 'priority-accounts',
      'accounts.highValue': 'account-table',
      'accounts.health': 'account-health',
      'accounts.adoption': 'adoption-table',
      'renewals.upcoming': 'renewal-pipeline',
      'accounts.upsell': 'expansion-opportunities',
      'nps.summary': 'nps-summary',
      'tickets.similar': 'similar-tickets',
      'kb.search': 'kb-results',
      'reply.draft': 'reply-draft',
      'call.prep': 'call-prep',
    });
    for (const intent of Object.keys(ACCOUNT_WIDGETS)) expect(defaultIntentRegistry.get(intent), intent).toBeDefined();
  });

  for (const [intent] of Object.entries(ACCOUNT_WIDGETS)) {
    it(`builds ${intent} for every persona allowed to ask it, matching its schema`, () => {
      const personas = defaultIntentRegistry.get(intent)!.personas;
      expect(personas.length).toBeGreaterThan(0);
      for (const persona of personas) {
        const viewer = VIEWERS[persona];
        expect(() => answer(intent, viewer, paramsFor(intent, viewer)), `${intent} for ${persona}`).not.toThrow();
      }
    });
  }
});
