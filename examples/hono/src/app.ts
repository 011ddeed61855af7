import type { Viewer } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { createMemoryDataSource, createSupportAIHandler } from '@supportai/server';
import { Hono } from 'hono';

/** The host's own session lookup; here a fixed table of demo users by bearer token. */
function sessionViewer(token: string | undefined, viewers: Record<string, Viewer>): Viewer | null {
  return token ? (viewers[token] ?? null) : null;
}

/**
 * A Hono app with its own routes and SupportAI mounted under /api/supportai: Hono hands the handler the
 * standard Request (`c.req.raw`) and returns its Response as is, so no adapter is needed.
 */
export function createApp() {
  const dataset = generateDemoDataset({ seed: 1, size: 'small' });
  const viewers: Record<string, Viewer> = {
    'token-ceo': { userId: 'ceo', persona: 'executive' },
    'token-manager': { userId: 'manager-1', persona: 'manager', teamId: dataset.teams[0]!.id },
  };
  const supportAI = createSupportAIHandler({
    data: createMemoryDataSource(dataset),
    authenticate: (request) => sessionViewer(request.headers.get('authorization')?.replace(/^Bearer\s+/i, ''), viewers),
    basePath: '/api/supportai',
    now: () => new Date(dataset.now),
  });

  const app = new Hono();
  app.get('/', (context) => context.text('The host app; SupportAI lives under /api/supportai'));
  app.all('/api/supportai', (context) => supportAI(context.req.raw));
  app.all('/api/supportai/*', (context) => supportAI(context.req.raw));
  return app;
}
