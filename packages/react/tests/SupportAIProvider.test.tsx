import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SupportAIProvider, useSupportAI } from '../src/index.js';

function SettingsProbe() {
  const { endpoint, persona } = useSupportAI();
  return (
    <dl>
      <dt>endpoint</dt>
      <dd data-testid="endpoint">{endpoint}</dd>
      <dt>persona</dt>
      <dd data-testid="persona">{persona}</dd>
    </dl>
  );
}

describe('SupportAIProvider', () => {
  it('gives consumers the endpoint and persona', () => {
    const html = renderToStaticMarkup(
      <SupportAIProvider endpoint="/api/supportai" persona="manager">
        <SettingsProbe />
      </SupportAIProvider>,
    );

    expect(html).toContain('<dd data-testid="endpoint">/api/supportai</dd>');
    expect(html).toContain('<dd data-testid="persona">manager</dd>');
  });

  it('lets the nearest provider win', () => {
    const html = renderToStaticMarkup(
      <SupportAIProvider endpoint="/outer" persona="executive">
        <SupportAIProvider endpoint="/inner" persona="csm">
          <SettingsProbe />
        </SupportAIProvider>
      </SupportAIProvider>,
    );

    expect(html).toContain('<dd data-testid="endpoint">/inner</dd>');
    expect(html).toContain('<dd data-testid="persona">csm</dd>');
  });
});

describe('useSupportAI', () => {
  it('throws a clear error outside the provider', () => {
    expect(() => renderToStaticMarkup(<SettingsProbe />)).toThrow(
      'useSupportAI must be used inside <SupportAIProvider>.',
    );
  });
});
