import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/chat/answer-text/index.js';
import type { RankedAgentView } from '../../src/chat/answer-text/team.js';
import { answerFor, withData } from './demo-answers.js';

type Concern = RankedAgentView['unrankedConcerns'][number];

describe('agents.lowest while a worse agent is unranked', () => {
  it('names nobody and says who has too few solves but trails the team, with the number', () => {
    const answer = withData<RankedAgentView>(answerFor('agents.lowest', 'manager'), (data) => {
      const unranked = { ...data.candidate!, name: 'Nadia Stone', rank: null, status: 'insufficient_data' as const, composite: null, missingSamples: { solved: 8, csatResponses: 0 } };
      const concern: Concern = {
        agent: { ...unranked, kpis: { ...unranked.kpis, firstReplyMedianMinutes: 322, csatRate: 0.4, csatResponses: 10, resolutionMedianMinutes: 900, reopenRate: 0.1, oneTouchRate: 0.2 } },
        trailingKpis: [
          { key: 'firstReplySpeed', worstInTeam: true },
          { key: 'csat', worstInTeam: false },
        ],
      };
      return { ...data, outcome: 'no_clear_outlier', unrankedConcerns: [concern] };
    });
    const text = describeAnswer(answer);
    const data = answer.data as RankedAgentView;
    expect(text).toContain(
      `No lowest performer named: **Nadia Stone** has too few solved tickets to rank, but the slowest first reply in the team: 5 h 22 min median and a lower CSAT than ${data.candidate!.name}: 40% on 10 ratings.`,
    );
    expect(text).toContain(`Of the ranked agents, ${data.candidate!.name} is last with a composite of ${Math.round(data.candidate!.composite!)}.`);
  });
});
