import { SupportAIError } from '@supportai/core';
import { DataSourceRowError } from '../../data-source/data-source-errors.js';

/** Which row a column value came from, so a bad value is reported by collection, row id and column. */
export interface RowLocation {
  /** The collection as the contracts name it: `tickets`, `npsResponses`, `chatMessages`... */
  collection: string;
  rowId: string | null;
}

function badColumn(location: RowLocation, column: string, message: string): DataSourceRowError {
  return new DataSourceRowError(location.collection, location.rowId, [{ path: column, message }]);
}

/** Serialises a JSON column for writing. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Reads a JSON column: TEXT is parsed, a value a `jsonb` driver already parsed is taken as it is. Text that
 * does not parse becomes a `DataSourceRowError`, never a bare `SyntaxError`.
 */
export function readJson(location: RowLocation, column: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null) return value;
  if (typeof value !== 'string') throw badColumn(location, column, 'must hold JSON text');
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw badColumn(location, column, `must hold valid JSON (${reason})`);
  }
}

/** Reads a nullable JSON column: SQL NULL stays null. */
export function readNullableJson(location: RowLocation, column: string, value: unknown): unknown {
  return value === null ? null : readJson(location, column, value);
}

/** Reads a JSON column that must hold an object (the `details` and `document` columns). */
export function readJsonObject(location: RowLocation, column: string, value: unknown): Record<string, unknown> {
  const parsed = readJson(location, column, value);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badColumn(location, column, 'must hold a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Reads an integer column; PostgreSQL drivers may hand `bigint` columns back as strings or bigints. */
export function readInteger(location: RowLocation, column: string, value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' || typeof value === 'bigint' ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number)) throw badColumn(location, column, 'must hold an integer');
  return number;
}

/** Reads a 0/1 column kept for an optional boolean: NULL means the source did not say. */
export function readOptionalBoolean(location: RowLocation, column: string, value: unknown): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  return readInteger(location, column, value) !== 0;
}

/** The instant of an ISO date-time in epoch milliseconds, for the `*_at_ms` columns that range queries use. */
export function epochMilliseconds(isoDateTime: string, path: string): number {
  const milliseconds = Date.parse(isoDateTime);
  if (Number.isNaN(milliseconds)) {
    throw new SupportAIError('invalid_input', 'Invalid date-time', [{ path, message: 'must be an ISO-8601 date-time with offset' }]);
  }
  return milliseconds;
}

/**
 * Adds the optional fields kept in a `details` column after the column-backed ones. Objects built this way
 * share one shape for their fixed fields (several times faster to build and read than spreading `details`
 * first), and a column always wins over a hand-edited `details` that repeats it.
 */
export function withDetails<Target extends Record<string, unknown>>(target: Target, details: Record<string, unknown>): Target {
  const record: Record<string, unknown> = target;
  for (const key of Object.keys(details)) {
    if (!(key in record)) record[key] = details[key];
  }
  return target;
}
