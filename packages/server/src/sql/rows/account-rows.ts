import type { Account, UsageSnapshot } from '@supportai/core';
import type { Insertable, Selectable } from 'kysely';
import type { AccountsTable, UsageSnapshotsTable } from '../database-schema.js';
import { readInteger, readJson, readJsonObject, toJsonText, withDetails, type RowLocation } from './column-values.js';

/** An account as a row: commercial terms in columns (for value, renewal and CSM queries), the signals as JSON. */
export function accountToRow(account: Account): Insertable<AccountsTable> {
  const { id, name, plan, segment, renewalDate, csmId, licences, arr, ...details } = account;
  return {
    id,
    name,
    plan,
    segment,
    renewal_date: renewalDate,
    csm_id: csmId,
    licences,
    arr_amount_cents: arr.amountCents,
    arr_currency: arr.currency,
    details: toJsonText(details),
  };
}

export function rowToAccount(row: Selectable<AccountsTable>): Account {
  const location: RowLocation = { collection: 'accounts', rowId: row.id };
  const account = {
    id: row.id,
    name: row.name,
    arr: { amountCents: readInteger(location, 'arr_amount_cents', row.arr_amount_cents), currency: row.arr_currency },
    plan: row.plan,
    segment: row.segment,
    renewalDate: row.renewal_date,
    csmId: row.csm_id,
    licences: readInteger(location, 'licences', row.licences),
  };
  return withDetails(account, readJsonObject(location, 'details', row.details)) as Account;
}

export function usageToRow(usage: UsageSnapshot): Insertable<UsageSnapshotsTable> {
  return {
    account_id: usage.accountId,
    period_start: usage.period.start,
    period_end: usage.period.end,
    active_users: usage.activeUsers,
    licences: usage.licences,
    logins: usage.logins,
    feature_usage: toJsonText(usage.featureUsage),
  };
}

/** The id a usage row is reported under: it has none of its own. */
export function usageRowId(row: { account_id: string; period_start: string; period_end: string }): string {
  return `${row.account_id}/${row.period_start}..${row.period_end}`;
}

export function rowToUsage(row: Selectable<UsageSnapshotsTable>): UsageSnapshot {
  const location: RowLocation = { collection: 'usage', rowId: usageRowId(row) };
  return {
    accountId: row.account_id,
    period: { start: row.period_start, end: row.period_end },
    activeUsers: readInteger(location, 'active_users', row.active_users),
    licences: readInteger(location, 'licences', row.licences),
    logins: readInteger(location, 'logins', row.logins),
    featureUsage: readJson(location, 'feature_usage', row.feature_usage),
  } as UsageSnapshot;
}
