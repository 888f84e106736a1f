import { Fragment, isValidElement, type ReactNode } from 'react';

/** Elements that never have content or a closing tag. */
const VOID = new Set(['br', 'img', 'hr', 'wbr', 'source']);
/** Props whose HTML attribute has another name; React writes the others as they are spelt. */
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

function attributes(props: Record<string, unknown>): string {
  return Object.entries(props)
    .filter(([name, value]) => name !== 'children' && name !== 'key' && value != null && value !== false)
    .map(([name, value]) => {
      const html = ATTRIBUTE_NAMES[name] ?? name;
      return value === true ? ` ${html}=""` : ` ${html}="${escapeHtml(String(value))}"`;
    })
    .join('');
}

/**
 * A tree of plain components (functions of their props, no hooks) and HTML elements as static
 * HTML, every text and attribute escaped. Route handlers run as React Server Components, where
 * react-dom/server refuses to run; the feeds use this to render the blocks with the same
 * components as the article page. A test holds its output to react-dom's.
 */
export function staticMarkup(node: ReactNode): string {
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    return escapeHtml(String(node));
  }
  if (Array.isArray(node)) return node.map(staticMarkup).join('');
  if (!isValidElement<Record<string, unknown>>(node)) {
    throw new TypeError('staticMarkup: alleen elementen, tekst en lijsten daarvan');
  }
  const { type, props } = node;
  const children = props.children as ReactNode;
  if (type === Fragment) return staticMarkup(children);
  if (typeof type === 'function') return staticMarkup((type as (props: object) => ReactNode)(props));
  if (typeof type !== 'string') throw new TypeError('staticMarkup: onbekend soort element');
  if (VOID.has(type)) return `<${type}${attributes(props)}/>`;
  return `<${type}${attributes(props)}>${staticMarkup(children)}</${type}>`;
}
