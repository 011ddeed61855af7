import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import meta, * as stories from '../src/SupportAIProvider/SupportAIProvider.stories.js';

// Each story rendered as Storybook would: the default args, then the story's own, with no toolbar globals
// (the stories' play functions run in Chromium in the `storybook` project; this checks the server render).
const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, { args: Record<string, unknown> }][];

describe('SupportAIProvider stories', () => {
  it.each(named)('%s shows the endpoint and persona its args set', (_name, story) => {
    const args = { ...meta.args, ...story.args } as typeof meta.args;
    const context = { globals: {} } as Parameters<typeof meta.render>[1];
    const html = renderToStaticMarkup(meta.render(args, context));
    expect(html).toContain(`<dd>${args.endpoint}</dd>`);
    expect(html).toContain(`<dd>${args.persona}</dd>`);
  });
});
