import { describe, expect, it } from 'vitest';
import { parseAccount } from './account.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

function validAccount(overrides: Record<string, unknown> = {}) {
  return {
    id: 'acc-42',
    name: 'Acme',
    arr: { amountCents: 12_000_000, currency: 'USD' },
    plan: 'Business',
    segment: 'mid_market',
    renewalDate: '2026-09-30',
    csmId: 'csm-2',
    licences: 120,
    ...overrides,
  };
}

describe('AccountSchema', () => {
  it('parses an account with only the required fields', () => {
    expect(parseAccount(validAccount())).toEqual(validAccount());
    expect(parseAccount(validAccount({ csmId: null, licences: 0 })).csmId).toBeNull();
  });

  it('parses the optional health and renewal signals', () => {
    const account = parseAccount(
      validAccount({
        createdAt: '2024-01-15T00:00:00Z',
        champion: { contactId: 'contact-3', name: 'Jo Park', email: 'jo@acme.test', leftOn: '2026-02-01' },
        executiveSponsor: null,
        csmPulse: 'concerning',
        lastTouchpointAt: '2026-02-20T15:00:00Z',
        lastQbrAt: '2025-12-10T15:00:00Z',
        invoiceStatus: 'overdue',
        invoiceDaysOverdue: 45,
        contractTrajectory: 'contraction',
        renewalForecast: 'at_risk',
        entitledFeatures: ['reports', 'sso'],
        products: ['helpdesk'],
        setupMilestones: { completed: 3, total: 5 },
        discountRequested: true,
      }),
    );
    expect(account.champion?.leftOn).toBe('2026-02-01');
    expect(account.invoiceDaysOverdue).toBe(45);
  });

  it('names the bad part of the ARR', () => {
    expect(issuePathsOf(() => parseAccount(validAccount({ arr: { amountCents: 1200.5, currency: 'USD' } })))).toEqual(['arr.amountCents']);
    expect(messageAt(() => parseAccount(validAccount({ arr: { amountCents: -1, currency: 'USD' } })), 'arr.amountCents')).toBe('must be 0 or more cents');
  });

  it('requires csmId to be given, even as null', () => {
    const { csmId: _csmId, ...withoutCsm } = validAccount();
    expect(issuePathsOf(() => parseAccount(withoutCsm))).toEqual(['csmId']);
  });

  it('rejects more completed milestones than exist', () => {
    expect(issuePathsOf(() => parseAccount(validAccount({ setupMilestones: { completed: 6, total: 5 } })))).toEqual(['setupMilestones.completed']);
  });

  it('rejects days overdue on an account whose invoices are current', () => {
    const parse = () => parseAccount(validAccount({ invoiceStatus: 'current', invoiceDaysOverdue: 10 }));
    expect(issuePathsOf(parse)).toEqual(['invoiceDaysOverdue']);
    expect(parseAccount(validAccount({ invoiceStatus: 'current', invoiceDaysOverdue: 0 })).invoiceStatus).toBe('current');
  });

  it('lists every bad field in one error', () => {
    const paths = issuePathsOf(() =>
      parseAccount(
        validAccount({
          name: '',
          arr: { amountCents: '12000', currency: 'usd' },
          segment: 'mid-market',
          renewalDate: '2026-13-01',
          licences: -1,
          champion: { name: 'Jo', leftOn: 'last week' },
          csmPulse: 'fine',
          invoiceStatus: 'current',
          invoiceDaysOverdue: 10,
        }),
      ),
    );
    expect(paths).toEqual([
      'name',
      'arr.amountCents',
      'arr.currency',
      'segment',
      'renewalDate',
      'licences',
      'champion.leftOn',
      'csmPulse',
      'invoiceDaysOverdue',
    ]);
  });
});
