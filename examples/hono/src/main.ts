import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8788);
serve({ fetch: createApp().fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(`Hono host app with SupportAI: http://127.0.0.1:${port}/api/supportai`);
});
