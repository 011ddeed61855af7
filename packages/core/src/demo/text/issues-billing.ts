import type { IssueArchetype } from './issue-types.js';
import { DEFAULT_PRIORITIES } from './issue-types.js';

/** Invoices, charges, refunds, seats, and data exports. */
export const BILLING_AND_EXPORT_ISSUES: readonly IssueArchetype[] = [
  {
    key: 'duplicate-charge',
    category: 'billing',
    tags: ['billing', 'charge', 'refund'],
    priorities: { normal: 55, high: 40, urgent: 5 },
    subjects: ['Charged twice this month', 'Double charge on our credit card', 'Duplicate payment for invoice {invoice}', 'Why were we billed two times?'],
    descriptions: [
      'Our card statement shows two charges of {amount} on the same day for our {month} subscription. Please refund the duplicate.',
      'Finance noticed we paid invoice {invoice} twice, once by card and once by bank transfer. How do we get the money back?',
      'We were billed {amount} twice for {month}. Can you check what happened and fix it?',
    ],
    firstReplies: ['Sorry for the trouble. I am checking the payments on your account with our billing team and will come back to you shortly.'],
    solutionReplies: ['I confirmed the duplicate payment and issued a refund of {amount}. It shows on your statement within 5–10 business days; the refund receipt is attached.'],
    resolutions: [
      'Confirmed a duplicate card charge caused by a retried payment; refunded the duplicate amount.',
      'Invoice was paid by card and bank transfer; refunded the bank transfer and marked the invoice paid.',
    ],
  },
  {
    key: 'invoice-vat-details',
    category: 'billing',
    tags: ['billing', 'invoice', 'vat'],
    priorities: { low: 40, normal: 55, high: 5 },
    subjects: ['Need invoice with our VAT number', 'Invoice missing company tax ID', 'Please reissue invoice {invoice} with VAT details', 'Where can I download past invoices?'],
    descriptions: [
      'Our accounts payable team rejected invoice {invoice} because our VAT number is missing. Can you reissue it with the VAT ID and our legal entity name?',
      'I need all invoices since {month} for our auditors, with our company tax ID on them. Where can I download them?',
      'The invoice for {month} shows our old address and no VAT number. Please correct and resend.',
    ],
    firstReplies: ['Happy to help. Please send the VAT number and the legal entity name exactly as they should appear on the invoice.'],
    solutionReplies: ['I added your VAT number to the billing profile and reissued invoice {invoice}. All invoices are under Settings > Billing > Invoices as PDFs.'],
    resolutions: [
      'Added the VAT number to the billing profile and reissued the invoice; showed where to download past invoices.',
      'Updated the billing address and legal entity name, regenerated the invoices since the requested month.',
    ],
  },
  {
    key: 'seat-proration',
    category: 'billing',
    tags: ['billing', 'seats', 'proration'],
    priorities: DEFAULT_PRIORITIES,
    subjects: ['Unexpected charge after adding seats', 'Prorated amount on invoice looks wrong', 'Question about the seat upgrade charge', 'Billed for more licences than we use'],
    descriptions: [
      'We added {seats} seats mid-month and got a charge of {amount} we did not expect. How is the proration calculated?',
      'Our invoice lists more licences than active users. We only use about {count} seats. Can we reduce the seat count and get a credit?',
      'The {month} invoice has a line "Seat adjustment" that nobody here understands. Please explain.',
    ],
    firstReplies: ['Good question. Seats added during a billing period are charged pro rata for the days left in the term; let me pull up the exact calculation for your account.'],
    solutionReplies: ['The {seats} seats were added with 17 days left in the term, hence the prorated amount. I also removed the unused seats and applied a credit for the difference.'],
    resolutions: [
      'Explained the pro-rata charge for seats added mid-cycle; removed unused seats and credited the difference.',
      'Seat count was raised automatically by SCIM provisioning; disabled auto-add and credited the extra seats.',
    ],
  },
  {
    key: 'refund-downgrade',
    category: 'billing',
    tags: ['billing', 'refund', 'downgrade'],
    priorities: { low: 25, normal: 60, high: 15 },
    subjects: ['Requesting refund for unused licences', 'How do we downgrade our plan?', 'Refund request after cancelling an add-on', 'Cancel the add-on and refund'],
    descriptions: [
      'We cancelled the Live Chat add-on in {month} but were still charged {amount}. Please refund it.',
      'Budget cuts: we need to move from our current plan to a smaller one at renewal. What do we lose and how do we downgrade?',
      'We bought {seats} extra licences by mistake. Can we get a refund?',
    ],
    firstReplies: ['Thanks for letting us know. Let me check the subscription history and the refund policy that applies to your contract.'],
    solutionReplies: ['I processed a pro-rata refund of {amount} and scheduled the downgrade for the end of your current term, so nothing changes until then.'],
    resolutions: [
      'Processed a pro-rata refund for the cancelled add-on and scheduled the plan downgrade at the end of the term.',
      'Removed the seats bought by mistake within the 14-day window and refunded them in full.',
    ],
  },
  {
    key: 'csv-export-timeout',
    category: 'data_export',
    tags: ['export', 'csv', 'timeout'],
    priorities: DEFAULT_PRIORITIES,
    subjects: ['CSV export times out', 'Export to CSV never finishes', 'Large ticket export stuck at 99%', "Can't export tickets older than a year"],
    descriptions: [
      'Exporting all tickets since January to CSV spins for minutes and then fails with a timeout. We need the data for a quarterly review.',
      'The export of {count} rows never completes in {browser}. Smaller date ranges work.',
      'Our analyst needs a full export of last year. The CSV download stops at 99% every time.',
    ],
    firstReplies: ['Thanks. Exports over 50,000 rows run better in the background; which date range and fields do you need?'],
    solutionReplies: ['For large exports please use Reports > Export > "Email me the file": it runs in the background and emails a download link. I started one for your range.'],
    resolutions: [
      'Export exceeded the synchronous limit; switched to the asynchronous export, which emails a download link.',
      'Split the export by quarter and used the API export endpoint with cursor pagination for the full history.',
    ],
  },
  {
    key: 'csv-encoding',
    category: 'data_export',
    tags: ['export', 'csv', 'encoding'],
    priorities: { low: 45, normal: 50, high: 5 },
    subjects: ['Exported CSV shows garbled characters', 'Accents broken in Excel after export', 'Special characters wrong in the CSV export', 'Umlauts corrupted in exported file'],
    descriptions: [
      'When I open the exported CSV in Excel, names with accents look like "GarÃ§on". The data looks fine in the app.',
      'Our German customer names have broken umlauts in the {format} export. Is there an encoding option?',
      'Special characters in the CSV are replaced by question marks when opened in Excel on Windows.',
    ],
    firstReplies: ['The export is UTF-8 encoded; Excel on Windows sometimes assumes another encoding. Which Excel version do you use?'],
    solutionReplies: ['Choose "UTF-8 with BOM" under Export options, or export to XLSX; both open correctly in Excel. I tested it with your sample.'],
    resolutions: [
      'The CSV is UTF-8 but Excel assumed ANSI; switched the export to "UTF-8 with BOM" and accents display correctly.',
      'Recommended the XLSX export format, which keeps special characters intact in Excel.',
    ],
  },
  {
    key: 'scheduled-report-missing',
    category: 'data_export',
    tags: ['reports', 'schedule', 'email'],
    priorities: { low: 35, normal: 55, high: 10 },
    subjects: ['Scheduled report email not received', 'Weekly report stopped arriving', 'Monday report missing from inbox', 'Report schedule not sending'],
    descriptions: [
      'Our weekly SLA report used to arrive every Monday at 8am. It has not come for two weeks.',
      'The scheduled {format} report to our management list stopped being sent after {month}.',
      'I set up a daily report schedule but nobody received anything.',
    ],
    firstReplies: ['Let me check the schedule. Could you tell me the report name and who created the schedule?'],
    solutionReplies: ['The schedule belonged to a deactivated user, so it was paused automatically. I reassigned it to you and sent a test email.'],
    resolutions: [
      'The schedule owner was deactivated so the schedule paused; reassigned it to an active admin.',
      'The recipient list was a distribution list rejecting external mail; added our sender to the list allow-list.',
    ],
  },
];
