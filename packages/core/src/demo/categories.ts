import type { Priority } from '../contracts/common.js';
import { AMERICAS_TEAM_ID, EUROPE_TEAM_ID, type DemoTeamId } from './calendars.js';

export const CATEGORIES = ['account_access', 'billing', 'permissions', 'mobile', 'data_export', 'sso', 'api', 'integrations', 'outage'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a category of tickets is routed and handled. */
export interface CategoryProfile {
  team: DemoTeamId;
  /** The agent skill the category needs. */
  skill: string;
  /** Share of incoming tickets (relative weight). */
  share: number;
  /** Share the AI agent resolves without a human. */
  aiResolutionRate: number;
  /** Share escalated to engineering with a Jira issue. */
  escalationRate: number;
}

// Tier 1 takes account, billing and how-to questions; Tier 2 the technical ones. AI rates average ~15 %.
export const CATEGORY_PROFILES: Readonly<Record<Category, CategoryProfile>> = {
  account_access: { team: EUROPE_TEAM_ID, skill: 'account_access', share: 16, aiResolutionRate: 0.38, escalationRate: 0 },
  billing: { team: EUROPE_TEAM_ID, skill: 'billing', share: 14, aiResolutionRate: 0.15, escalationRate: 0 },
  permissions: { team: EUROPE_TEAM_ID, skill: 'permissions', share: 8, aiResolutionRate: 0.18, escalationRate: 0 },
  mobile: { team: EUROPE_TEAM_ID, skill: 'mobile', share: 9, aiResolutionRate: 0.1, escalationRate: 0.06 },
  data_export: { team: EUROPE_TEAM_ID, skill: 'data_export', share: 8, aiResolutionRate: 0.2, escalationRate: 0.03 },
  sso: { team: AMERICAS_TEAM_ID, skill: 'sso', share: 11, aiResolutionRate: 0.05, escalationRate: 0.05 },
  api: { team: AMERICAS_TEAM_ID, skill: 'api', share: 14, aiResolutionRate: 0.06, escalationRate: 0.1 },
  integrations: { team: AMERICAS_TEAM_ID, skill: 'integrations', share: 12, aiResolutionRate: 0.1, escalationRate: 0.08 },
  outage: { team: AMERICAS_TEAM_ID, skill: 'outages', share: 8, aiResolutionRate: 0.04, escalationRate: 0.15 },
};

/** Skills each team's agents draw from (categories plus languages). */
export const TEAM_SKILLS: Readonly<Record<DemoTeamId, readonly string[]>> = {
  [EUROPE_TEAM_ID]: ['account_access', 'billing', 'permissions', 'mobile', 'data_export'],
  [AMERICAS_TEAM_ID]: ['sso', 'api', 'integrations', 'outages'],
};

/** Open-load weight of a priority (SCORING §3 team workload). */
export const PRIORITY_WEIGHTS: Readonly<Record<Priority, number>> = { urgent: 3, high: 2, normal: 1, low: 0.5 };

/** The categories a team handles. */
export function categoriesOfTeam(teamId: DemoTeamId): Category[] {
  return CATEGORIES.filter((category) => CATEGORY_PROFILES[category].team === teamId);
}
