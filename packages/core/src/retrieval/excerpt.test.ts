import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt.js';

describe('excerptAround', () => {
  const text = 'Open the admin console first. Then go to Security and choose Reset password for the user. The link expires in one hour.';

  it('cuts a window around the first match at word boundaries and locates every match in it', () => {
    const excerpt = excerptAround(text, new Set(['password', 'link']), 20);
    // "password" sits at 67–75; 20 characters each side is 47–95: 47 is inside "Security", so the
    // start moves on to "and"; 95 is inside "link", so the end moves back to after "The".
    expect(excerpt.text).toBe('and choose Reset password for the user. The');
    expect(excerpt.start).toBe(text.indexOf('and choose'));
    expect(excerpt.truncatedStart).toBe(true);
    expect(excerpt.truncatedEnd).toBe(true);
    expect(excerpt.highlights).toEqual([{ start: 17, end: 25, term: 'password' }]);
    expect(excerpt.text.slice(17, 25)).toBe('password');
  });

  it('matches by index term, so other forms of a word are found', () => {
    const excerpt = excerptAround(text, new Set(['expir']), 200);
    expect(excerpt.text).toBe(text);
    expect(excerpt.truncatedStart || excerpt.truncatedEnd).toBe(false);
    expect(excerpt.highlights.map((highlight) => excerpt.text.slice(highlight.start, highlight.end))).toEqual(['expires']);
  });

  it('falls back to the opening of the text when nothing matches', () => {
    // No match: the first 2 × 15 = 30 characters, cut back to the last whole word.
    const excerpt = excerptAround(text, new Set(['invoic']), 15);
    expect(excerpt.text).toBe('Open the admin console first.');
    expect(excerpt.start).toBe(0);
    expect(excerpt.highlights).toEqual([]);
  });

  it('stays within the line (block) that holds the match', () => {
    const excerpt = excerptAround('First line\nsecond line with token\nthird line', new Set(['token']), 100);
    expect(excerpt).toMatchObject({ text: 'second line with token', start: 11, end: 33, truncatedStart: true, truncatedEnd: true });
    expect(excerpt.text.slice(excerpt.highlights[0]!.start, excerpt.highlights[0]!.end)).toBe('token');
  });

  it('handles empty text', () => {
    expect(excerptAround('', new Set(['x']), 10)).toEqual({ text: '', start: 0, end: 0, truncatedStart: false, truncatedEnd: false, highlights: [] });
  });
});
