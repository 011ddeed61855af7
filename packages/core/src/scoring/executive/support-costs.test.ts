import { describe, expect, it } from 'vitest';
import { BOARD_NOW, boardData } from './__fixtures__/board-fixture.js';
import { supportCosts } from './support-costs.js';

describe('supportCosts', () => {
  const base = boardData();
  const withBudget = (monthlyBudgetCents: number) => ({ ...base, settings: { ...base.settings, costs: { ...base.settings.costs, monthlyBudgetCents } } });

  it('sets the prorated opex against the prorated budget', () => {
    // Budget 3 652 500 a month → 3 600 000 for 30 days; opex 3 000 000 → 83 %, under budget by 600 000.
    const report = supportCosts({ data: withBudget(3_652_500), now: BOARD_NOW });
    expect(report.budget.status).toBe('under_budget');
    expect(report.budget.budgetCents).toBeCloseTo(3_600_000);
    expect(report.budget.varianceCents).toBeCloseTo(-600_000);
    expect(report.budget.utilizationRate).toBeCloseTo(5 / 6);
    expect(report.explanation).toContain('(83%), under budget');
    // 3 043 750 a month is exactly the opex: on budget; a third less budget: over.
    expect(supportCosts({ data: withBudget(3_043_750), now: BOARD_NOW }).budget.status).toBe('on_budget');
    expect(supportCosts({ data: withBudget(2_000_000), now: BOARD_NOW }).budget.status).toBe('over_budget');
    expect(supportCosts({ data: base, now: BOARD_NOW }).budget).toMatchObject({ budgetCents: null, status: 'no_budget' });
  });

  it('splits opex by each team’s labour cost', () => {
    // team-1: 4 replies × 8 min = 32 min × 4000/h = 2133.33; team-2: 32 min × 6000/h = 3200;
    // no team: AI3's 1 reply = 8 min × 5000/h (overall mean) = 666.67. Total 6000.
    const { byTeam } = supportCosts({ data: base, now: BOARD_NOW });
    expect(byTeam.map((row) => [row.teamId, row.handledTickets, row.humanResolvedTickets])).toEqual([
      ['team-2', 2, 2],
      ['team-1', 2, 2],
      [null, 3, 1],
    ]);
    expect(byTeam[0]!.laborCostCents).toBeCloseTo(3200);
    expect(byTeam[0]!.allocatedOpexCents).toBeCloseTo((3_000_000 * 3200) / 6000);
    expect(byTeam[0]!.costPerTicketCents).toBeCloseTo(800_000);
    expect(byTeam[2]!.costPerTicketCents).toBeCloseTo(3_000_000 / 9 / 3); // share 666.67 / 6000 = 1/9
    expect(byTeam.reduce((total, row) => total + row.shareOfCost, 0)).toBeCloseTo(1);
  });

  it('carries the AI ROI of both periods', () => {
    const report = supportCosts({ data: base, now: BOARD_NOW });
    expect(report.aiRoi.current.netSavingsCents).toBeCloseTo(2200);
    expect(report.aiRoi.previous.aiResolved).toBe(1);
  });
});
