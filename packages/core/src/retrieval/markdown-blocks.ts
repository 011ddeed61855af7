import { inlineMarkdownToText } from './markdown-inline.js';

/** One block of a Markdown document, as plain text. */
export type MarkdownBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'code'; text: string };

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/;

/**
 * Splits Markdown into headings, paragraphs, lists and code blocks, each as plain text. A small
 * line-based reader, enough for knowledge-base articles; raw HTML is reduced to its text.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let code: { fence: string; lines: string[] } | null = null;

  const flushParagraph = (): void => {
    const text = inlineMarkdownToText(paragraph.join(' '));
    if (text !== '') blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  const flushList = (): void => {
    const items = list?.items.map(inlineMarkdownToText).filter((item) => item !== '') ?? [];
    if (list && items.length > 0) blocks.push({ kind: 'list', ordered: list.ordered, items });
    list = null;
  };

  let afterBlank = false;
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (code) {
      if (rawLine.trim().startsWith(code.fence)) {
        blocks.push({ kind: 'code', text: code.lines.join('\n') });
        code = null;
      } else code.lines.push(rawLine);
      continue;
    }
    // Block quotes read as their text; table rows as their cells.
    const line = rawLine.replace(/^\s{0,3}>\s?/, '').replace(/^\s*\|(.*)\|\s*$/, '$1').replace(/\s\|\s/g, ' ');
    const blank = line.trim() === '';
    const fence = FENCE.exec(line);
    const heading = ATX_HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    const indented = /^\s{2,}\S/.test(line);
    if (fence) {
      flushParagraph();
      flushList();
      code = { fence: fence[1]!.slice(0, 3), lines: [] };
    } else if (blank || REFERENCE_DEFINITION.test(line) || (rawLine.includes('|') && TABLE_SEPARATOR.test(rawLine))) {
      flushParagraph();
    } else if (paragraph.length === 1 && SETEXT_UNDERLINE.test(line)) {
      const text = inlineMarkdownToText(paragraph[0]!);
      paragraph = [];
      if (text !== '') blocks.push({ kind: 'heading', level: line.includes('=') ? 1 : 2, text });
    } else if (RULE.test(line) || heading) {
      flushParagraph();
      flushList();
      const text = heading ? inlineMarkdownToText(heading[2] ?? '') : '';
      if (heading && text !== '') blocks.push({ kind: 'heading', level: heading[1]!.length, text });
    } else if (item) {
      flushParagraph();
      const ordered = /\d/.test(item[1]!);
      // A list of the other kind starts a new list, unless it is nested under the current one.
      if (list && list.ordered !== ordered && !indented) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[2]!);
    } else if (list && (indented || !afterBlank)) {
      // An indented line continues the last item, and so does an unindented one straight after it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
    afterBlank = blank;
  }
  if (code) blocks.push({ kind: 'code', text: code.lines.join('\n') });
  flushParagraph();
  flushList();
  return blocks;
}

/** Plain text of a Markdown document: one line per heading, paragraph and list item; code kept as is. */
export function markdownToText(markdown: string): string {
  return markdownBlocks(markdown)
    .flatMap((block) => (block.kind === 'list' ? block.items : [block.text]))
    .join('\n');
}

/** The headings of a Markdown document, in order. */
export function markdownHeadings(markdown: string): string[] {
  return markdownBlocks(markdown).flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
}
