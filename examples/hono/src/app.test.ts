import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';

describe('the Hono example', () => {
  const app = createApp();

  it('serves the host route and SupportAI side by side', async () => {
    expect(await (await app.request('/')).text()).toContain('host app');
    const routes = (await (await app.request('/api/supportai')).json()) as { routes: unknown[] };
    expect(routes.routes.length).toBeGreaterThan(10);
  });

  it('passes the host session through to SupportAI scope', async () => {
    expect((await app.request('/api/supportai/dashboard')).status).toBe(401);
    const response = await app.request('/api/supportai/dashboard', { headers: { authorization: 'Bearer token-manager' } });
    expect(((await response.json()) as { persona: string }).persona).toBe('manager');
  });
});
