import { CATEGORIES, type Category } from '../categories.js';
import { ACCESS_ISSUES } from './issues-access.js';
import { BILLING_AND_EXPORT_ISSUES } from './issues-billing.js';
import { MOBILE_ISSUES } from './issues-mobile.js';
import { TECHNICAL_ISSUES } from './issues-technical.js';
import type { IssueArchetype } from './issue-types.js';

/** Every recurring issue the demo tickets are written from. */
export const ISSUE_ARCHETYPES: readonly IssueArchetype[] = [...ACCESS_ISSUES, ...BILLING_AND_EXPORT_ISSUES, ...TECHNICAL_ISSUES, ...MOBILE_ISSUES];

function groupByCategory(): Record<Category, IssueArchetype[]> {
  const groups = {} as Record<Category, IssueArchetype[]>;
  for (const category of CATEGORIES) groups[category] = ISSUE_ARCHETYPES.filter((issue) => issue.category === category);
  return groups;
}

/** The issues of each category. */
export const ISSUES_BY_CATEGORY: Readonly<Record<Category, readonly IssueArchetype[]>> = groupByCategory();

/** The incident issue that the planted outage days are about. */
export const INCIDENT_ISSUE_KEY = 'dashboard-502-outage';
