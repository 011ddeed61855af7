/** Plain text of one line of Markdown: links, images, emphasis, code marks, HTML tags and entities removed. */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The readable text of inline Markdown; link and image targets are dropped, their labels kept. */
export function inlineMarkdownToText(markdown: string): string {
  return (
    markdown
      // Protect escaped characters from the rules below, restore them at the end.
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_match, character: string) => `\u0000${character.charCodeAt(0)}\u0000`)
      .replace(/`+([^`]*?)`+/g, '$1')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
      // Underscores inside words (`snake_case`) are not emphasis.
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/~~(?=\S)([^]*?\S)~~/g, '$1')
      .replace(/&(#39|[a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
      .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
      .replace(/\u0000(\d+)\u0000/g, (_match, code: string) => String.fromCharCode(Number(code)))
      .replace(/\s+/g, ' ')
      .trim()
  );
}
