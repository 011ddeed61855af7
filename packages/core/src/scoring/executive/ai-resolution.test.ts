import { describe, expect, it } from 'vitest';
import { makeTicket, T0_MS } from '../service-levels/__fixtures__/support-fixtures.js';
import { aiResolutionOutcome, isAiInvolved } from './ai-resolution.js';

const hour = 3_600_000;
const solvedMs = T0_MS + 1 * hour;

describe('aiResolutionOutcome', () => {
  it('verifies a solve once 7 quiet days have passed', () => {
    const ticket = makeTicket('A', { createdHour: 0, solvedHour: 1, resolvedBy: 'ai' });
    expect(aiResolutionOutcome(ticket, solvedMs, solvedMs + 168 * hour, 7)).toBe('verified');
    expect(aiResolutionOutcome(ticket, solvedMs, solvedMs + 167 * hour, 7)).toBe('provisional');
  });

  it('drops a solve the customer or an agent came back to within the window', () => {
    const back = makeTicket('B', { createdHour: 0, solvedHour: 1, resolvedBy: 'ai', customerHours: [100] });
    expect(aiResolutionOutcome(back, solvedMs, solvedMs + 200 * hour, 7)).toBe('recontacted');
    // A customer message 8 days later is outside the 7-day window.
    const late = makeTicket('C', { createdHour: 0, solvedHour: 1, resolvedBy: 'ai', customerHours: [1 + 8 * 24] });
    expect(aiResolutionOutcome(late, solvedMs, solvedMs + 300 * hour, 7)).toBe('verified');
    expect(aiResolutionOutcome({ ...late, status: 'open' }, solvedMs, solvedMs + 300 * hour, 7)).toBe('recontacted');
  });
});

describe('isAiInvolved', () => {
  it('counts AI resolutions and AI-named tags only', () => {
    const prefixes = ['ai', 'bot'];
    expect(isAiInvolved(makeTicket('A', { createdHour: 0, resolvedBy: 'ai' }), prefixes)).toBe(true);
    expect(isAiInvolved(makeTicket('B', { createdHour: 0, tags: ['AI_draft'] }), prefixes)).toBe(true);
    expect(isAiInvolved(makeTicket('C', { createdHour: 0, tags: ['bot-triage'] }), prefixes)).toBe(true);
    expect(isAiInvolved(makeTicket('D', { createdHour: 0, tags: ['aim', 'robot', 'email'] }), prefixes)).toBe(false);
  });
});
