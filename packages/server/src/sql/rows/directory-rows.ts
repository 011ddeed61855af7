import type { Agent, SupportSettings, Team } from '@supportai/core';
import type { Insertable, Selectable } from 'kysely';
import type { StoredCalendar, StoredSlaPolicy } from '../../data-source/data-source.js';
import type { AgentsTable, CalendarsTable, SettingsTable, SlaPoliciesTable, TeamsTable } from '../database-schema.js';
import { readJsonObject, toJsonText, withDetails, type RowLocation } from './column-values.js';

/** The settings row's fixed key: there is one organisation per database. */
export const SETTINGS_ROW_ID = 1;

export function settingsToRow(settings: SupportSettings): Insertable<SettingsTable> {
  return { id: SETTINGS_ROW_ID, document: toJsonText(settings) };
}

export function rowToSettings(row: Selectable<SettingsTable>): SupportSettings {
  return readJsonObject({ collection: 'settings', rowId: null }, 'document', row.document) as SupportSettings;
}

export function agentToRow(agent: Agent): Insertable<AgentsTable> {
  const { id, name, teamId, ...details } = agent;
  return { id, name, team_id: teamId, details: toJsonText(details) };
}

export function rowToAgent(row: Selectable<AgentsTable>): Agent {
  const location: RowLocation = { collection: 'agents', rowId: row.id };
  return withDetails({ id: row.id, name: row.name, teamId: row.team_id }, readJsonObject(location, 'details', row.details)) as Agent;
}

export function teamToRow(team: Team): Insertable<TeamsTable> {
  const { id, name, ...details } = team;
  return { id, name, details: toJsonText(details) };
}

export function rowToTeam(row: Selectable<TeamsTable>): Team {
  const location: RowLocation = { collection: 'teams', rowId: row.id };
  return withDetails({ id: row.id, name: row.name }, readJsonObject(location, 'details', row.details)) as Team;
}

/** Calendars and SLA policies are small nested documents: stored whole, keyed by id. */
export function documentToRow<Document extends { id: string }>(document: Document): Insertable<CalendarsTable | SlaPoliciesTable> {
  const { id, ...rest } = document;
  return { id, document: toJsonText(rest) };
}

export function rowToCalendar(row: Selectable<CalendarsTable>): StoredCalendar {
  const location: RowLocation = { collection: 'calendars', rowId: row.id };
  return withDetails({ id: row.id }, readJsonObject(location, 'document', row.document)) as StoredCalendar;
}

export function rowToSlaPolicy(row: Selectable<SlaPoliciesTable>): StoredSlaPolicy {
  const location: RowLocation = { collection: 'slaPolicies', rowId: row.id };
  return withDetails({ id: row.id }, readJsonObject(location, 'document', row.document)) as StoredSlaPolicy;
}
