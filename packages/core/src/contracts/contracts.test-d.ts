import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  Account,
  Agent,
  BusinessCalendar,
  KbArticle,
  Meeting,
  Money,
  NpsResponse,
  Persona,
  SlaPolicy,
  Team,
  Ticket,
  TicketEvent,
  TicketEventType,
  UsageSnapshot,
  Viewer,
} from './index.js';
import { parseAccount, parseBusinessCalendar, parseSlaPolicy, parseTicket, parseTicketEvent, parseViewer, TicketSchema } from './index.js';

describe('contract types', () => {
  it('infers Ticket from its schema, with string ids', () => {
    expectTypeOf<z.infer<typeof TicketSchema>>().toEqualTypeOf<Ticket>();
    expectTypeOf<Ticket['id']>().toEqualTypeOf<string>();
    expectTypeOf<Ticket['assigneeId']>().toEqualTypeOf<string | null>();
    expectTypeOf<Ticket['resolvedBy']>().toEqualTypeOf<'human' | 'ai' | null>();
    expectTypeOf<Ticket['events']>().toEqualTypeOf<TicketEvent[]>();
    expectTypeOf<Ticket['links'][number]['system']>().toEqualTypeOf<'jira' | 'github' | 'linear' | 'other'>();
    expectTypeOf<NonNullable<Ticket['csat']>['rating']>().toEqualTypeOf<'good' | 'bad'>();
    expectTypeOf<Ticket['reopens']>().toEqualTypeOf<number | undefined>();
  });

  it('discriminates TicketEvent on `type`', () => {
    expectTypeOf<TicketEventType>().toEqualTypeOf<'created' | 'customer_message' | 'agent_reply' | 'agent_note' | 'status' | 'priority' | 'assignment'>();
    expectTypeOf<Extract<TicketEvent, { type: 'status' }>['to']>().toEqualTypeOf<Ticket['status']>();
    expectTypeOf<Extract<TicketEvent, { type: 'assignment' }>['assigneeId']>().toEqualTypeOf<string | null>();
    expectTypeOf<Extract<TicketEvent, { type: 'created' }>['by']>().toEqualTypeOf<'customer' | 'agent'>();
    expectTypeOf<TicketEvent['at']>().toEqualTypeOf<string>();
  });

  it('keeps money as numbers and a currency code', () => {
    expectTypeOf<Money>().toEqualTypeOf<{ amountCents: number; currency: string }>();
    expectTypeOf<Agent['hourlyCost']>().toEqualTypeOf<Money>();
    expectTypeOf<Account['arr']['amountCents']>().toEqualTypeOf<number>();
  });

  it('types the enumerations as literal unions', () => {
    expectTypeOf<Persona>().toEqualTypeOf<'executive' | 'manager' | 'agent' | 'csm'>();
    expectTypeOf<Viewer['persona']>().toEqualTypeOf<Persona>();
    expectTypeOf<Account['segment']>().toEqualTypeOf<'enterprise' | 'mid_market' | 'smb'>();
    expectTypeOf<Account['csmPulse']>().toEqualTypeOf<'healthy' | 'concerning' | 'poor' | undefined>();
    expectTypeOf<Meeting['kind']>().toEqualTypeOf<'call' | 'qbr' | 'one_on_one' | 'other'>();
  });

  it('types optional, nullable and collection fields', () => {
    expectTypeOf<Account['csmId']>().toEqualTypeOf<string | null>();
    expectTypeOf<Viewer['accountIds']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Team['slaPolicyId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UsageSnapshot['featureUsage']>().toEqualTypeOf<Record<string, number>>();
    expectTypeOf<UsageSnapshot['period']>().toEqualTypeOf<{ start: string; end: string }>();
    expectTypeOf<NpsResponse['score']>().toEqualTypeOf<number>();
    expectTypeOf<KbArticle['headings']>().toEqualTypeOf<string[] | undefined>();
  });

  it('gives each parse helper an unknown input and the contract type as output', () => {
    expectTypeOf(parseTicket).parameters.toEqualTypeOf<[unknown]>();
    expectTypeOf(parseTicket).returns.toEqualTypeOf<Ticket>();
    expectTypeOf(parseAccount).returns.toEqualTypeOf<Account>();
    expectTypeOf(parseViewer).returns.toEqualTypeOf<Viewer>();
    expectTypeOf(parseTicketEvent).returns.toEqualTypeOf<TicketEvent>();
    expectTypeOf(parseBusinessCalendar).returns.toEqualTypeOf<BusinessCalendar>();
    expectTypeOf(parseSlaPolicy).returns.toEqualTypeOf<SlaPolicy>();
  });
});
