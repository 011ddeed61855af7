import { describe, expect, it } from 'vitest';
import { answerIntent } from '../../widgets/answer-intent.js';
import type { RankedAgentPayload } from '../../widgets/payloads/team-payloads.js';
import { performanceTeam } from './__fixtures__/performance-team.js';
import { NOW } from './__fixtures__/team-fixtures.js';
import { agentPerformance } from './agent-performance.js';

// Dan solves 5 tickets, too few to rank (20 needed). Here he is worse than Cat, last of the ranked agents:
// he answers in 5 h 22 min where Cat takes an hour, both his ratings are bad and 2 of his 5 solves reopened.
const badDan = { dan: { firstReplyMinutes: 322, solveMinutes: 400, good: 0, bad: 2, twoReplies: 5, reopened: 2 } };

describe('lowest performer with a worse agent left unranked', () => {
  it('names nobody and says who trails the team on what', () => {
    const report = agentPerformance(performanceTeam(badDan), { now: NOW });
    expect(report.lowest).toMatchObject({ outcome: 'no_clear_outlier', agentId: null, candidateAgentId: 'agent-cat' });
    expect(report.lowest.unrankedConcerns).toHaveLength(1);
    const [concern] = report.lowest.unrankedConcerns;
    expect(concern).toMatchObject({ agentId: 'agent-dan', missingSamples: { solved: 15, csatResponses: 8 } });
    // Weighted over CSAT 25, reopen 10, one-touch 10, first reply 15, resolution 15: Dan (0, 0, 33, 0, 0 percentile among the ranked) against Cat (17 each).
    expect(concern!.standing.agent).toBeCloseTo(20 / 3, 6);
    expect(concern!.standing.lowestRanked).toBeCloseTo(50 / 3, 6);
    expect(concern!.trailingKpis.map((kpi) => [kpi.key, kpi.worstInTeam])).toEqual([
      ['firstReplySpeed', true],
      ['resolutionSpeed', true],
      ['reopen', true],
    ]);
    expect(concern!.trailingKpis[0]!.sampleSize).toBe(5);
    expect(concern!.reason).toMatch(/^Dan has too few solved tickets \(5; 15 more needed\) and CSAT ratings \(2; 8 more needed\) to rank, but the slowest first replies in the team: 5h 22m median/);
    expect(report.lowest.reason).toMatch(/^No lowest performer named: Dan has too few .*the most reopens in the team: 2 of 5 solves reopened\. Of the ranked agents, Cat is last \(composite 17\)\.$/);
  });

  it('still names the top performer: an unranked agent only holds back the lowest', () => {
    const report = agentPerformance(performanceTeam(badDan), { now: NOW });
    expect(report.top).toMatchObject({ outcome: 'named', agentId: 'agent-ann', unrankedConcerns: [] });
  });

  it('names the lowest when the unranked agent is worst on one KPI but stands above the lowest overall', () => {
    // Slowest first reply and resolution in the team, and otherwise as good as the best.
    const report = agentPerformance(performanceTeam({ dan: { firstReplyMinutes: 322, solveMinutes: 400 } }), { now: NOW });
    expect(report.lowest).toMatchObject({ outcome: 'named', agentId: 'agent-cat', unrankedConcerns: [] });
    expect(agentPerformance(performanceTeam(), { now: NOW }).lowest).toMatchObject({ outcome: 'named', agentId: 'agent-cat', unrankedConcerns: [] });
  });

  it('leaves out a KPI read from fewer than minUnrankedSamples tickets or ratings', () => {
    const report = agentPerformance(performanceTeam(badDan), { now: NOW, config: { performance: { minUnrankedSamples: 6 } } });
    expect(report.thresholds.minUnrankedSamples).toBe(6);
    expect(report.lowest).toMatchObject({ outcome: 'named', agentId: 'agent-cat', unrankedConcerns: [] });
  });

  it('says "slower than" the lowest ranked agent on a KPI where a ranked agent is slower still', () => {
    // Bob now answers in 90 min, Cat in 60: Dan at 75 is slower than Cat, not the slowest.
    const report = agentPerformance(performanceTeam({ bob: { firstReplyMinutes: 90 }, dan: { ...badDan.dan, firstReplyMinutes: 75 } }), { now: NOW });
    expect(report.lowest).toMatchObject({ outcome: 'no_clear_outlier', candidateAgentId: 'agent-cat' });
    const firstReply = report.lowest.unrankedConcerns[0]!.trailingKpis.find((kpi) => kpi.key === 'firstReplySpeed')!;
    expect(firstReply.worstInTeam).toBe(false);
    expect(firstReply.reason).toMatch(/^slower first replies than Cat: 1h 15m median/);
  });
});

describe('agents.lowest answer with a worse agent left unranked', () => {
  it('carries the concern with the agent’s KPIs, and no named agent', () => {
    const data = performanceTeam(badDan);
    const viewer = { userId: 'manager-a', persona: 'manager' as const, teamId: 'team-a' };
    const answer = answerIntent('agents.lowest', { data, viewer, now: NOW }).data as RankedAgentPayload;
    expect(answer).toMatchObject({ outcome: 'no_clear_outlier', agentId: null, candidate: { agentId: 'agent-cat' } });
    expect(answer.unrankedConcerns).toHaveLength(1);
    expect(answer.unrankedConcerns[0]!.agent).toMatchObject({ agentId: 'agent-dan', rank: null, status: 'insufficient_data', kpis: { firstReplyMedianMinutes: 322 } });
    const comparison = answerIntent('agents.performance', { data, viewer, now: NOW }).data as { lowest: { unrankedConcernAgentIds: string[] } };
    expect(comparison.lowest.unrankedConcernAgentIds).toEqual(['agent-dan']);
  });
});
