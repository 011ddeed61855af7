import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../demo/generate-demo-dataset.js';
import { indexAccountData } from './account-index.js';
import { rankChurnRisk } from './churn-risk.js';
import { scorePortfolioHealth, withPreviousOnDemand } from './portfolio-health.js';

describe('withPreviousOnDemand', () => {
  const data = generateDemoDataset({ seed: 4, size: 'small' });
  const now = new Date(data.now);
  const index = indexAccountData(data);
  const full = scorePortfolioHealth(data, now, { index, explain: false });
  const lean = withPreviousOnDemand(scorePortfolioHealth(data, now, { index, explain: false }), data, index);

  it('reads exactly like the portfolio it stands for, past scores included', () => {
    expect(lean.accounts.some((report) => report.previous !== null)).toBe(true);
    expect(lean).toEqual(full);
    expect(JSON.stringify(lean)).toBe(JSON.stringify(full));
  });

  it('ranks churn the same, previous assessments included', () => {
    expect(rankChurnRisk(data, now, { index, health: lean })).toEqual(rankChurnRisk(data, now, { index, health: full }));
  });
});
