import type { SupportData } from '../data/support-data.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { generateAccounts } from './accounts.js';
import { generateAgents } from './agents.js';
import { buildCalendars, buildSlaPolicies, buildTeams } from './calendars.js';
import { deepFreeze } from './deep-freeze.js';
import { resolveScale } from './demo-scale.js';
import { DEMO_NOW } from './demo-time.js';
import { generateKbArticles } from './kb-articles.js';
import { generateMeetings } from './meetings.js';
import { generateNpsResponses } from './nps.js';
import { streamOf } from './random.js';
import { buildSettings } from './settings.js';
import { generateTickets } from './tickets/generate-tickets.js';
import { computeTruth } from './truth.js';
import type { DemoDataset, GenerateDemoDatasetOptions } from './types.js';
import { generateUsage } from './usage.js';

/**
 * A realistic, deterministic support dataset with planted signals (`truth`): two teams on Paris and New York
 * calendars, accounts with usage, NPS and renewals, six months of tickets with full timelines, a help
 * center, meetings and cost settings. Same seed and size, same dataset, byte for byte; never reads the
 * clock or `Math.random`. The result is deeply frozen.
 * @example const demo = generateDemoDataset({ seed: 1, size: 'small' }); answer(demo, new Date(demo.now))
 * @throws SupportAIError (`invalid_input`) for a seed that is not a safe integer or a size out of range.
 */
export function generateDemoDataset(options: GenerateDemoDatasetOptions = {}): DemoDataset {
  const seed = options.seed ?? 1;
  const size = options.size ?? 'small';
  if (!Number.isSafeInteger(seed)) throw new SupportAIError('invalid_input', 'Invalid demo seed', [{ path: 'seed', message: 'must be a safe integer' }]);
  const scale = resolveScale(size);
  const nowMs = Date.parse(DEMO_NOW);

  const calendars = buildCalendars();
  const slaPolicies = buildSlaPolicies();
  const teams = buildTeams();
  const agents = generateAgents(scale, streamOf(seed, 'agents'));
  const accounts = generateAccounts(scale, nowMs, streamOf(seed, 'accounts'));
  const usage = generateUsage(accounts, nowMs, streamOf(seed, 'usage'));
  const tickets = deepFreeze(generateTickets({ seed, scale, nowMs, accounts, agents, teams, calendars, slaPolicies }));
  const data: SupportData = {
    tickets,
    agents: agents.map((agent) => agent.agent),
    teams,
    accounts: accounts.map((account) => account.account),
    usage,
    npsResponses: generateNpsResponses(accounts, nowMs, streamOf(seed, 'nps')),
    kbArticles: generateKbArticles(nowMs, streamOf(seed, 'kb')),
    calendars,
    slaPolicies,
    meetings: generateMeetings(accounts, agents, tickets, nowMs, streamOf(seed, 'meetings')),
    settings: buildSettings(scale),
  };
  deepFreeze(data);
  const truth = computeTruth({ tickets, usage, teams, slaPolicies, calendars, accounts, agents, nowMs });
  return deepFreeze({ ...data, now: DEMO_NOW, seed, size: size === 'small' ? size : { accounts: size.accounts, tickets: size.tickets }, truth });
}
