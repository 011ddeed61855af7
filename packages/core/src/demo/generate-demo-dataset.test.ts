import { describe, expect, it } from 'vitest';
import { SupportDataSchema } from '../data/support-data.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { DEMO_NOW, generateDemoDataset } from './index.js';

const demo = generateDemoDataset({ seed: 1, size: 'small' });

describe('generateDemoDataset', () => {
  it('gives the same dataset, byte for byte, for the same seed', () => {
    const again = generateDemoDataset({ seed: 1, size: 'small' });
    expect(again).toEqual(demo);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
  });

  it('gives a different dataset for a different seed', () => {
    const other = generateDemoDataset({ seed: 2, size: 'small' });
    expect(JSON.stringify(other.tickets)).not.toBe(JSON.stringify(demo.tickets));
    expect(other.accounts.map((account) => account.name)).not.toEqual(demo.accounts.map((account) => account.name));
  });

  it('defaults to seed 1 and the small size', () => {
    expect(JSON.stringify(generateDemoDataset())).toBe(JSON.stringify(demo));
  });

  it('parses with SupportDataSchema', () => {
    const result = SupportDataSchema.safeParse(demo);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('has the small demo counts', () => {
    expect(demo.tickets).toHaveLength(3000);
    expect(demo.accounts).toHaveLength(40);
    expect(demo.agents).toHaveLength(12);
    expect(demo.teams.map((team) => team.name)).toEqual(['Tier 1 Europe', 'Tier 2 Americas']);
    expect(new Set(demo.agents.map((agent) => agent.teamId)).size).toBe(2);
    expect(demo.usage).toHaveLength(40 * 16);
    expect(demo.kbArticles).toHaveLength(40);
    expect(new Set(demo.accounts.map((account) => account.csmId).filter((id) => id !== null))).toEqual(new Set(['csm-1', 'csm-2', 'csm-3']));
  });

  it('stamps its own now, seed and size', () => {
    expect(demo.now).toBe(DEMO_NOW);
    expect(demo.seed).toBe(1);
    expect(demo.size).toBe('small');
  });

  it('is deeply frozen', () => {
    const ticket = demo.tickets[0]!;
    expect(Object.isFrozen(demo)).toBe(true);
    expect(Object.isFrozen(demo.tickets)).toBe(true);
    expect(Object.isFrozen(ticket)).toBe(true);
    expect(Object.isFrozen(ticket.events)).toBe(true);
    expect(ticket.events.every((event) => Object.isFrozen(event))).toBe(true);
    expect(Object.isFrozen(ticket.tags)).toBe(true);
    expect(Object.isFrozen(demo.usage[0]!.featureUsage)).toBe(true);
    expect(Object.isFrozen(demo.truth.highChurnRiskAccountIds[0])).toBe(true);
    expect(Object.isFrozen(demo.settings.costs)).toBe(true);
  });

  it('rejects a seed that is not a safe integer and an out-of-range size', () => {
    expect(() => generateDemoDataset({ seed: 1.5 })).toThrow(SupportAIError);
    expect(() => generateDemoDataset({ size: { accounts: 3, tickets: 100 } })).toThrow(/size\.accounts.*size\.tickets/);
  });
});
