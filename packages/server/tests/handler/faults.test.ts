import { describe, expect, it, vi } from 'vitest';
import { createMemoryDataSource, type DataSource, type Logger } from '../../src/index.js';
import { BASE, dataset, demoHandler, requestAs, VIEWERS, visibleTickets } from './demo-fixture.js';

const manager = VIEWERS.manager;

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; issues?: { path: string; message: string }[]; requestId?: string } }).error;
}

describe('bad input', () => {
  it('answers 400 with the zod issues naming each bad field', async () => {
    const handler = demoHandler();
    const response = await handler(requestAs(manager, '/answers/tickets.list', { json: { params: { limit: -3, priority: 'sometimes' } } }));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['limit', 'priority']);
  });

  it('answers 400 naming a bad query parameter', async () => {
    const handler = demoHandler();
    const ticket = visibleTickets(VIEWERS.agent)[0]!;
    const response = await handler(requestAs(VIEWERS.agent, `/tickets/${encodeURIComponent(ticket.id)}/assist?tone=sarcastic`));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues?.map((issue) => issue.path)).toEqual(['tone']);
  });

  it('answers 400 naming the move that repeats a ticket in a reassignment', async () => {
    const handler = demoHandler();
    const ticket = visibleTickets(manager).find((candidate) => candidate.assigneeId !== null)!;
    const move = { ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: ticket.assigneeId };
    const response = await handler(requestAs(manager, '/reassignments/apply', { json: { moves: [move, move] } }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues).toEqual([{ path: 'moves.1.ticketId', message: expect.stringContaining('a second time') }]);
  });

  it('answers 400 for unknown body fields and wrong enum values', async () => {
    const handler = demoHandler();
    const response = await handler(requestAs(manager, '/feedback', { json: { messageId: 'm1', rating: 'meh', extra: true } }));
    expect(response.status).toBe(400);
    const issues = (await errorOf(response)).issues ?? [];
    expect(issues.map((issue) => issue.path)).toContain('rating');
    expect(issues.some((issue) => issue.message.includes('extra'))).toBe(true);
  });

  it('answers 400 invalid_json for a body that is not JSON', async () => {
    const handler = demoHandler();
    const request = new Request(`${BASE}/feedback`, { method: 'POST', headers: { authorization: `Bearer ${manager.userId}`, 'content-type': 'application/json' }, body: '{"rating": "up",' });
    const response = await handler(request);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid_json');
  });

  it('answers 415 for a body that is not JSON by its content type', async () => {
    const handler = demoHandler();
    const request = new Request(`${BASE}/feedback`, { method: 'POST', headers: { authorization: `Bearer ${manager.userId}`, 'content-type': 'text/plain' }, body: 'thumbs up' });
    expect((await handler(request)).status).toBe(415);
  });

  it('answers 413 for a body over the limit, declared or streamed without a length', async () => {
    const handler = demoHandler({ limits: { maxBodyBytes: 1000, requestsPerMinute: 1000 } });
    const big = JSON.stringify({ messageId: 'm1', rating: 'up', comment: 'x'.repeat(5000) });
    const declared = await handler(requestAs(manager, '/feedback', { json: JSON.parse(big) }));
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).code).toBe('payload_too_large');
    const chunks = [new TextEncoder().encode(big.slice(0, 600)), new TextEncoder().encode(big.slice(600))];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await handler(new Request(`${BASE}/feedback`, { method: 'POST', headers: { authorization: `Bearer ${manager.userId}`, 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit));
    expect(streamed.status).toBe(413);
  });

  it('answers 404 for an unknown route or intent, 405 for a wrong method, 401 without a viewer', async () => {
    const handler = demoHandler();
    expect((await handler(requestAs(manager, '/nope'))).status).toBe(404);
    expect((await handler(requestAs(manager, '/answers/weather.today', { json: {} }))).status).toBe(404);
    const wrongMethod = await handler(requestAs(manager, '/dashboard', { method: 'DELETE' }));
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect((await handler(requestAs(null, '/tickets'))).status).toBe(401);
    expect((await handler(new Request(`${BASE}/tickets`, { headers: { authorization: 'Bearer someone-else' } }))).status).toBe(401);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a viewer exceeds the limit, without affecting other viewers', async () => {
    const handler = demoHandler({ limits: { requestsPerMinute: 3 } });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await handler(requestAs(manager, '/intents'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await handler(requestAs(manager, '/intents'));
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(limited)).code).toBe('rate_limited');
    expect((await handler(requestAs(VIEWERS.agent, '/intents'))).status).toBe(200);
  });

  it('uses a host-provided limiter (e.g. one over Redis)', async () => {
    const take = vi.fn(async () => ({ allowed: false, retryAfterSeconds: 42 }));
    const handler = demoHandler({ limits: { rateLimiter: { take } } });
    const response = await handler(requestAs(manager, '/intents'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(take).toHaveBeenCalledWith(manager.userId, expect.any(Number));
  });
});

describe('faults', () => {
  function recordingLogger() {
    const errors: { message: string; details?: Record<string, unknown> }[] = [];
    const logger: Logger = { info() {}, warn() {}, error: (message, details) => void errors.push({ message, ...(details ? { details } : {}) }) };
    return { logger, errors };
  }

  it('answers 500 with a request id and no stack when the source fails', async () => {
    const { logger, errors } = recordingLogger();
    const failing: DataSource = { ...createMemoryDataSource(dataset), revision: async () => Promise.reject(new Error('ECONNREFUSED 10.0.0.3:5432 password=hunter2')) };
    const handler = demoHandler({ data: failing, logger });
    const response = await handler(requestAs(manager, '/dashboard'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/hunter2|ECONNREFUSED|at .*\.ts/);
    const requestId = (JSON.parse(text) as { error: { requestId: string } }).error.requestId;
    expect(errors.some((entry) => entry.details?.requestId === requestId)).toBe(true);
  });

  it('answers 502 for a row that breaks the contracts, and logs which row and field', async () => {
    const { logger, errors } = recordingLogger();
    const source = createMemoryDataSource(dataset);
    const broken = { ...dataset.tickets[3]!, priority: 'super-urgent' };
    const corrupt: DataSource = {
      ...source,
      listTickets: async (page) => {
        const result = await source.listTickets(page);
        return { ...result, rows: result.rows.map((row) => (row.id === broken.id ? (broken as never) : row)) };
      },
    };
    const handler = demoHandler({ data: corrupt, logger });
    const response = await handler(requestAs(manager, '/dashboard'));
    expect(response.status).toBe(502);
    const error = await errorOf(response);
    expect(error.code).toBe('bad_source_data');
    expect(JSON.stringify(error)).not.toContain(broken.id);
    expect(errors.find((entry) => entry.details?.rowId === broken.id)?.details?.issues).toEqual([expect.objectContaining({ path: 'priority' })]);
  });

  it('treats an invalid viewer from authenticate() or a throwing authenticate() as a 500, not a 400', async () => {
    const invalid = demoHandler({ authenticate: () => ({ userId: 'u1', persona: 'agent' }) as never });
    expect((await invalid(requestAs(manager, '/intents'))).status).toBe(500);
    const throwing = demoHandler({
      authenticate: () => {
        throw new Error('session store down');
      },
    });
    const response = await throwing(requestAs(manager, '/intents'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('session store');
  });

  it('keeps serving after a failed load: the next request loads again', async () => {
    const source = createMemoryDataSource(dataset);
    let failures = 1;
    const flaky: DataSource = { ...source, listTickets: async (page) => (failures-- > 0 ? Promise.reject(new Error('timeout')) : source.listTickets(page)) };
    const handler = demoHandler({ data: flaky });
    expect((await handler(requestAs(manager, '/tickets'))).status).toBe(500);
    expect((await handler(requestAs(manager, '/tickets'))).status).toBe(200);
  });
});
