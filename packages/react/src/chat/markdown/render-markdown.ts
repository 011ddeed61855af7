import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

/** What an answer's markdown may become: text structure and links, nothing that runs or loads. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
/** http(s), mail and same-page or same-site links only: no `javascript:`, `data:` or `vbscript:`. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/))/i;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Raw HTML in an answer is shown as the text it is, never parsed: the model or a ticket may contain it.
const markdown = new Marked({ gfm: true, breaks: true, async: false, renderer: { html: ({ text }) => escapeHtml(text) } });

let purifier: Purifier | undefined;

/** A DOMPurify of our own (its hooks must not touch the host's), made on first use in a browser. */
function purifierOf(): Purifier | undefined {
  if (purifier) return purifier;
  if (typeof window === 'undefined') return undefined;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (href !== null && !SAFE_URL.test(href.trim())) node.removeAttribute('href');
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  });
  return (purifier = instance);
}

/**
 * Markdown to HTML that is safe to insert: parsed by marked with raw HTML escaped, then sanitised by
 * DOMPurify to an allow-list of tags and `href`/`title` attributes. Without a DOM (server rendering) the
 * text comes back escaped, with no markup at all.
 */
export function renderMarkdown(text: string): string {
  const sanitizer = purifierOf();
  if (!sanitizer) return escapeHtml(text);
  const html = markdown.parse(text) as string;
  return sanitizer.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'], ALLOWED_URI_REGEXP: SAFE_URL });
}
