import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { INTENT_IDS, intentTools, type IntentId } from '../../index.js';
import { PARAM_SCHEMAS, type ParamName } from '../params.js';
import { ALL_PERSONAS, ALLOWED } from './spec.js';

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const PARAM_NAMES = Object.keys(PARAM_SCHEMAS) as ParamName[];

/** A valid value for every param, to fill a tool's input. */
const SAMPLE: Record<ParamName, unknown> = {
  ticketId: 'DESK-1',
  accountName: 'Acme Corp',
  agentName: 'Marcus',
  limit: 5,
  days: 30,
  hours: 24,
  period: { label: 'this week', from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' },
  priority: 'urgent',
  tone: 'formal',
  topic: 'password reset',
};

/** Intents whose tool may reasonably require a slot; every other tool must accept `{}`. */
const MAY_REQUIRE = new Set<IntentId>(['ticket.show', 'tickets.similar', 'reply.draft', 'kb.search', 'message.draft', 'call.prep', 'meetings.schedule']);

const all = () => intentTools();
const toolFor = (intent: IntentId) => {
  const tool = all().find((candidate) => candidate.intent === intent);
  if (!tool) throw new Error(`no tool for ${intent}`);
  return tool;
};

describe('intentTools()', () => {
  test('one tool per intent of the catalogue without a persona', () => {
    const tools = all();
    expect(tools).toHaveLength(INTENT_IDS.length);
    expect(tools.map((tool) => tool.intent).sort()).toEqual([...INTENT_IDS].sort());
  });

  test.each(ALL_PERSONAS.map((persona) => [persona]))('for %s: exactly the intents the persona may ask', (persona) => {
    const expected = INTENT_IDS.filter((intent) => ALLOWED[intent].includes(persona)).sort();
    expect(intentTools(persona).map((tool) => tool.intent).sort()).toEqual(expected);
  });

  test('names are valid LLM tool names, without dots, and unique', () => {
    const tools = all();
    for (const tool of tools) {
      expect(tool.name, tool.intent).toMatch(NAME);
      expect(tool.name).not.toContain('.');
    }
    expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
  });

  test.each(ALL_PERSONAS.map((persona) => [persona]))('for %s: names are unique and the same as without a persona', (persona) => {
    const byIntent = new Map(all().map((tool) => [tool.intent, tool.name]));
    const tools = intentTools(persona);
    expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
    for (const tool of tools) expect(tool.name).toBe(byIntent.get(tool.intent));
  });

  test('every tool has a description', () => {
    for (const tool of all()) {
      expect(typeof tool.description, tool.intent).toBe('string');
      expect(tool.description.trim().length, tool.intent).toBeGreaterThan(0);
    }
  });
});

describe('input schemas', () => {
  test.each(INTENT_IDS.map((intent) => [intent]))('%s: a zod object over the shared param names', (intent) => {
    const { inputSchema } = toolFor(intent);
    expect(inputSchema).toBeInstanceOf(z.ZodObject);
    const keys = Object.keys((inputSchema as z.ZodObject).shape);
    for (const key of keys) expect(PARAM_NAMES, `${intent}.${key}`).toContain(key);
  });

  test.each(INTENT_IDS.map((intent) => [intent]))('%s: accepts {} unless a slot is required, and a full input', (intent) => {
    const { inputSchema } = toolFor(intent);
    const empty = (inputSchema as z.ZodType).safeParse({});
    if (!empty.success) {
      expect(MAY_REQUIRE.has(intent), `${intent} should not require anything: ${z.prettifyError(empty.error)}`).toBe(true);
      for (const issue of empty.error.issues) {
        expect(issue.code, `${intent}: only missing required slots may fail`).toBe('invalid_type');
        expect(issue.path).toHaveLength(1);
        expect(PARAM_NAMES).toContain(issue.path[0]);
      }
    }
    const keys = Object.keys((inputSchema as z.ZodObject).shape) as ParamName[];
    const full = Object.fromEntries(keys.map((key) => [key, SAMPLE[key]]));
    const filled = (inputSchema as z.ZodType).safeParse(full);
    expect(filled.success, filled.success ? '' : z.prettifyError(filled.error)).toBe(true);
  });

  test.each(INTENT_IDS.map((intent) => [intent]))('%s: exports to JSON Schema for an LLM', (intent) => {
    const json = z.toJSONSchema(toolFor(intent).inputSchema as z.ZodType) as { type?: string };
    expect(json.type).toBe('object');
  });

  test('ticket.show requires a string ticketId', () => {
    const schema = toolFor('ticket.show').inputSchema as z.ZodType;
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ ticketId: 'DESK-1' }).success).toBe(true);
    expect(schema.safeParse({ ticketId: '12345' }).success).toBe(true);
    expect(schema.safeParse({ ticketId: 42 }).success).toBe(false);
    expect(schema.safeParse({ ticketId: '' }).success).toBe(false);
  });

  test('ticket.show lists ticketId as required in its JSON Schema', () => {
    const json = z.toJSONSchema(toolFor('ticket.show').inputSchema as z.ZodType) as { required?: string[] };
    expect(json.required).toContain('ticketId');
  });

  test('tools with a limit or a period reject invalid values', () => {
    for (const tool of all()) {
      const schema = tool.inputSchema as z.ZodObject;
      if ('limit' in schema.shape) expect(schema.safeParse({ ...required(tool.intent as IntentId), limit: 0 }).success, tool.intent).toBe(false);
      if ('period' in schema.shape) {
        expect(schema.safeParse({ ...required(tool.intent as IntentId), period: { label: 'x', from: 'yesterday', to: 'today' } }).success, tool.intent).toBe(false);
      }
    }
  });
});

/** Values for the slots a tool requires, so other fields can be tested alone. */
function required(intent: IntentId): Record<string, unknown> {
  const schema = toolFor(intent).inputSchema as z.ZodObject;
  const result = schema.safeParse({});
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], SAMPLE[issue.path[0] as ParamName]]));
}
