import type { SupportSettings } from '../../data/support-settings.js';
import { linearScore, median, theilSenSlope } from '../statistics.js';
import type { AccountHealth } from './account-health.js';
import type { AccountSlices } from './account-index.js';
import { combineWeightedScores } from './combine-scores.js';
import { EXPANSION_SIGNAL_KEYS, type ExpansionConfig, type ExpansionSignalKey } from './expansion-config.js';
import { latestNpsPerContact, npsCategoryOf } from './relationship-metrics.js';
import { recentTickets, lowerCaseTextOf } from './ticket-text.js';
import { inLastDays, roundTo } from './time-windows.js';
import type { ScoreComponent, WeightedScoreInput } from './types.js';
import { presentValues } from './weekly-usage.js';

/** One account's expansion (upsell) score, or why it has none. */
export interface ExpansionAssessment {
  accountId: string;
  accountName: string;
  eligible: boolean;
  ineligibleReason: string | null;
  score: number | null;
  /** Customer-success-qualified lead: score ≥ the CSQL threshold. */
  csql: boolean;
  components: ScoreComponent[];
  /** Signals that add to the score, strongest first. */
  signals: { key: ExpansionSignalKey; reason: string; contributionPoints: number }[];
  /** A CSQL needs a named stakeholder before it goes to sales; the champion or executive sponsor if known. */
  stakeholder: string | null;
  /** Null for an account under the health gate (not assessed). */
  premiumPull: PremiumPull | null;
  configVersion: string;
}

/** Premium-feature pull events in the window, with the features and tickets they came from. */
export interface PremiumPull {
  events: number;
  featuresUsed: string[];
  ticketIds: string[];
}

/**
 * Expansion score for an account with health ≥ 60 (SCORING §7.2): seat saturation sustained 2 weeks,
 * usage growth, premium-feature pull, advocacy and health, as a weighted mean over the signals with data.
 */
export function scoreExpansion(slices: AccountSlices, health: AccountHealth, nowMs: number, settings: Pick<SupportSettings, 'keyFeatures' | 'productCatalogue'>, config: ExpansionConfig): ExpansionAssessment {
  const { account } = slices;
  const activeChampion = account.champion && account.champion.leftOn === undefined ? account.champion.name : null;
  const activeSponsor = account.executiveSponsor && account.executiveSponsor.leftOn === undefined ? account.executiveSponsor.name : null;
  const stakeholder = activeChampion ?? activeSponsor;
  if (health.score === null || health.band === 'insufficient_data' || health.score < config.minimumHealth) {
    const ineligibleReason = health.score === null || health.band === 'insufficient_data' ? 'not enough data for a health score' : `health ${health.score} is below ${config.minimumHealth}`;
    return { accountId: account.id, accountName: account.name, eligible: false, ineligibleReason, score: null, csql: false, components: [], signals: [], stakeholder, premiumPull: null, configVersion: config.version };
  }
  const pull = premiumPullOf(slices, nowMs, settings, config);
  const measured: Record<ExpansionSignalKey, { raw: number | null; unit: string; detail: string | null }> = {
    seatSaturation: saturationOf(health, config.sustainedWeeks),
    usageGrowth: growthOf(health),
    premiumPull: { raw: pull.events, unit: 'count', detail: `${pull.events} premium-feature events in ${config.premiumWindowDays} days` },
    advocacy: advocacyOf(slices, nowMs, config),
    health: { raw: health.score, unit: 'score', detail: `health ${health.score}` },
  };
  const inputs: WeightedScoreInput[] = EXPANSION_SIGNAL_KEYS.map((key) => {
    const spec = config.signals[key];
    const { raw, unit, detail } = measured[key];
    return { key, label: spec.label, weight: spec.weight, score: raw === null ? null : linearScore(raw, spec.poor, spec.good), rawValue: raw, unit, thresholds: { poor: spec.poor, good: spec.good }, detail };
  });
  // The signals list below is the explanation; the generic driver sentences are not needed.
  const combined = combineWeightedScores(inputs, false);
  const score = combined.unroundedScore === null ? null : Math.round(combined.unroundedScore);
  const signals = combined.components
    .filter((component) => component.present && component.score! > 0)
    .map((component) => ({ key: component.key as ExpansionSignalKey, reason: `${component.detail ?? component.label}: ${Math.round(component.score!)}/100`, contributionPoints: (component.score! * component.weight) / combined.presentWeight }))
    .sort((left, right) => right.contributionPoints - left.contributionPoints || left.key.localeCompare(right.key));
  const csql = score !== null && score >= config.csqlThreshold;
  return { accountId: account.id, accountName: account.name, eligible: true, ineligibleReason: null, score, csql, components: combined.components, signals, stakeholder, premiumPull: pull, configVersion: config.version };
}

// Active users over the last 4 weeks / seats, at each of the last `weeks` weekly checkpoints; the lowest counts.
function saturationOf(health: AccountHealth, weeks: number) {
  const series = health.facts.weeklyActiveUsers;
  const seats = health.facts.licences;
  if (!seats) return { raw: null, unit: 'rate', detail: 'no licensed seats' };
  const checkpoints: number[] = [];
  for (let offset = 0; offset < weeks; offset += 1) {
    const window = presentValues(series.slice(Math.max(0, series.length - 4 - offset), series.length - offset));
    if (window.length === 0) return { raw: null, unit: 'rate', detail: `no usage in one of the last ${weeks} weeks` };
    checkpoints.push(Math.max(...window) / seats);
  }
  const sustained = Math.min(...checkpoints);
  return { raw: sustained, unit: 'rate', detail: `${Math.round(sustained * 100)}% of ${seats} seats active, sustained ${weeks} weeks` };
}

function growthOf(health: AccountHealth) {
  const values = presentValues(health.facts.weeklyActiveUsers);
  const slope = values.length >= 6 ? theilSenSlope(values) : null;
  const middle = median(values);
  if (slope === null || !middle) return { raw: null, unit: 'percentPerWeek', detail: 'fewer than 6 weeks of usage' };
  const percent = (100 * slope) / middle;
  return { raw: percent, unit: 'percentPerWeek', detail: `weekly active users ${percent >= 0 ? 'growing' : 'shrinking'} ${roundTo(Math.abs(percent), 1)}% of the median per week` };
}

function advocacyOf(slices: AccountSlices, nowMs: number, config: ExpansionConfig) {
  const latest = latestNpsPerContact(slices.nps, nowMs, config.npsLookbackDays);
  if (latest.length === 0) return { raw: null, unit: 'rate', detail: 'no NPS answer' };
  const promoters = latest.filter((entry) => npsCategoryOf(entry.response.score) === 'promoter').length;
  return { raw: promoters / latest.length, unit: 'rate', detail: `${promoters} of ${latest.length} contacts are promoters` };
}

/** Tag sets of a configuration, built once per configuration object. */
const tagSets = new WeakMap<ExpansionConfig, { premium: Set<string>; howTo: Set<string> }>();

function tagSetsOf(config: ExpansionConfig): { premium: Set<string>; howTo: Set<string> } {
  let sets = tagSets.get(config);
  if (!sets) tagSets.set(config, (sets = { premium: new Set(config.premiumTicketTags), howTo: new Set(config.howToTags) }));
  return sets;
}

/**
 * Premium-feature pull in the window: uses of features the account is not entitled to (gate hits or trials,
 * only when `entitledFeatures` is known), plus tickets tagged as an upgrade/gate/trial ask, plus how-to tickets
 * naming a key feature it lacks or a catalogue product it does not own. Each use or ticket is one event.
 */
export function premiumPullOf(slices: AccountSlices, nowMs: number, settings: Pick<SupportSettings, 'keyFeatures' | 'productCatalogue'>, config: ExpansionConfig): PremiumPull {
  const { account } = slices;
  const entitled = account.entitledFeatures ? new Set(account.entitledFeatures) : null;
  let events = 0;
  const featuresUsed = new Set<string>();
  if (entitled) {
    for (const entry of slices.usage) {
      if (!inLastDays(entry.endMs, nowMs, config.premiumWindowDays)) continue;
      const usage = entry.snapshot.featureUsage;
      for (const feature in usage) {
        if (usage[feature]! > 0 && !entitled.has(feature)) {
          events += usage[feature]!;
          featuresUsed.add(feature);
        }
      }
    }
  }
  const owned = account.products;
  const lacking: string[] = [];
  if (entitled) for (const feature of settings.keyFeatures ?? []) if (!entitled.has(feature)) lacking.push(feature.toLowerCase());
  if (owned) for (const product of settings.productCatalogue ?? []) if (!owned.includes(product)) lacking.push(product.toLowerCase());
  const tags = tagSetsOf(config);
  const ticketIds: string[] = [];
  for (const { ticket } of recentTickets(slices.tickets, nowMs, config.premiumWindowDays)) {
    if (ticket.tags.some((tag) => tags.premium.has(tag))) ticketIds.push(ticket.id);
    else if (lacking.length > 0 && (tags.howTo.has(ticket.category) || ticket.tags.some((tag) => tags.howTo.has(tag)))) {
      const text = lowerCaseTextOf(ticket);
      if (lacking.some((name) => text.includes(name))) ticketIds.push(ticket.id);
    }
  }
  return { events: events + ticketIds.length, featuresUsed: [...featuresUsed].sort(), ticketIds: ticketIds.reverse() };
}
