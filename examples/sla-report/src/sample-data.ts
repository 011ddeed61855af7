/**
 * Bundled sample: a Paris support desk on Tuesday 12 May 2026, mid-afternoon. Eight tickets with their
 * timelines, the desk's business calendar and its SLA policy. Invented data; no real customers.
 */
import type { BusinessCalendar, Priority, SlaPolicy, TicketEvent } from '@supportai/core';

/** The moment the report is computed for (fixed, so the output never changes). */
export const now = '2026-05-12T15:40:00+02:00';

const openingHours: [string, string][] = [
  ['09:00', '12:30'],
  ['13:30', '18:00'],
];

export const calendar: BusinessCalendar = {
  id: 'paris-desk',
  name: 'Paris support desk',
  timezone: 'Europe/Paris',
  weekly: { mon: openingHours, tue: openingHours, wed: openingHours, thu: openingHours, fri: openingHours },
  // French public holidays, 2026 (Easter Monday, Ascension and Whit Monday included).
  holidays: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
};

export const policy: SlaPolicy = {
  id: 'standard-2026',
  name: 'Standard support 2026',
  targets: [
    // Urgent tickets are watched around the clock (calendar time); the rest in business hours.
    { metric: 'firstReply', priority: 'urgent', targetMinutes: 30 },
    { metric: 'firstReply', priority: 'high', targetMinutes: 60, businessHours: true },
    { metric: 'firstReply', priority: 'normal', targetMinutes: 240, businessHours: true },
    { metric: 'firstReply', priority: 'low', targetMinutes: 480, businessHours: true },
    { metric: 'nextReply', priority: 'urgent', targetMinutes: 60 },
    { metric: 'nextReply', priority: 'high', targetMinutes: 120, businessHours: true },
    { metric: 'nextReply', targetMinutes: 480, businessHours: true }, // normal, low and unprioritised
    { metric: 'resolution', priority: 'urgent', targetMinutes: 480 },
    { metric: 'resolution', priority: 'high', targetMinutes: 1440, businessHours: true },
    { metric: 'resolution', priority: 'normal', targetMinutes: 2400, businessHours: true },
    // No resolution target for low: those tickets are not tracked for resolution.
  ],
  // Time spent waiting on the customer does not count against resolution.
  pauseOn: { resolution: ['pending'] },
  warnBeforeMinutes: 30,
};

export interface SampleTicket {
  id: string;
  subject: string;
  /** Priority now; the `created` event holds the opening priority. */
  priority: Priority;
  assigneeId: string;
  teamId: string;
  events: TicketEvent[];
}

/** Replies each agent sent per business hour over the last weeks (for the queue adjustment). */
export const repliesPerBusinessHour: Record<string, number> = {
  'amelie.roux': 3,
  'lucas.martin': 2,
  'chloe.bernard': 4,
  'hugo.petit': 3,
};

/** A local Paris time in May 2026 (summer time, UTC+02:00). */
const may = (day: number, time: string) => `2026-05-${String(day).padStart(2, '0')}T${time}:00+02:00`;

export const tickets: SampleTicket[] = [
  {
    id: 'DESK-1001',
    subject: 'SSO login loop after IdP certificate rotation',
    priority: 'urgent',
    assigneeId: 'amelie.roux',
    teamId: 'identity',
    events: [
      { type: 'created', at: may(12, '13:05'), by: 'customer', priority: 'urgent', body: 'Since we rotated our Okta signing certificate nobody can log in.' },
      { type: 'agent_note', at: may(12, '13:12'), body: 'Metadata still has the old certificate fingerprint.' },
      { type: 'agent_reply', at: may(12, '13:20'), body: 'Please re-upload the IdP metadata XML; we are checking our cache.' },
      { type: 'status', at: may(12, '13:20'), to: 'open' },
      { type: 'customer_message', at: may(12, '14:30'), body: 'Done, EU tenant users still loop back to the login page.' },
    ],
  },
  {
    id: 'DESK-1002',
    subject: 'CSV export times out for reports over 50k rows',
    priority: 'high',
    assigneeId: 'lucas.martin',
    teamId: 'data',
    events: [
      { type: 'created', at: may(7, '16:30'), by: 'customer', priority: 'high', body: 'Monthly usage export fails with a gateway timeout.' },
      { type: 'agent_reply', at: may(11, '09:40'), body: 'Could you try the async export option under Reports > Export?' },
      { type: 'status', at: may(11, '09:41'), to: 'pending' },
      { type: 'customer_message', at: may(11, '14:10'), body: 'Async export works but the file is missing the last column.' },
      { type: 'status', at: may(11, '14:10'), to: 'open' },
      { type: 'agent_reply', at: may(11, '15:00'), body: 'Fix deployed for the missing column; can you re-run it?' },
      { type: 'status', at: may(11, '15:01'), to: 'pending' },
    ],
  },
  {
    id: 'DESK-1003',
    subject: 'Invoice shows VAT twice for EU customers',
    priority: 'normal',
    assigneeId: 'chloe.bernard',
    teamId: 'billing',
    events: [
      { type: 'created', at: may(11, '10:15'), by: 'customer', priority: 'normal', body: 'Invoice INV-2291 adds 20% VAT on top of a VAT-inclusive price.' },
      { type: 'agent_note', at: may(11, '10:40'), body: 'Tax profile was switched to inclusive on 1 May.' },
      { type: 'agent_reply', at: may(11, '11:30'), body: 'We corrected the tax profile; can you confirm your VAT number?' },
      { type: 'status', at: may(11, '11:31'), to: 'pending' },
      { type: 'customer_message', at: may(12, '09:10'), body: 'Our VAT number is FR12345678901.' },
      { type: 'status', at: may(12, '09:10'), to: 'open' },
      { type: 'agent_reply', at: may(12, '10:00'), body: 'A corrected invoice is on its way.' },
      { type: 'status', at: may(12, '10:05'), to: 'solved' },
    ],
  },
  {
    id: 'DESK-1004',
    subject: 'Webhook deliveries delayed by 20 minutes',
    priority: 'high',
    assigneeId: 'lucas.martin',
    teamId: 'data',
    events: [
      { type: 'created', at: may(12, '14:55'), by: 'customer', priority: 'high', body: 'order.created webhooks arrive 15–20 minutes late since noon.' },
      { type: 'agent_note', at: may(12, '15:05'), body: 'Queue depth on the EU webhook workers is growing.' },
    ],
  },
  {
    id: 'DESK-1005',
    subject: 'Request to add a second admin to the workspace',
    priority: 'low',
    assigneeId: 'chloe.bernard',
    teamId: 'billing',
    events: [
      // Sent on a public holiday: the first-reply clock only starts counting on Monday at 09:00.
      { type: 'created', at: may(8, '10:00'), by: 'customer', priority: 'low', body: 'Our finance lead needs admin rights too.' },
      { type: 'agent_reply', at: may(12, '08:52'), body: 'Admins can be added under Settings > Members on the Business plan.' },
      { type: 'customer_message', at: may(12, '11:00'), body: 'Thanks. Are we on the Business plan?' },
    ],
  },
  {
    id: 'DESK-1006',
    subject: 'Mobile app crashes on Android 15 when opening attachments',
    priority: 'high',
    assigneeId: 'hugo.petit',
    teamId: 'mobile',
    events: [
      { type: 'created', at: may(11, '14:00'), by: 'customer', priority: 'normal', body: 'The app closes as soon as I tap a PDF attachment.' },
      { type: 'agent_reply', at: may(11, '14:40'), body: 'Which app version and device are you using?' },
      { type: 'customer_message', at: may(11, '16:10'), body: 'Version 5.2.0 on a Pixel 8. Forty field technicians are affected.' },
      { type: 'priority', at: may(11, '16:30'), to: 'high' },
      { type: 'agent_reply', at: may(12, '09:05'), body: 'Reproduced; a fix is planned for 5.2.1. Workaround: open attachments from the web view.' },
    ],
  },
  {
    id: 'DESK-1007',
    subject: 'Password reset emails land in spam for Outlook users',
    priority: 'normal',
    assigneeId: 'amelie.roux',
    teamId: 'identity',
    events: [
      { type: 'created', at: may(6, '11:00'), by: 'customer', priority: 'normal', body: 'Users on Outlook.com find our reset emails in Junk.' },
      { type: 'agent_reply', at: may(6, '11:45'), body: 'Please add our sending domain to your safe senders list.' },
      { type: 'status', at: may(6, '11:46'), to: 'pending' },
      { type: 'status', at: may(7, '10:00'), to: 'solved' },
      // The customer writes back: the ticket is reopened.
      { type: 'customer_message', at: may(11, '09:30'), body: 'Still happening for new users, safe senders did not help.' },
      { type: 'status', at: may(11, '09:30'), to: 'open' },
      { type: 'agent_reply', at: may(11, '10:15'), body: 'We are adding DKIM alignment; can you send us a message header?' },
      { type: 'status', at: may(11, '10:16'), to: 'pending' },
      { type: 'customer_message', at: may(12, '14:20'), body: 'Header attached.' },
      { type: 'status', at: may(12, '14:20'), to: 'open' },
    ],
  },
  {
    id: 'DESK-1008',
    subject: 'API rate limit 429s during nightly sync',
    priority: 'low',
    assigneeId: 'hugo.petit',
    teamId: 'mobile',
    events: [
      { type: 'created', at: may(12, '02:10'), by: 'customer', priority: 'urgent', body: 'Our nightly sync gets HTTP 429 on every call since 02:00.' },
      { type: 'agent_reply', at: may(12, '02:35'), body: 'On-call here: your key is sending 40 requests per second, the limit is 10.' },
      { type: 'customer_message', at: may(12, '03:00'), body: 'Our cron job runs twelve workers in parallel, could that be it?' },
      { type: 'agent_reply', at: may(12, '03:40'), body: 'Yes; please cap it at two workers. Lowering priority as this is not an outage.' },
      { type: 'priority', at: may(12, '09:30'), to: 'low' },
      { type: 'customer_message', at: may(12, '10:00'), body: 'Capped at two workers; could the limit be raised for our plan?' },
    ],
  },
];
