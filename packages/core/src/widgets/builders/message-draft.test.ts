import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../contracts/viewer.js';
import { generateDemoDataset } from '../../demo/index.js';
import { NotFoundError } from '../../errors/access-errors.js';
import { answerIntent } from '../answer-intent.js';

const dataset = generateDemoDataset({ seed: 1, size: 'small' });
const now = new Date(dataset.now);
const [firstCsm, secondCsm] = [...new Set(dataset.accounts.map((account) => account.csmId).filter((id): id is string => Boolean(id)))];
const csm = (csmId: string): Viewer => ({ userId: csmId, persona: 'csm', accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) });

describe('message.draft', () => {
  it('lists only the named account’s open tickets', () => {
    const viewer = csm(firstCsm!);
    const account = dataset.accounts.find((candidate) => candidate.id === viewer.accountIds![0])!;
    const draft = answerIntent('message.draft', { data: dataset, viewer, params: { accountName: account.name }, now }).data as { accountId: string; relatedTickets: { id: string }[] };
    expect(draft.accountId).toBe(account.id);
    const accountTickets = new Set(dataset.tickets.filter((ticket) => ticket.accountId === account.id).map((ticket) => ticket.id));
    for (const ticket of draft.relatedTickets) expect(accountTickets.has(ticket.id)).toBe(true);
  });

  it('refuses an account outside the scope instead of drafting to it with the viewer’s other tickets', () => {
    const foreign = dataset.accounts.find((account) => account.csmId === secondCsm)!;
    expect(() => answerIntent('message.draft', { data: dataset, viewer: csm(firstCsm!), params: { accountName: foreign.name }, now })).toThrow(NotFoundError);
  });
});
