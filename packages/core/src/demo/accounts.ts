import type { Account, AccountContactSchema, AccountSegment } from '../contracts/account.js';
import type * as z from 'zod';
import { arrCentsOf, entitledFeaturesOf, licencesOf, planOf, productsOf, SEGMENT_WEIGHTS, type PlanName } from './account-terms.js';
import type { DemoScale } from './demo-scale.js';
import { DAY_MS, HOUR_MS, isoDate, isoInstant, utcDayStart } from './demo-time.js';
import type { SeededRandom } from './random.js';
import { companyNames, domainOf, emailOf, FIRST_NAMES, LAST_NAMES } from './text/names.js';

/** The part an account plays in the planted signals; `steady` accounts are middle-of-the-road. */
export type AccountRole = 'churn' | 'upsell' | 'declining' | 'steady';

export interface DemoContact {
  id: string;
  name: string;
  email: string;
}

/** An account with the people and habits the other generators read. */
export interface DemoAccount {
  account: Account;
  role: AccountRole;
  contacts: DemoContact[];
  /** Relative share of incoming tickets. */
  ticketWeight: number;
}

type Contact = z.infer<typeof AccountContactSchema>;

/** Accounts with planted churn risks, upsell candidates and declining adoption; the rest steady. */
export function generateAccounts(scale: DemoScale, nowMs: number, random: SeededRandom): DemoAccount[] {
  const names = companyNames(scale.accounts, random);
  const roles: AccountRole[] = Array.from({ length: scale.accounts }, () => 'steady');
  const order = random.shuffle(roles.map((_, index) => index));
  const planted: AccountRole[] = ['churn', 'upsell', 'declining'];
  planted.forEach((role, roleIndex) => {
    for (let index = 0; index < scale.plantedAccountsPerSignal; index += 1) roles[order[roleIndex * scale.plantedAccountsPerSignal + index]!] = role;
  });
  const idWidth = Math.max(3, String(scale.accounts).length);
  let csmTurn = 0;
  let touchedToday = 0;
  return roles.map((role, index) => {
    const segment = segmentOf(role, random);
    const hasCsm = segment !== 'smb' || role !== 'steady' || random.chance(0.6);
    const csmId = hasCsm ? `csm-${(csmTurn++ % scale.csms) + 1}` : null;
    // One steady account per CSM had its call this morning, so "today" has meetings already held.
    const metToday = role === 'steady' && csmId !== null && touchedToday < scale.csms && random.chance(0.5);
    if (metToday) touchedToday += 1;
    return buildAccount({ id: `acc-${String(index + 1).padStart(idWidth, '0')}`, name: names[index]!, role, segment, csmId, metToday, nowMs }, random);
  });
}

function segmentOf(role: AccountRole, random: SeededRandom): AccountSegment {
  if (role === 'upsell') return 'mid_market';
  if (role === 'steady') return random.weighted(SEGMENT_WEIGHTS);
  return random.chance(0.5) ? 'enterprise' : 'mid_market';
}

interface AccountSeed {
  id: string;
  name: string;
  role: AccountRole;
  segment: AccountSegment;
  csmId: string | null;
  metToday: boolean;
  nowMs: number;
}

function buildAccount(seed: AccountSeed, random: SeededRandom): DemoAccount {
  const { id, name, role, segment, nowMs } = seed;
  const plan: PlanName = role === 'upsell' ? 'Business' : planOf(segment, random);
  const licences = role === 'churn' ? random.int(150, 400) : role === 'upsell' ? random.int(60, 200) : role === 'declining' ? random.int(60, 300) : licencesOf(segment, random);
  const domain = domainOf(name);
  const contacts = contactsOf(id, domain, Math.min(8, Math.max(3, Math.round(licences / 30))), random);
  const today = utcDayStart(nowMs);
  const daysAgo = (from: number, to: number) => today - random.int(from, to) * DAY_MS + random.int(9, 17) * HOUR_MS;
  const renewalDay = today + renewalInDays(role, random) * DAY_MS;
  const years = random.int(1, 4);
  const renewal = new Date(renewalDay);
  const createdAt = Date.UTC(renewal.getUTCFullYear() - years, renewal.getUTCMonth(), renewal.getUTCDate(), 10);
  const champion: Contact | null = championOf(role, contacts, today, random);
  const sponsor = contacts[1]!;
  const invoiceDaysOverdue = role === 'churn' ? random.int(62, 85) : role === 'steady' && random.chance(0.08) ? random.int(5, 25) : 0;
  const renewalDays = Math.round((renewalDay - today) / DAY_MS);
  const lastQbrMs = qbrDaysAgo(role, segment, daysAgo, random);
  // A QBR is a touchpoint too, so the last touchpoint is never older than it.
  const lastTouchpointMs = seed.metToday ? today + random.int(8, 12) * HOUR_MS : Math.max(touchpointDaysAgo(role, daysAgo), lastQbrMs ?? 0);

  const account: Account = {
    id,
    name,
    arr: { amountCents: arrCentsOf(plan, licences, random), currency: 'USD' },
    plan,
    segment,
    renewalDate: isoDate(renewalDay),
    csmId: seed.csmId,
    licences,
    createdAt: isoInstant(createdAt),
    champion,
    executiveSponsor: role === 'churn' || (role === 'steady' && random.chance(0.3)) ? null : { contactId: sponsor.id, name: sponsor.name, email: sponsor.email },
    csmPulse: role === 'churn' ? 'poor' : role === 'steady' && random.chance(0.3) ? 'concerning' : 'healthy',
    lastTouchpointAt: isoInstant(lastTouchpointMs),
    ...(lastQbrMs === undefined ? {} : { lastQbrAt: isoInstant(lastQbrMs) }),
    invoiceStatus: invoiceDaysOverdue > 0 ? 'overdue' : 'current',
    invoiceDaysOverdue,
    contractTrajectory: role === 'churn' ? 'contraction' : role === 'upsell' ? 'expansion' : role === 'steady' && random.chance(0.35) ? 'expansion' : 'flat',
    ...(renewalDays <= 180 ? { renewalForecast: role === 'churn' ? 'at_risk' : role === 'steady' && renewalDays > 90 && random.chance(0.25) ? 'monitor' : 'good' } : {}),
    entitledFeatures: entitledFeaturesOf(plan),
    products: role === 'upsell' ? ['Helpdesk', 'Knowledge Base'] : productsOf(segment, random),
    discountRequested: role === 'churn',
  };
  const roleWeight = role === 'churn' ? 0.6 : role === 'upsell' ? 0.5 : 1;
  return { account, role, contacts, ticketWeight: licences ** 0.55 * roleWeight };
}

function contactsOf(accountId: string, domain: string, count: number, random: SeededRandom): DemoContact[] {
  const serial = accountId.slice('acc-'.length);
  return Array.from({ length: count }, (_, index) => {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    return { id: `contact-${serial}-${index + 1}`, name, email: emailOf(name, domain) };
  });
}

// Churn risks renew within 90 days, one upsell candidate too; the rest spread over the next 12 months.
function renewalInDays(role: AccountRole, random: SeededRandom): number {
  if (role === 'churn') return random.int(20, 80);
  if (role === 'upsell') return random.chance(0.34) ? random.int(30, 85) : random.int(100, 300);
  return random.int(3, 365);
}

function championOf(role: AccountRole, contacts: DemoContact[], today: number, random: SeededRandom): Contact | null {
  const first = contacts[0]!;
  if (role === 'churn') return { contactId: first.id, name: first.name, email: first.email, leftOn: isoDate(today - random.int(40, 75) * DAY_MS) };
  if (role === 'steady' && random.chance(0.08)) return null;
  return { contactId: first.id, name: first.name, email: first.email };
}

function touchpointDaysAgo(role: AccountRole, daysAgo: (from: number, to: number) => number): number {
  if (role === 'churn') return daysAgo(100, 140);
  if (role === 'upsell') return daysAgo(3, 15);
  if (role === 'declining') return daysAgo(20, 45);
  return daysAgo(4, 60);
}

function qbrDaysAgo(role: AccountRole, segment: AccountSegment, daysAgo: (from: number, to: number) => number, random: SeededRandom): number | undefined {
  if (role === 'churn') return daysAgo(200, 280);
  if (role === 'upsell') return daysAgo(20, 60);
  if (segment === 'smb' && random.chance(0.5)) return undefined;
  return segment === 'enterprise' ? daysAgo(30, 110) : daysAgo(40, 200);
}
