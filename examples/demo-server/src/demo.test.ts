import { answerIntent, routeQuery, type Persona } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { describe, expect, it } from 'vitest';
import { demoViewers } from './demo-viewers.js';
import { modelFromEnvironment } from './model-from-env.js';

const dataset = generateDemoDataset({ seed: 1, size: 'small' });
const viewers = demoViewers(dataset);

describe('the demo viewers', () => {
  it.each(Object.keys(viewers) as Persona[])('the %s question the route list suggests is answered with data', (persona) => {
    const { viewer, tryThis } = viewers[persona];
    const route = routeQuery(tryThis, { persona, now: dataset.now });
    expect(route.intent).not.toBeNull();
    const answer = answerIntent(route.intent!, { data: dataset, viewer, params: route.params, now: new Date(dataset.now) });
    expect(answer.data).toBeTruthy();
  });

  it('gives each persona its own token', () => {
    const tokens = Object.values(viewers).map((demo) => demo.token);
    expect(new Set(tokens).size).toBe(4);
  });
});

describe('modelFromEnvironment', () => {
  it('is offline without a key, and picks the provider the environment names', () => {
    expect(modelFromEnvironment({}).model).toBeUndefined();
    expect(modelFromEnvironment({ OPENAI_API_KEY: 'sk-test' }).description).toBe('OpenAI gpt-4o-mini');
    expect(modelFromEnvironment({ ANTHROPIC_API_KEY: 'test', SUPPORTAI_MODEL: 'claude-x' }).description).toBe('Anthropic claude-x');
    const local = modelFromEnvironment({ SUPPORTAI_OPENAI_COMPATIBLE_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_API_KEY: 'sk-test' });
    expect(local.description).toBe('llama3.1 at http://127.0.0.1:11434/v1');
    expect(local.model).toBeDefined();
  });
});
