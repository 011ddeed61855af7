import type { IssueArchetype } from './issue-types.js';
import { DEFAULT_PRIORITIES } from './issue-types.js';

/** API errors, integrations and incidents. */
export const TECHNICAL_ISSUES: readonly IssueArchetype[] = [
  {
    key: 'api-rate-limit-429',
    category: 'api',
    tags: ['api', 'rate-limit', '429'],
    priorities: { normal: 55, high: 40, urgent: 5 },
    subjects: ['Getting 429 Too Many Requests', 'API rate limit errors during sync', 'HTTP 429 on {endpoint}', 'Hitting rate limits with our integration'],
    descriptions: [
      'Our nightly sync calls {endpoint} and since yesterday about a third of the requests fail with HTTP 429 Too Many Requests.',
      'We get "429 rate limit exceeded" from the API when importing {count} contacts. What are the limits and can they be raised?',
      'Our middleware is throttled by your API: 429 responses on {endpoint} every few seconds during business hours.',
    ],
    firstReplies: ['Thanks for the request ids. The limit is 700 requests per minute per account; I can see bursts well above that. How often does your sync poll?'],
    solutionReplies: ['Your client polls {endpoint} every second. Please honour the Retry-After header with exponential backoff and subscribe to webhooks instead of polling; that keeps you far below the limit.'],
    resolutions: [
      'Client polled the endpoint every second; advised exponential backoff honouring Retry-After and webhooks instead of polling.',
      'Bulk import was sent as single calls; switched to the batch endpoint, which stays within the rate limit.',
    ],
  },
  {
    key: 'api-500-errors',
    category: 'api',
    tags: ['api', '500', 'bug'],
    priorities: { normal: 30, high: 50, urgent: 20 },
    subjects: ['API returns 500 Internal Server Error', 'Intermittent 500 errors from {endpoint}', 'HTTP 500 when creating tickets via API', 'Server error on POST {endpoint}'],
    descriptions: [
      'POST {endpoint} returns 500 Internal Server Error for some payloads. Same request worked last week. Request id attached.',
      'About 5% of our API calls to {endpoint} fail with a 500 since the last release. Retrying sometimes works.',
      'Creating tickets through the API gives "500 Internal Server Error" whenever a custom field is empty.',
    ],
    firstReplies: ['Thanks for the request ids, they help a lot. I can reproduce the 500 with an empty custom field and am raising it with engineering.'],
    solutionReplies: ['Engineering deployed a fix for null custom field values in the API; your failing requests succeed now. Sorry for the disruption.'],
    resolutions: [
      'Bug in the API serializer with null custom field values; engineering deployed a fix and retries succeed.',
      'Payloads over 1 MB triggered a 500 instead of a 413; fixed by engineering and the client now sends attachments separately.',
    ],
  },
  {
    key: 'api-timeouts',
    category: 'api',
    tags: ['api', 'timeout', 'performance'],
    priorities: DEFAULT_PRIORITIES,
    subjects: ['API requests timing out', '504 Gateway Timeout on {endpoint}', 'Slow API responses since Monday', 'Timeouts when paging through the API'],
    descriptions: [
      'Calls to {endpoint} take over 30 seconds and end with 504 Gateway Timeout. It happens on large accounts only.',
      'Our integration pages through {endpoint} with page size 1000 and requests time out after page 20.',
      'API latency went from 300 ms to several seconds this week; some requests time out completely.',
    ],
    firstReplies: ['Thanks. Which page size and filters do you use? Very large pages are the usual cause of timeouts on that endpoint.'],
    solutionReplies: ['With page size 100 and cursor pagination instead of offsets the calls return in under a second. I shared an example request.'],
    resolutions: [
      'Large page sizes with offset pagination caused timeouts; reduced page size to 100 and used cursor pagination.',
      'A missing index on a filter caused slow queries; engineering added it and latency returned to normal.',
    ],
  },
  {
    key: 'salesforce-sync',
    category: 'integrations',
    tags: ['integrations', 'salesforce', 'sync'],
    priorities: { normal: 50, high: 42, urgent: 8 },
    subjects: ['Salesforce sync stopped', 'Cases not syncing to Salesforce', 'Salesforce integration error: INVALID_FIELD', 'Duplicate contacts created in Salesforce'],
    descriptions: [
      'Since {month} our tickets no longer appear as Salesforce cases. The integration page shows "INVALID_FIELD: Region__c".',
      'The Salesforce integration creates duplicate contacts for every new ticket. Our sales team is complaining.',
      'Salesforce sync has been failing for {count} records. Error: required field missing.',
    ],
    firstReplies: ['Thanks. Did your Salesforce admin add or change required fields on the Case or Contact object recently?'],
    solutionReplies: ['A new required field (Region__c) was added in Salesforce. I updated the field mapping and re-ran the sync for the failed records.'],
    resolutions: [
      'A required custom field was added in Salesforce; updated the field mapping and re-ran the sync.',
      'Contact matching used name instead of email; switched matching to email and merged the duplicates.',
    ],
  },
  {
    key: 'slack-notifications',
    category: 'integrations',
    tags: ['integrations', 'slack', 'notifications'],
    priorities: { low: 25, normal: 60, high: 15 },
    subjects: ['Slack notifications not posting', 'Slack app disconnected', 'No more ticket alerts in our Slack channel', 'Slack integration shows "token revoked"'],
    descriptions: [
      'New urgent tickets used to post in our #support-alerts Slack channel. Nothing has been posted since Tuesday.',
      'The Slack integration page says the token was revoked. We did not change anything on purpose.',
      'Slack messages from your app stopped after our IT cleaned up unused apps in the workspace.',
    ],
    firstReplies: ['That message usually means the app was removed from your Slack workspace. Could a Slack admin check the installed apps?'],
    solutionReplies: ['The app had been uninstalled during a workspace cleanup. After reinstalling and re-authorising, alerts are posting again; I sent a test alert.'],
    resolutions: [
      'The Slack app was uninstalled during a workspace cleanup; reinstalled and re-authorised it.',
      'The alert channel was archived; pointed notifications to the new channel.',
    ],
  },
  {
    key: 'zapier-trigger',
    category: 'integrations',
    tags: ['integrations', 'zapier', 'automation'],
    priorities: { low: 35, normal: 55, high: 10 },
    subjects: ['Zapier zap not triggering on new tickets', 'Zapier integration stopped working', 'Zap fails with authentication error', 'Zapier "New ticket" trigger returns nothing'],
    descriptions: [
      'Our Zap that copies new tickets into a Google Sheet stopped triggering. Zapier history is empty since {month}.',
      'Zapier says "authentication failed" for our account connection, although the API token is valid.',
      'We built a Zap with the "New ticket" trigger but the test step finds no tickets.',
    ],
    firstReplies: ['Thanks. Which version of our Zapier app is the Zap using? The version number is in the trigger step.'],
    solutionReplies: ['The Zap used the retired v1 trigger. Switching to the v2 "New ticket" trigger and reconnecting the account fixes it.'],
    resolutions: [
      'The Zap used the deprecated v1 trigger; switched to the v2 "New ticket" trigger and reconnected the account.',
      "The Zapier connection used a deactivated user's token; reconnected with a service account.",
    ],
  },
  {
    key: 'dashboard-502-outage',
    category: 'outage',
    tags: ['outage', 'incident', '502'],
    priorities: { normal: 10, high: 45, urgent: 45 },
    subjects: ['Dashboard not loading - 502 Bad Gateway', 'Site down? Getting 502 errors', 'Cannot access the app, error 502', 'Outage: application unavailable'],
    descriptions: [
      'The app shows "502 Bad Gateway" for everyone in our office since a few minutes. Is there an outage?',
      'None of our agents can load the dashboard, just a 502 error page. Your status page says all systems operational.',
      'We are completely down: every page returns 502. We have customers waiting. Please advise.',
    ],
    firstReplies: ['We are aware of elevated 502 errors and engineering is investigating. Follow status.supportai.example for updates; I will update this ticket as well.'],
    solutionReplies: ['The incident is resolved: a load balancer change during a deploy caused 502 errors. It was rolled back and the post-mortem will be on the status page.'],
    resolutions: [
      'Incident: a load balancer misconfiguration during a deploy caused 502 errors; rolled back by engineering, post-mortem published.',
      'Part of the incident affecting the EU cluster; service restored after failover, customer confirmed access.',
    ],
  },
  {
    key: 'slow-performance',
    category: 'outage',
    tags: ['performance', 'latency', 'incident'],
    priorities: { normal: 35, high: 50, urgent: 15 },
    subjects: ['App extremely slow today', 'Pages take 30 seconds to load', 'Performance degradation in the EU region', 'Everything is lagging since this morning'],
    descriptions: [
      'Since this morning the ticket view takes 20–30 seconds to open. Our agents cannot work like this.',
      'Search and dashboards are very slow for our team in {city}. Other websites are fine.',
      'Is there a performance problem? Saving a ticket takes ages and sometimes fails.',
    ],
    firstReplies: ['Thanks for reporting. We see higher latency in one region and engineering is looking into it; I will keep you posted.'],
    solutionReplies: ['A database failover caused the slowdown; performance is back to normal. Thank you for your patience.'],
    resolutions: [
      'A database failover in the region degraded performance; resolved by engineering.',
      "Slowness came from a browser extension on the customer's machines; disabling it restored normal speed.",
    ],
  },
  {
    key: 'email-channel-delayed',
    category: 'outage',
    tags: ['email', 'delay', 'incident'],
    priorities: { normal: 40, high: 50, urgent: 10 },
    subjects: ['Incoming emails not creating tickets', 'Email channel delayed by hours', 'Customer emails missing from the queue', 'Support mailbox not syncing'],
    descriptions: [
      'Customers tell us they emailed support@ this morning, but no ticket was created. The last email ticket is from yesterday evening.',
      'Emails sent to our support address arrive as tickets three hours late.',
      'Our forwarding to your email channel seems broken; nothing came in since {time}.',
    ],
    firstReplies: ['Thanks. We are seeing a backlog in mail processing after an upstream provider issue; engineering is draining the queue.'],
    solutionReplies: ['The mail queue has been processed; all delayed emails were imported as tickets with their original timestamps.'],
    resolutions: [
      'Mail ingestion queue backlog after an email provider outage; queue drained and delayed emails imported.',
      "The customer's forwarding rule had been disabled by their IT; re-enabled forwarding and verified delivery.",
    ],
  },
];
