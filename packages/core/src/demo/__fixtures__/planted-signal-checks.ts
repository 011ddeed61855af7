import { expect } from 'vitest';
import type { Viewer } from '../../contracts/viewer.js';
import { answerIntent } from '../../widgets/answer-intent.js';
import type { AdoptionTablePayload } from '../../widgets/payloads/account-health-payloads.js';
import type { ChurnRiskListPayload } from '../../widgets/payloads/account-payloads.js';
import type { ExpansionOpportunitiesPayload, RenewalPipelinePayload } from '../../widgets/payloads/account-pipeline-payloads.js';
import type { SlaAtRiskPayload } from '../../widgets/payloads/ops-payloads.js';
import type { RankedAgentPayload } from '../../widgets/payloads/team-payloads.js';
import type { ReassignmentPlanPayload } from '../../widgets/payloads/team-queue-payloads.js';
import type { DemoDataset, DemoSize } from '../index.js';

// Every key of `truth`, checked through the answers a user of the right persona gets. Shared by the
// property tests of the demo size and of the medium size, one file each so they run side by side.

/** Seeds 1–50: fixed, so a failure names the seed that reproduces it. */
export const SEEDS = Array.from({ length: 50 }, (_, index) => index + 1);
/** Three times the demo: 120 accounts, 9,000 tickets, 18 agents per team. */
export const MEDIUM_SIZE: DemoSize = { accounts: 120, tickets: 9000 };
// Large enough for every list to show all its rows.
const ALL = { limit: 500 };

function answer<Data>(demo: DemoDataset, intent: string, viewer: Viewer, params: Record<string, unknown> = {}): Data {
  return answerIntent(intent, { data: demo, viewer, params, now: new Date(demo.now) }).data as Data;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const teamOf = (demo: DemoDataset, agentId: string) => demo.agents.find((agent) => agent.id === agentId)!.teamId;
const managerOf = (teamId: string): Viewer => ({ userId: `manager-of-${teamId}`, persona: 'manager', teamId });
const executive: Viewer = { userId: 'executive', persona: 'executive' };
// A CSM whose book is the whole portfolio, so "exactly the declining accounts" means across every account.
const csmOfEverything = (demo: DemoDataset): Viewer => ({ userId: 'csm-everything', persona: 'csm', accountIds: demo.accounts.map((account) => account.id) });

/** Soft expectations (every broken signal is reported) that each key of `demo.truth` shows in the answers. */
export function expectEveryPlantedSignal(demo: DemoDataset): void {
  const { truth } = demo;
  const csm = csmOfEverything(demo);

  const churnIds = truth.highChurnRiskAccountIds.map((entry) => entry.accountId);
  const churn = answer<ChurnRiskListPayload>(demo, 'accounts.churnRisk', executive, ALL);
  expect.soft(sorted(churn.accounts.slice(0, churnIds.length).map((account) => account.accountId)), 'churn risks rank first').toEqual(sorted(churnIds));

  const adoption = answer<AdoptionTablePayload>(demo, 'accounts.adoption', csm, ALL);
  expect.soft(sorted(adoption.accounts.filter((account) => account.declining).map((account) => account.accountId)), 'declining adoption, exactly').toEqual(sorted(truth.decliningAdoptionAccountIds));

  const plan = answer<ReassignmentPlanPayload>(demo, 'team.rebalance', managerOf(teamOf(demo, truth.overloadedAgentId)));
  expect.soft(plan.moves.length, 'the rebalance plan moves tickets').toBeGreaterThan(0);
  for (const move of plan.moves) expect.soft({ from: move.from.agentId, to: move.to.agentId }, 'from the overloaded agent to the underloaded one').toEqual({ from: truth.overloadedAgentId, to: truth.underloadedAgentId });

  const performersTeam = managerOf(teamOf(demo, truth.bestAgentId));
  const top = answer<RankedAgentPayload>(demo, 'agents.top', performersTeam);
  expect.soft({ outcome: top.outcome, agentId: top.agentId }, `top performer: ${top.reason}`).toEqual({ outcome: 'named', agentId: truth.bestAgentId });
  const lowest = answer<RankedAgentPayload>(demo, 'agents.lowest', performersTeam);
  expect.soft({ outcome: lowest.outcome, agentId: lowest.agentId }, `lowest performer: ${lowest.reason}`).toEqual({ outcome: 'named', agentId: truth.worstAgentId });

  // Each team's manager sees the team's clocks due within the hour; between them, every planted ticket.
  const dueWithinTheHour = demo.teams.flatMap(({ id: teamId }) =>
    answer<SlaAtRiskPayload>(demo, 'sla.atRisk', managerOf(teamId), { hours: 1, ...ALL }).tickets.filter((row) => row.metric === 'firstReply').map((row) => row.ticket.id),
  );
  expect.soft(sorted(dueWithinTheHour), 'every at-risk ticket is listed').toEqual(sorted(truth.atRiskTicketIds));

  const upsell = answer<ExpansionOpportunitiesPayload>(demo, 'accounts.upsell', csm, ALL);
  const upsellTop = upsell.upsell.slice(0, truth.upsellAccountIds.length);
  expect.soft(sorted(upsellTop.map((assessment) => assessment.accountId)), 'upsell accounts rank first').toEqual(sorted(truth.upsellAccountIds));
  expect.soft(upsellTop.every((assessment) => assessment.csql), 'each is a CSQL').toBe(true);

  const renewals = answer<RenewalPipelinePayload>(demo, 'renewals.upcoming', executive, ALL);
  expect.soft(sorted(renewals.renewals.map((renewal) => renewal.accountId)), 'renewals within 90 days, exactly').toEqual(sorted(truth.renewalsWithin90DaysAccountIds));
}
