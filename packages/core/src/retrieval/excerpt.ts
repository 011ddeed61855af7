import { positionedTerms } from './terms.js';

/** A window of plain text around the first match, with every match inside it located. */
export interface Excerpt {
  text: string;
  /** Offsets of the window in the full plain text. */
  start: number;
  end: number;
  /** Whether text was cut before `start` / after `end`, so a view can add an ellipsis. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
  /** Matched words, as offsets into `text`. */
  highlights: { start: number; end: number; term: string }[];
}

/**
 * The excerpt of `text` around the first word whose index term is in `terms`: about
 * `radiusCharacters` on each side, cut at spaces and never past the line holding the match; the
 * opening of the text when nothing matches.
 */
export function excerptAround(text: string, terms: ReadonlySet<string>, radiusCharacters: number): Excerpt {
  const positioned = positionedTerms(text);
  const first = positioned.find((word) => terms.has(word.term));
  const anchorStart = first?.start ?? 0;
  const anchorEnd = first?.end ?? 0;
  // Stay within the line (one block of plain text) that holds the match.
  const lineStart = text.lastIndexOf('\n', anchorStart - 1) + 1;
  const lineBreak = text.indexOf('\n', anchorEnd);
  const lineEnd = lineBreak === -1 ? text.length : lineBreak;
  let start = first ? Math.max(lineStart, anchorStart - radiusCharacters) : 0;
  let end = Math.min(lineEnd, anchorEnd + radiusCharacters + (first ? 0 : radiusCharacters));
  // Never start or end inside a word: move outward to the nearest space within a few characters, else inward.
  if (start > lineStart) start = snapStart(text, start, anchorStart);
  if (end < lineEnd) end = snapEnd(text, end, anchorEnd);
  const highlights = positioned
    .filter((word) => terms.has(word.term) && word.start >= start && word.end <= end)
    .map((word) => ({ start: word.start - start, end: word.end - start, term: word.term }));
  // Line breaks become spaces one for one, so the highlight offsets stay valid.
  return {
    text: text.slice(start, end).replace(/\s/g, ' '),
    start,
    end,
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
    highlights,
  };
}

function snapStart(text: string, start: number, limit: number): number {
  let snapped = start;
  if (!/\s/.test(text[snapped - 1]!)) {
    const space = text.slice(snapped, limit).search(/\s/);
    snapped = space === -1 ? limit : snapped + space;
  }
  while (snapped < limit && /\s/.test(text[snapped]!)) snapped += 1;
  return snapped;
}

function snapEnd(text: string, end: number, limit: number): number {
  let snapped = end;
  if (!/\s/.test(text[snapped]!)) {
    const space = text.slice(limit, snapped).search(/\s\S*$/);
    snapped = space === -1 ? limit : limit + space;
  }
  while (snapped > limit && /\s/.test(text[snapped - 1]!)) snapped -= 1;
  return snapped;
}
