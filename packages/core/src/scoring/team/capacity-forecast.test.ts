import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../contracts/ticket.js';
import { agent, dataset, NOW, plus, ticket } from './__fixtures__/team-fixtures.js';
import { capacityForecast } from './capacity-forecast.js';

const PER_WEEKDAY = [10, 10, 10, 10, 10, 2, 0];

/** `weeks` identical weeks ending the Monday of `NOW` (2026-03-16), plus one AI-resolved ticket a week. */
function history(weeks: number, solveAfterMinutes = 100): Ticket[] {
  const tickets: Ticket[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const monday = plus('2026-03-16T00:00:00Z', -(weeks - week) * 7 * 1440);
    PER_WEEKDAY.forEach((count, weekday) => {
      for (let index = 0; index < count; index += 1) {
        // Monday's first ticket is at midnight, so the first week counts as complete.
        tickets.push(ticket({ id: `w${week}-${weekday}-${index}`, createdAt: plus(monday, weekday * 1440 + index * 60), replies: [5], solvedAfter: solveAfterMinutes }));
      }
    });
    tickets.push(ticket({ id: `ai-${week}`, createdAt: plus(monday, 600), solvedAfter: 1, resolvedBy: 'ai' }));
  }
  return tickets;
}

describe('capacityForecast', () => {
  it('forecasts next week per weekday and finds the team over-staffed', () => {
    const data = dataset({ tickets: history(4), agents: [agent('agent-ann'), agent('agent-bob')] });
    const forecast = capacityForecast(data, { now: NOW, config: { capacity: { handleMinutesPerTicket: 48 } } });
    expect(forecast.nextWeek).toEqual({ from: '2026-03-23T00:00:00.000Z', to: '2026-03-30T00:00:00.000Z' });
    expect(forecast.history).toEqual({ weeksUsed: 4, weekStarts: ['2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09'], weeklyTicketTotals: [52, 52, 52, 52] });
    expect(forecast.trend).toEqual({ slopeTicketsPerWeek: 0, factor: 1, bounded: false });
    // Monday: 10 tickets × 48 min = 8 agent-hours against 2 agents × 8 h.
    expect(forecast.days[0]).toMatchObject({ date: '2026-03-23', weekday: 'mon', forecastTickets: 10, demandHours: 8, capacityHours: 16, gapHours: -8, scheduledAgents: 2 });
    expect(forecast.days[5]).toMatchObject({ weekday: 'sat', demandHours: 1.6, capacityHours: 0 });
    // Week: 52 × 0.8 h = 41.6 h of 80 h (52 %, under 60 %). Needed at 85 %: 48.9 h → 31.1 h spare → 3 agent-days.
    expect(forecast.week.demandHours).toBeCloseTo(41.6, 10);
    expect(forecast.week.capacityHours).toBe(80);
    expect(forecast.week.utilisationRate).toBeCloseTo(0.52, 10);
    expect(forecast.recommendation).toMatchObject({ status: 'overstaffed', agentDays: 3, hoursPerAgentDay: 8 });
    expect(forecast.recommendation.reason).toBe('Over-staffed: about 52 tickets expected next week, needing 42 agent-hours at 48 min per ticket, against 80 scheduled hours; about 3 agent-days could go to other work.');
  });

  it('asks for agent-days when demand outgrows the schedule', () => {
    // One agent: 40 h. Needed 41.6 / 0.85 = 48.9 h → 8.9 h short → 2 agent-days.
    const data = dataset({ tickets: history(4), agents: [agent('agent-ann')] });
    const forecast = capacityForecast(data, { now: NOW, config: { capacity: { handleMinutesPerTicket: 48 } } });
    expect(forecast.recommendation).toMatchObject({ status: 'understaffed', agentDays: 2 });
  });

  it('derives effort per ticket from median handle time over median capacity', () => {
    // Handle (new + open) time 100 min, capacity 10 → 10 agent-minutes per ticket.
    const data = dataset({ tickets: history(4), agents: [agent('agent-ann'), agent('agent-bob')] });
    const forecast = capacityForecast(data, { now: NOW });
    expect(forecast.effort).toEqual({ minutesPerTicket: 10, basis: 'median_handle_over_capacity', medianHandleMinutes: 100, medianCapacity: 10 });
  });

  it('uses at most maxWeeks and reports too little history', () => {
    const data = dataset({ tickets: history(10), agents: [agent('agent-ann')] });
    expect(capacityForecast(data, { now: NOW }).history.weeksUsed).toBe(8);
    const short = capacityForecast(dataset({ tickets: history(2), agents: [agent('agent-ann')] }), { now: NOW });
    expect(short.history.weeksUsed).toBe(2);
    expect(short.recommendation.status).toBe('insufficient_data');
    expect(short.recommendation.reason).toMatch(/^Only 2 complete weeks of history \(need 4\)/);
  });

  it('treats the week the data starts in as partial', () => {
    const tickets = history(4).filter((item) => item.id !== 'w0-0-0');
    expect(capacityForecast(dataset({ tickets, agents: [agent('agent-ann')] }), { now: NOW }).history.weeksUsed).toBe(3);
  });

  it('handles a team with no tickets and no agents', () => {
    const forecast = capacityForecast(dataset({ tickets: [], agents: [] }), { now: NOW });
    expect(forecast.week).toMatchObject({ forecastTickets: 0, capacityHours: 0, utilisationRate: null });
    expect(forecast.recommendation.status).toBe('insufficient_data');
  });
});
