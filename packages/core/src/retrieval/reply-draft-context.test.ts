import { describe, expect, it } from 'vitest';
import type { Account } from '../contracts/account.js';
import type { Agent } from '../contracts/agent.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { HELP_CENTER } from './__fixtures__/kb-articles.js';
import { event, ticket } from './__fixtures__/ticket-builders.js';
import { replyDraftContext } from './reply-draft-context.js';

const agents: Agent[] = [{ id: 'agent-1', name: 'Ana Ruiz', teamId: 'team-1', skills: [], capacity: 5, timezone: 'UTC', hourlyCost: { amountCents: 4000, currency: 'USD' } }];
const accounts: Account[] = [
  { id: 'acc-1', name: 'Acme', arr: { amountCents: 1_000_000, currency: 'USD' }, plan: 'Business', segment: 'smb', renewalDate: '2026-06-30', csmId: null, licences: 10, champion: { contactId: 'user-1', name: 'Sam Lee' } },
];
const angry = ticket({
  id: 'DESK-1002',
  status: 'open',
  subject: 'Password reset email never arrives',
  description: 'Hi, I asked for a password reset.',
  events: [
    event.created('2026-03-02T09:00:00Z', 'Hi, I asked for a password reset.'),
    event.reply('2026-03-02T10:00:00Z', 'Please check your spam folder.'),
    event.customer('2026-03-02T11:00:00Z', 'This is ridiculous, the reset email STILL does not arrive!\nThanks,\nSam'),
  ],
});
const resolved = ticket({ id: 'DESK-900', subject: 'Reset email not received', description: 'The password reset email does not arrive.', resolutionSummary: 'Allow-listed our sender domain.' });
const data = { tickets: [angry, resolved], kbArticles: HELP_CENTER, agents, accounts };

describe('replyDraftContext', () => {
  const context = replyDraftContext({ ticketId: 'DESK-1002', data });

  it('is a template, built from the last customer message and an empathetic tone', () => {
    expect(context.method).toBe('template');
    expect(context.lastCustomerMessage).toEqual({ body: 'This is ridiculous, the reset email STILL does not arrive!\nThanks,\nSam', at: '2026-03-02T11:00:00Z', eventIndex: 2, actorId: null });
    expect(context.tone).toEqual({ tone: 'empathetic', source: 'keywords', evidence: ['ridiculous', 'STILL'] });
  });

  it('cites the knowledge base and lists similar resolved tickets', () => {
    expect(context.articles[0]!.articleId).toBe('kb-1');
    expect(context.articles.length).toBeLessThanOrEqual(3);
    expect(context.kbQueryTerms.map((term) => term.word)).toEqual(expect.arrayContaining(['password', 'reset', 'email']));
    expect(context.similarTickets.map((similar) => similar.ticketId)).toEqual(['DESK-900']);
    expect(context.draft.citations[0]).toEqual({ articleId: 'kb-1', title: 'Reset your password', url: 'https://help.example/kb-1' });
  });

  it('assembles a draft whose every piece names its source', () => {
    const { draft } = context;
    expect(draft.greeting).toEqual({
      text: 'Hi Sam,',
      requesterId: 'user-1',
      requesterName: 'Sam Lee',
      sources: [{ kind: 'template', id: 'greeting' }, { kind: 'ticket', id: 'DESK-1002', field: 'requesterId' }, { kind: 'account', id: 'acc-1', field: 'champion' }],
    });
    expect(draft.acknowledgement.text).toContain('"Password reset email never arrives"');
    expect(draft.acknowledgement.sources).toEqual([{ kind: 'template', id: 'acknowledgement.empathetic' }, { kind: 'ticket', id: 'DESK-1002', field: 'subject' }]);
    // The best article's first list, as plain text, item by item.
    expect(draft.steps).toEqual([
      { text: 'Open the sign-in page.', articleId: 'kb-1', sources: [{ kind: 'kbArticle', id: 'kb-1', blockIndex: 3, itemIndex: 0 }] },
      { text: 'Click Forgot password.', articleId: 'kb-1', sources: [{ kind: 'kbArticle', id: 'kb-1', blockIndex: 3, itemIndex: 1 }] },
      { text: 'Follow the link in the email within one hour.', articleId: 'kb-1', sources: [{ kind: 'kbArticle', id: 'kb-1', blockIndex: 3, itemIndex: 2 }] },
    ]);
    expect(draft.signOff).toMatchObject({ agentId: 'agent-1', agentName: 'Ana Ruiz', sources: [{ kind: 'template', id: 'signOff.empathetic' }, { kind: 'agent', id: 'agent-1' }] });
  });

  it('takes the requested tone, the given name and the signing agent', () => {
    const formal = replyDraftContext({ ticketId: 'DESK-1002', data, tone: 'formal', requesterName: 'Dr. Kim', agentId: 'agent-404' });
    expect(formal.tone.source).toBe('requested');
    expect(formal.draft.greeting.text).toBe('Hi Dr. Kim,');
    expect(formal.draft.greeting.sources).toContainEqual({ kind: 'input', id: 'requesterName' });
    expect(formal.draft.signOff).toMatchObject({ text: 'Kind regards,', agentId: null, agentName: null });
  });

  it('falls back to paragraphs, then to a "looking into it" line when nothing applies', () => {
    const exports = ticket({ id: 'T-2', status: 'open', subject: 'CSV has no rows', description: 'My CSV export has headers but no rows.', accountId: 'acc-2', requesterId: 'user-9' });
    const paragraphs = replyDraftContext({ ticketId: 'T-2', data: { ...data, tickets: [exports] } });
    expect(paragraphs.draft.greeting.text).toBe('Hi there,');
    expect(paragraphs.draft.steps.map((step) => step.text)).toEqual(['Exports use the time zone of your workspace.', 'If a CSV has headers but no rows, widen the date range and export again.']);
    const nothing = replyDraftContext({ ticketId: 'T-2', data: { ...data, tickets: [exports], kbArticles: [] } });
    expect(nothing.draft.steps).toEqual([]);
    expect(nothing.draft.stepsIntroduction.sources).toEqual([{ kind: 'template', id: 'noStepsFound' }]);
    expect(nothing.draft.citations).toEqual([]);
  });

  it('throws not_found for an unknown ticket', () => {
    expect(() => replyDraftContext({ ticketId: 'NOPE', data })).toThrow(SupportAIError);
    expect(() => replyDraftContext({ ticketId: 'NOPE', data })).toThrow(/No ticket NOPE/);
  });
});
