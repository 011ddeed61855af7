import type { KbArticle, Meeting, NpsResponse } from '@supportai/core';
import type { Insertable, Selectable } from 'kysely';
import type { KbArticlesTable, MeetingsTable, NpsResponsesTable } from '../database-schema.js';
import { epochMilliseconds, readInteger, readJson, readJsonObject, toJsonText, withDetails, type RowLocation } from './column-values.js';

export function npsResponseToRow(response: NpsResponse, path = 'npsResponse'): Insertable<NpsResponsesTable> {
  const { id, accountId, score, respondedAt, ...details } = response;
  return {
    id,
    account_id: accountId,
    score,
    responded_at: respondedAt,
    responded_at_ms: epochMilliseconds(respondedAt, `${path}.respondedAt`),
    details: toJsonText(details),
  };
}

export function rowToNpsResponse(row: Selectable<NpsResponsesTable>): NpsResponse {
  const location: RowLocation = { collection: 'npsResponses', rowId: row.id };
  const response = { id: row.id, accountId: row.account_id, score: readInteger(location, 'score', row.score), respondedAt: row.responded_at };
  return withDetails(response, readJsonObject(location, 'details', row.details)) as NpsResponse;
}

export function kbArticleToRow(article: KbArticle): Insertable<KbArticlesTable> {
  const { id, title, body, category, tags, updatedAt, ...details } = article;
  return { id, title, body, category: category ?? null, tags: toJsonText(tags), updated_at: updatedAt, details: toJsonText(details) };
}

export function rowToKbArticle(row: Selectable<KbArticlesTable>): KbArticle {
  const location: RowLocation = { collection: 'kbArticles', rowId: row.id };
  const article: Record<string, unknown> = { id: row.id, title: row.title, body: row.body, tags: readJson(location, 'tags', row.tags), updatedAt: row.updated_at };
  if (row.category !== null) article.category = row.category;
  return withDetails(article, readJsonObject(location, 'details', row.details)) as KbArticle;
}

export function meetingToRow(meeting: Meeting, path = 'meeting'): Insertable<MeetingsTable> {
  const { id, title, kind, startsAt, endsAt, accountId, attendeeIds, ...details } = meeting;
  return {
    id,
    title,
    kind,
    starts_at: startsAt,
    starts_at_ms: epochMilliseconds(startsAt, `${path}.startsAt`),
    ends_at: endsAt,
    account_id: accountId ?? null,
    attendee_ids: toJsonText(attendeeIds),
    details: toJsonText(details),
  };
}

export function rowToMeeting(row: Selectable<MeetingsTable>): Meeting {
  const location: RowLocation = { collection: 'meetings', rowId: row.id };
  const meeting: Record<string, unknown> = {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    attendeeIds: readJson(location, 'attendee_ids', row.attendee_ids),
  };
  if (row.account_id !== null) meeting.accountId = row.account_id;
  return withDetails(meeting, readJsonObject(location, 'details', row.details)) as Meeting;
}
