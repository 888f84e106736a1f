import type { BlocksContent } from '@strapi/blocks-react-renderer';

type RootNode = BlocksContent[number];
type ListNode = Extract<RootNode, { type: 'list' }>;
type InlineNode = Extract<RootNode, { type: 'paragraph' }>['children'][number];
type TextNode = Extract<InlineNode, { type: 'text' }>;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

function text(node: TextNode): string {
  let html = escapeHtml(node.text);
  if (node.code) html = `<code>${html}</code>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

const inline = (nodes: readonly InlineNode[]): string =>
  nodes
    .map((node) =>
      node.type === 'text'
        ? text(node)
        : `<a href="${escapeHtml(node.url)}">${node.children.map(text).join('')}</a>`,
    )
    .join('');

function list(node: ListNode): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const items = node.children.map(
    (child) => `<li>${child.type === 'list' ? list(child) : inline(child.children)}</li>`,
  );
  return `<${tag}>${items.join('')}</${tag}>`;
}

function block(node: RootNode, absolute: (path: string) => string): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inline(node.children)}</p>`;
    case 'heading':
      return `<h${node.level}>${inline(node.children)}</h${node.level}>`;
    case 'quote':
      return `<blockquote><p>${inline(node.children)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.children.map((child) => (child.type === 'text' ? child.text : '')).join(''))}</code></pre>`;
    case 'list':
      return list(node);
    case 'image': {
      const caption = node.image.caption ? `<figcaption>${escapeHtml(node.image.caption)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(absolute(node.image.url))}" alt="${escapeHtml(node.image.alternativeText ?? '')}">${caption}</figure>`;
    }
  }
}

/**
 * A post body as an HTML string, for feed readers (which get `content:encoded`). The blocks are
 * already made safe by toBlocks; every value is escaped here, and site paths become absolute.
 */
export function blocksToHtml(blocks: BlocksContent, siteUrl: string): string {
  const absolute = (path: string) => (path.startsWith('/') ? `${siteUrl}${path}` : path);
  return blocks.map((node) => block(node, absolute)).join('\n');
}
