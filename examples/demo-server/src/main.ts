import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { generateDemoDataset } from '@supportai/core/demo';
import { consoleLogger, createSupportAIHandler } from '@supportai/server';
import { toNodeHandler } from '@supportai/server/node';
import { createSqlChatStore, createSqlDataSource } from '@supportai/server/sql';
import { openDemoDatabase } from './demo-database.js';
import { demoViewers } from './demo-viewers.js';
import { modelFromEnvironment } from './model-from-env.js';

const BASE_PATH = '/api/supportai';
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
const databasePath = process.env.SUPPORTAI_DATABASE ?? fileURLToPath(new URL('../.data/demo.sqlite', import.meta.url));

const dataset = generateDemoDataset({ seed: 1, size: 'small' });
const { db, seeded } = await openDemoDatabase(databasePath, dataset);
const viewers = demoViewers(dataset);
const byToken = new Map(Object.values(viewers).map((demo) => [demo.token, demo.viewer]));
const { model, description } = modelFromEnvironment(process.env);
const url = `http://${host}:${port}${BASE_PATH}`;

const handler = createSupportAIHandler({
  data: createSqlDataSource({ db, name: `sqlite:${databasePath}` }),
  chatStore: createSqlChatStore({ db }),
  authenticate: (request) => byToken.get(request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '') ?? null,
  model,
  basePath: BASE_PATH,
  // The demo data describes one moment; answers are computed as of that moment so they stay reproducible.
  now: () => new Date(dataset.now),
  logger: { ...consoleLogger, info: () => {} },
  about: () => ({
    demo: {
      asOf: dataset.now,
      assistant: description,
      authenticate: 'Send Authorization: Bearer <token> with one of these tokens.',
      viewers: Object.fromEntries(Object.entries(viewers).map(([persona, demo]) => [persona, { token: demo.token, who: demo.who, viewer: demo.viewer, tryThis: demo.tryThis }])),
      examples: [
        `curl -H 'Authorization: Bearer demo-manager' ${url}/dashboard`,
        `curl -H 'Authorization: Bearer demo-csm' -H 'content-type: application/json' -d '{"question":"Show upcoming renewals in next 90 days"}' ${url}/ask`,
        `curl -H 'Authorization: Bearer demo-agent' ${url}/intents`,
      ],
    },
  }),
});

const server = createServer(toNodeHandler(handler));
server.listen(port, host, () => {
  console.log(`SupportAI demo server: ${url}`);
  console.log(`  data: ${databasePath}${seeded ? ' (created and seeded from the demo dataset)' : ''}`);
  console.log(`  assistant: ${description}`);
  console.log(`  try: curl ${url}   (routes, demo viewers and their tokens)`);
  console.log(`       curl -H 'Authorization: Bearer demo-executive' ${url}/dashboard`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void db.destroy().finally(() => process.exit(0));
  });
}
