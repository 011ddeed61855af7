// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from '../src/chat/markdown/Markdown.js';

afterEach(cleanup);

describe('answer markdown', () => {
  it('renders structure: emphasis, lists, code and safe links with rel="noopener noreferrer"', () => {
    const { container } = render(<Markdown text={'**3 tickets** at risk:\n\n- DESK-1\n- `DESK-2`\n\n[SLA policy](https://example.com/sla)'} />);
    expect(container.querySelector('strong')?.textContent).toBe('3 tickets');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/sla');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    ['an image with onerror', '<img src=x onerror="window.__pwned=1">'],
    ['a script tag', '<script>window.__pwned=1</script>'],
    ['an inline handler', '<a href="#" onclick="window.__pwned=1">click</a>'],
    ['an svg', '<svg onload="window.__pwned=1"></svg>'],
  ])('shows %s as inert text, never as markup', (_name, payload) => {
    const { container } = render(<Markdown text={`Customer wrote: ${payload}`} />);
    expect(container.querySelector('img, script, svg, [onclick], [onerror], [onload]')).toBeNull();
    expect(container.textContent).toContain(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', '//evil.example/x'])('drops a link to %s', (url) => {
    const { container } = render(<Markdown text={`[open](${url})`} />);
    const link = container.querySelector('a');
    expect(link?.getAttribute('href') ?? null).toBeNull();
  });

});
