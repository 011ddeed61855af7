import { describe, expect, it } from 'vitest';
import { makeAccount } from './__fixtures__/account-fixtures.js';
import { topAccountsByArr } from './high-value-accounts.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });

describe('high-value accounts', () => {
  it('takes the accounts with the most ARR (ties by id) and their share of the ARR', () => {
    const accounts = [makeAccount({ id: 'b', arr: usd(300) }), makeAccount({ id: 'a', arr: usd(300) }), makeAccount({ id: 'c', arr: usd(400) }), makeAccount({ id: 'd', arr: usd(0) })];
    const top = topAccountsByArr(accounts, 2);
    expect(top.accounts.map((account) => account.id)).toEqual(['c', 'a']);
    expect(top).toMatchObject({ totalArrCents: 1000, shownArrCents: 700, shownShareOfArr: 0.7 });
    expect(topAccountsByArr([makeAccount({ id: 'z', arr: usd(0) })], 5).shownShareOfArr).toBeNull();
  });
});
