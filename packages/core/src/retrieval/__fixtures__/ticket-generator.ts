// A seeded generator of tickets about a known set of issues, each phrased many ways, so a test can
// check that tickets about the same issue find each other. Not exported from the package.
import type { Ticket } from '../../contracts/ticket.js';
import { event, ticket } from './ticket-builders.js';

interface Issue {
  id: string;
  category: string;
  product: string;
  subjects: string[];
  bodies: string[];
  resolution: string;
  /** A phrasing the generated tickets never use: queries in this wording test true paraphrases. */
  heldOut: { subject: string; body: string };
}

// Issues overlap on purpose (login, email, export, payment…) so ranking has to weigh terms.
export const ISSUES: readonly Issue[] = [
  { id: 'double-charge', category: 'billing', product: 'payments', subjects: ['Charged twice this month', 'Duplicate charge on my card', 'Billed two times for one subscription'], bodies: ['My credit card was charged twice for the same invoice.', 'I see a duplicate payment on the statement, two identical charges.', 'The subscription renewal billed my card two times.'], resolution: 'Refunded the duplicate charge and voided the second invoice.', heldOut: { subject: 'Two payments taken for one invoice', body: 'Our card got billed twice, there is a duplicate transaction on the statement.' } },
  { id: 'refund-request', category: 'billing', product: 'payments', subjects: ['Requesting a refund', 'Money back for unused seats', 'Refund after cancelling'], bodies: ['We cancelled last week and would like a refund of the remaining months.', 'Please refund the unused seats we paid for in advance.', 'How do I get my money back after downgrading the plan?'], resolution: 'Issued a prorated refund for the unused period.', heldOut: { subject: 'Can we get our money back?', body: 'We downgraded and want a refund for the months we will not use.' } },
  { id: 'password-reset', category: 'access', product: 'login', subjects: ['Password reset email never arrives', 'Cannot reset my password', 'No reset link received'], bodies: ['I clicked forgot password but the reset email never shows up, not even in spam.', 'The password reset link does not arrive in my inbox.', 'Reset password mail is missing, I waited an hour.'], resolution: 'Reset email was blocked by the mail filter; allow-listed our sender domain.', heldOut: { subject: 'Forgot password link not received', body: 'Requested a password reset three times, the email is not arriving.' } },
  { id: 'sso-login', category: 'access', product: 'sso', subjects: ['SSO login fails with SAML error', 'Single sign-on stopped working', 'Okta SAML assertion rejected'], bodies: ['Logging in through Okta returns an invalid SAML assertion error.', 'Our single sign-on via SAML fails since the certificate rotation.', 'SSO redirect ends with SAML response signature invalid.'], resolution: 'Uploaded the rotated IdP certificate to the SAML settings.', heldOut: { subject: 'SAML sign-in broken after certificate change', body: 'Okta single sign-on shows an invalid signature error at login.' } },
  { id: 'two-factor', category: 'access', product: 'login', subjects: ['Lost my 2FA device', 'Two-factor codes rejected', 'Authenticator app codes invalid'], bodies: ['I changed phones and lost the authenticator, cannot pass two-factor.', 'Every 2FA code from the authenticator app is rejected as invalid.', 'Two-factor authentication keeps saying the code is wrong, clock is correct.'], resolution: 'Verified identity and reset two-factor enrolment.', heldOut: { subject: 'New phone, cannot pass 2FA', body: 'My authenticator codes are rejected since I moved to a new phone.' } },
  { id: 'csv-export', category: 'reporting', product: 'reports', subjects: ['CSV export is empty', 'Exported report has no rows', 'Download CSV returns blank file'], bodies: ['When I export the report to CSV the file has headers but no rows.', 'The exported spreadsheet is blank although the dashboard shows data.', 'Download as CSV gives an empty file for last month.'], resolution: 'Export used the wrong timezone filter; fixed in release 4.2.', heldOut: { subject: 'Export to CSV downloads an empty spreadsheet', body: 'The CSV file only has the header row, no data rows at all.' } },
  { id: 'api-rate-limit', category: 'api', product: 'api', subjects: ['API returns 429 too many requests', 'Hitting rate limit on the API', 'Throttled by the REST API'], bodies: ['Our integration gets HTTP 429 rate limit errors after a few hundred calls.', 'The REST API throttles us with too many requests responses.', 'We are rate limited on the API even with low traffic.'], resolution: 'Raised the rate limit and advised exponential backoff on 429.', heldOut: { subject: 'Getting 429 errors from the API', body: 'Our calls to the REST API are throttled with too many requests.' } },
  { id: 'webhook-delivery', category: 'api', product: 'webhooks', subjects: ['Webhooks not delivered', 'Webhook events missing', 'No webhook callbacks received'], bodies: ['Our endpoint stopped receiving webhook events yesterday.', 'Webhook deliveries fail silently, nothing arrives at our URL.', 'We get no callbacks from the webhook for new orders.'], resolution: 'Webhook endpoint TLS certificate had expired; retried the queued deliveries.', heldOut: { subject: 'Webhook callbacks stopped arriving', body: 'No webhook events reach our endpoint since this morning.' } },
  { id: 'mobile-crash', category: 'bug', product: 'mobile-app', subjects: ['Mobile app crashes on launch', 'iOS app closes immediately', 'Android app keeps crashing'], bodies: ['The mobile app crashes right after the splash screen.', 'After the update the iPhone app closes as soon as I open it.', 'The Android app crashes whenever I open it since version 5.1.'], resolution: 'Crash fixed in mobile release 5.1.2; asked the user to update.', heldOut: { subject: 'App crashes when opening on iPhone', body: 'The mobile app closes immediately after launch on iOS.' } },
  { id: 'email-notifications', category: 'notifications', product: 'notifications', subjects: ['Not getting email notifications', 'Notification emails stopped', 'No alerts by email'], bodies: ['We no longer receive email notifications when tickets are assigned.', 'Notification emails stopped arriving for the whole team.', 'Alerts by email are not sent anymore, settings look right.'], resolution: 'Notification preferences were reset by a migration; restored them.', heldOut: { subject: 'Email alerts no longer sent', body: 'Nobody on the team receives notification emails about assigned tickets.' } },
  { id: 'invite-users', category: 'account', product: 'admin', subjects: ['Cannot invite new users', 'Invitation link expired', 'Team invites fail'], bodies: ['When I invite a colleague the invitation says the link has expired.', 'Inviting users to our workspace fails with seat limit reached.', 'New team members never get the invite to join.'], resolution: 'Added seats to the plan so invitations go through.', heldOut: { subject: 'Colleague cannot join, invite expired', body: 'The invitation email link says expired when a new user tries to join the team.' } },
  { id: 'slow-dashboard', category: 'performance', product: 'reports', subjects: ['Dashboard very slow', 'Reports take minutes to load', 'Analytics page times out'], bodies: ['The analytics dashboard takes over a minute to load.', 'Loading reports is extremely slow and sometimes times out.', 'Our dashboard page spins for minutes before showing charts.'], resolution: 'Rebuilt the reporting cache; load time back under two seconds.', heldOut: { subject: 'Analytics dashboard loads very slowly', body: 'Reports take several minutes to load and the dashboard times out.' } },
];

const GREETINGS = ['Hi team,', 'Hello,', 'Hey there!', 'Dear support,', ''];
const SIGNATURES = ['Thanks,\nSam', 'Best regards,\nAlex Chen\nAcme Corp', 'Cheers', 'Thank you in advance!', ''];
const NOISE = ['This is blocking our work.', 'Can you look into it today?', 'We are on the Business plan.', 'It started this morning.', 'Happy to share screenshots.', ''];

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<Item>(next: () => number, items: readonly Item[]): Item {
  return items[Math.floor(next() * items.length)]!;
}

/** `count` tickets, each about a random issue; `truth` maps ticket id → issue id. */
export function generateTickets(count: number, seed = 1, options: { status?: Ticket['status']; idPrefix?: string } = {}): { tickets: Ticket[]; truth: Map<string, string> } {
  const next = random(seed);
  const tickets: Ticket[] = [];
  const truth = new Map<string, string>();
  for (let number = 0; number < count; number += 1) {
    const issue = pick(next, ISSUES);
    const id = `${options.idPrefix ?? 'T'}-${number}`;
    const body = [pick(next, GREETINGS), pick(next, issue.bodies), pick(next, NOISE), pick(next, SIGNATURES)].filter((part) => part !== '').join('\n');
    const day = 1 + Math.floor(next() * 27);
    const createdAt = `2026-02-${String(day).padStart(2, '0')}T10:00:00Z`;
    const status = options.status ?? 'solved';
    tickets.push(
      ticket({
        id,
        subject: pick(next, issue.subjects),
        description: body,
        status,
        category: issue.category,
        accountId: `acc-${Math.floor(next() * 200)}`,
        tags: [`product:${issue.product}`, pick(next, ['email', 'web', 'chat'])],
        createdAt,
        events: [event.created(createdAt, body)],
        resolutionSummary: status === 'solved' || status === 'closed' ? issue.resolution : undefined,
      }),
    );
    truth.set(id, issue.id);
  }
  return { tickets, truth };
}

/** One open ticket per issue, written in the issue's held-out phrasing, with greeting and signature. */
export function heldOutQueries(): { tickets: Ticket[]; truth: Map<string, string> } {
  const truth = new Map<string, string>();
  const tickets = ISSUES.map((issue, number) => {
    const id = `Q-${number}`;
    truth.set(id, issue.id);
    const body = `Hello team,\n${issue.heldOut.body}\nThanks,\nJordan`;
    return ticket({ id, subject: issue.heldOut.subject, description: body, status: 'open', category: issue.category, tags: [`product:${issue.product}`], events: [event.created('2026-03-01T10:00:00Z', body)] });
  });
  return { tickets, truth };
}
