import type { Account } from '../../contracts/account.js';

/** The accounts with the most ARR, and the share of the portfolio's ARR they hold. */
export interface TopAccountsByArr {
  accounts: Account[];
  totalArrCents: number;
  shownArrCents: number;
  /** `shownArrCents / totalArrCents`; null for a portfolio without ARR. */
  shownShareOfArr: number | null;
}

/** The `limit` accounts with the most ARR (ties by id), with their share of the portfolio's ARR ("top 20 high-value accounts"). */
export function topAccountsByArr(accounts: readonly Account[], limit: number): TopAccountsByArr {
  const top = [...accounts].sort((left, right) => right.arr.amountCents - left.arr.amountCents || left.id.localeCompare(right.id)).slice(0, limit);
  const totalArrCents = accounts.reduce((total, account) => total + account.arr.amountCents, 0);
  const shownArrCents = top.reduce((total, account) => total + account.arr.amountCents, 0);
  return { accounts: top, totalArrCents, shownArrCents, shownShareOfArr: totalArrCents > 0 ? shownArrCents / totalArrCents : null };
}
