import { describe, expect, it } from 'vitest';
import { markdownBlocks, markdownHeadings, markdownToText } from './markdown-blocks.js';
import { inlineMarkdownToText } from './markdown-inline.js';

describe('inlineMarkdownToText', () => {
  it('keeps link and image labels and drops their targets', () => {
    expect(inlineMarkdownToText('See [the guide](https://x.example/a) and ![diagram](d.png).')).toBe('See the guide and diagram.');
    expect(inlineMarkdownToText('Read [docs][1] or <https://x.example>')).toBe('Read docs or https://x.example');
  });

  it('removes emphasis, code marks, strikethrough, HTML tags and entities', () => {
    expect(inlineMarkdownToText('**Bold**, *italic*, _also_, `code`, ~~old~~ <b>tag</b> &amp; &lt;x&gt;')).toBe('Bold, italic, also, code, old tag & <x>');
  });

  it('leaves underscores inside words and escaped characters alone', () => {
    expect(inlineMarkdownToText('set max_retry_count to 3 \\*not emphasis\\*')).toBe('set max_retry_count to 3 *not emphasis*');
  });
});

describe('markdownBlocks', () => {
  const article = [
    '# Reset your password',
    '',
    'If you **forgot** your password, reset it.',
    'It takes a minute.',
    '',
    '## Steps',
    '1. Open [Sign in](https://x.example).',
    '2. Click *Forgot password*',
    '   and enter your email.',
    '3. Follow the link.',
    '',
    '- A tip',
    '',
    '```',
    'curl -X POST /reset',
    '```',
    '> Note: links expire.',
    '',
    'Setext heading',
    '---',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
  ].join('\n');

  it('reads headings, paragraphs, ordered and unordered lists, code, quotes and tables', () => {
    expect(markdownBlocks(article)).toEqual([
      { kind: 'heading', level: 1, text: 'Reset your password' },
      { kind: 'paragraph', text: 'If you forgot your password, reset it. It takes a minute.' },
      { kind: 'heading', level: 2, text: 'Steps' },
      { kind: 'list', ordered: true, items: ['Open Sign in.', 'Click Forgot password and enter your email.', 'Follow the link.'] },
      { kind: 'list', ordered: false, items: ['A tip'] },
      { kind: 'code', text: 'curl -X POST /reset' },
      { kind: 'paragraph', text: 'Note: links expire.' },
      { kind: 'heading', level: 2, text: 'Setext heading' },
      { kind: 'paragraph', text: 'a b' },
      { kind: 'paragraph', text: '1 2' },
    ]);
  });

  it('gives headings and plain text', () => {
    expect(markdownHeadings(article)).toEqual(['Reset your password', 'Steps', 'Setext heading']);
    expect(markdownToText('## Title\n\nSome *text*.\n\n- one\n- two')).toBe('Title\nSome text.\none\ntwo');
  });

  it('handles empty input and an unclosed code fence', () => {
    expect(markdownBlocks('')).toEqual([]);
    expect(markdownBlocks('```\nnever closed')).toEqual([{ kind: 'code', text: 'never closed' }]);
  });

  it('ends a list at a paragraph after a blank line, and a rule splits blocks', () => {
    expect(markdownBlocks('- one\n\nAfter the list.\n\n***\nNext')).toEqual([
      { kind: 'list', ordered: false, items: ['one'] },
      { kind: 'paragraph', text: 'After the list.' },
      { kind: 'paragraph', text: 'Next' },
    ]);
  });
});
