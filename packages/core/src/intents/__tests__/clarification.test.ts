import { describe, expect, test } from 'vitest';
import { generateDemoDataset } from '../../demo/index.js';
import type { Persona } from '../../index.js';
import { GOLDEN_SET } from './golden-set.js';
import { HELD_OUT } from './held-out-set.js';
import { KNOWN_NAMES } from './phrasings/known-names.js';
import { TUNING_SET } from '../training/tuning-set.js';
import { ALLOWED, route } from './spec.js';

// Issue 10 §2: a refusal only for a confident route; otherwise a clarifying question with the persona's
// closest allowed intents. Names only when they match a known agent or account.

const demo = generateDemoDataset({ seed: 1, size: 'small' });
const demoNames = { agents: demo.agents.map((agent) => agent.name), accounts: demo.accounts.map((account) => account.name) };

describe('refusals and clarifications', () => {
  test('"What\'s our team\'s performance?" from an executive is not refused: it asks which of their views they mean, and reads no name', () => {
    const result = route("What's our team's performance?", 'executive', { names: demoNames });
    expect(result.refused).toBeUndefined();
    expect(result).toMatchObject({ intent: null, clarification: true });
    for (const id of result.candidates!) expect(ALLOWED[id as keyof typeof ALLOWED]).toContain('executive');
    expect(result.params.agentName).toBeUndefined();
    expect(result.params.accountName).toBeUndefined();
  });

  test('a confident question outside the persona is still refused, naming who can see it', () => {
    const result = route('Which customers are at highest risk of churning?', 'agent');
    expect(result).toMatchObject({ intent: 'accounts.churnRisk', refused: true });
    expect(result.reason).toMatch(/available to executives, support managers and client success managers/);
  });

  test.each<[Persona, string]>([
    ['agent', 'anything about the board?'],
    ['csm', 'agents'],
    ['executive', 'my queue thing'],
  ])('a weak lean towards another persona\'s intent gets a clarification (%s: "%s")', (persona, text) => {
    const result = route(text, persona);
    expect(result.refused).toBeUndefined();
    expect(result.reason ?? '').not.toMatch(/available to/);
    if (result.intent === null && result.clarification) {
      expect(result.suggestions!.length).toBeGreaterThanOrEqual(2);
      expect(result.suggestions!.length).toBeLessThanOrEqual(3);
      for (const id of result.candidates!) expect(ALLOWED[id as keyof typeof ALLOWED]).toContain(persona);
    } else if (result.intent !== null) {
      expect(ALLOWED[result.intent as keyof typeof ALLOWED]).toContain(persona);
    }
  });

  test('a clarification offers what the persona may ask: the closest intents, else its quick actions', () => {
    // "workload" leans to team.workload (managers only); an agent is offered their own day and queue instead.
    const result = route('workload stuff', 'agent');
    expect(result.refused).toBeUndefined();
    expect(result).toMatchObject({ intent: null, clarification: true });
    expect(result.suggestions).toEqual(["Good morning — what's on my plate?", 'Show me all my currently open support tickets']);
  });

  test('a question outside the catalogue gets the persona’s quick actions, not a clarification or a refusal', () => {
    const result = route('what is the weather in Paris', 'csm', { names: demoNames });
    expect(result).toMatchObject({ intent: null });
    expect(result.refused).toBeUndefined();
    expect(result.suggestions!.length).toBeGreaterThan(2);
  });

  test('every refusal over the golden, held-out and tuning sets is a confident one (≥ 0.6)', () => {
    const items = [...GOLDEN_SET, ...HELD_OUT, ...TUNING_SET];
    for (const item of items) {
      const result = route(item.text, item.persona, { names: KNOWN_NAMES });
      if (result.refused) expect(result.confidence, item.text).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe('names only when they match a known agent or account', () => {
  const agent = demo.agents[0]!.name;
  const [firstName] = agent.split(' ');
  const account = demo.accounts[0]!.name;
  const [accountWord] = account.split(' ');

  test('a capitalised first word, a possessive or a common word is never a name', () => {
    for (const text of ["What's our team's performance?", 'Morning! Health scores please', "Team's workload?", 'Show me the Queue']) {
      const result = route(text, 'manager', { names: demoNames });
      expect(result.params.agentName, text).toBeUndefined();
      expect(result.params.accountName, text).toBeUndefined();
    }
    // Without known names, a sentence's first word is no name either.
    expect(route('Hugo workload', 'manager').params.agentName).toBeUndefined();
  });

  test('an agent named in lower case, or with a possessive, is that agent; the answer says how it read it', () => {
    const result = route(`how is ${firstName!.toLowerCase()} doing?`, 'manager', { names: demoNames });
    expect(result).toMatchObject({ intent: 'agents.performance', params: { agentName: agent } });
    expect(result.interpretation).toBe(`Showing agent performance for ${agent}`);
    expect(route(`${firstName}'s numbers for the last 30 days`, 'manager', { names: demoNames }).params).toMatchObject({ agentName: agent, days: 30 });
  });

  test('an account named alone means its health for a CSM and its tickets for an agent', () => {
    expect(route(`how's ${accountWord!.toLowerCase()}?`, 'csm', { names: demoNames })).toMatchObject({ intent: 'accounts.health', params: { accountName: account } });
    expect(route(`past issues with ${accountWord}`, 'agent', { names: demoNames })).toMatchObject({ intent: 'tickets.byAccount', params: { accountName: account } });
  });

  test('a misspelt account name resolves to the host’s spelling', () => {
    const misspelt = `${accountWord!.slice(0, -2)}${accountWord!.slice(-1)}${accountWord!.slice(-2, -1)}`;
    expect(route(`tickets from ${misspelt.toLowerCase()}`, 'manager', { names: demoNames }).params.accountName).toBe(account);
  });
});

describe('questions about everyday things outside support', () => {
  test.each<[Persona, string]>([
    ['csm', 'book a table for two at an Italian place'],
    ['agent', 'write a haiku about coffee'],
    ['csm', 'how do I renew my passport?'],
    ['manager', 'forecast the weather for the weekend'],
  ])('are out of scope, with the quick actions (%s: "%s")', (persona, text) => {
    const result = route(text, persona, { names: demoNames });
    expect(result).toMatchObject({ intent: null });
    expect(result.refused).toBeUndefined();
    expect(result.suggestions!.length).toBeGreaterThan(2);
  });

  test('unless they name the support domain or a known account', () => {
    expect(route('before I head to lunch, is anything of mine close to breaching?', 'agent').intent).toBe('sla.atRisk');
    expect(route('staffing forecast for the holiday rush', 'manager').intent).toBe('team.capacity');
    const account = demo.accounts[0]!.name;
    expect(route(`${account} tickets before my lunch`, 'manager', { names: demoNames }).intent).toBe('tickets.byAccount');
  });
});
