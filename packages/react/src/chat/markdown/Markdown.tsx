import { useMemo } from 'react';
import { renderMarkdown } from './render-markdown.js';

/** An answer's text as sanitised markdown (see `renderMarkdown`). */
export function Markdown({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className="sai-markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
