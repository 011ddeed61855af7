import { SupportAIError, toInputIssues } from '@supportai/core';
import * as z from 'zod';
import type { Page, PageRequest } from '../data-source/data-source.js';

/** The most rows one page returns, whatever was asked: a page is a unit of memory, not the whole table. */
export const MAX_PAGE_SIZE = 5000;

const PageRequestSchema = z.object({
  cursor: z.string().min(1, 'must be a cursor a previous page returned, or null').nullable(),
  limit: z.number({ message: 'must be a whole number of rows, 1 or more' }).int('must be a whole number of rows, 1 or more').min(1, 'must be a whole number of rows, 1 or more'),
});

/** A validated page request: the key of the last row already read (null: start) and how many rows to read. */
export interface KeysetPosition {
  after: string[] | null;
  limit: number;
}

/**
 * Cursors are the last row's key, JSON-encoded then base64url'd: opaque to callers, and keyset paging stays
 * correct when rows are written between pages (nothing is skipped or read twice, unlike offsets).
 */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function invalidCursor(): SupportAIError {
  return new SupportAIError('invalid_input', 'Invalid page request', [{ path: 'cursor', message: 'must be a cursor a previous page of this list returned, or null' }]);
}

function decodeCursor(cursor: string, keyLength: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== keyLength || !key.every((part) => typeof part === 'string')) throw invalidCursor();
  return key as string[];
}

/** Checks a page request and decodes its cursor for a key of `keyLength` columns. */
export function readPageRequest(request: PageRequest, keyLength = 1): KeysetPosition {
  const parsed = PageRequestSchema.safeParse(request);
  if (!parsed.success) throw new SupportAIError('invalid_input', 'Invalid page request', toInputIssues(parsed.error.issues));
  const { cursor, limit } = parsed.data;
  return { after: cursor === null ? null : decodeCursor(cursor, keyLength), limit: Math.min(limit, MAX_PAGE_SIZE) };
}

/**
 * Turns the rows of a query that asked for `limit + 1` into a page: the extra row only says whether
 * another page exists.
 */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => string[], decode: (row: Row) => Item): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    rows: pageRows.map(decode),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
