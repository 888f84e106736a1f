import type { XmlElement, XmlNode } from './xml-events';

/** A namespace URI, or a pattern for a family of them (WXR 1.0, 1.1 and 1.2). */
type Namespace = string | RegExp;

function inNamespace(element: XmlElement, ns: Namespace): boolean {
  return typeof ns === 'string' ? element.uri === ns : ns.test(element.uri);
}

export function childElements(element: XmlElement | undefined, ns?: Namespace, name?: string): XmlElement[] {
  if (!element) return [];
  return element.nodes.filter(
    (node): node is XmlElement =>
      typeof node !== 'string' &&
      (ns === undefined || inNamespace(node, ns)) &&
      (!name || node.name === name),
  );
}

export function childElement(
  element: XmlElement | undefined,
  ns: Namespace,
  name: string,
): XmlElement | undefined {
  return childElements(element, ns, name)[0];
}

/** The element's own text, CDATA included; not that of its children. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.nodes.filter((node): node is string => typeof node === 'string').join('');
}

export function childText(element: XmlElement | undefined, ns: Namespace, name: string): string {
  return textOf(childElement(element, ns, name));
}

export function is(element: XmlElement, ns: Namespace, name: string): boolean {
  return element.name === name && inNamespace(element, ns);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Written as </br> these would read as a second <br> in HTML. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** Markup written back out, for Atom's type="xhtml" content, which is elements rather than text. */
export function serialize(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      const attrs = Object.entries(node.attrs)
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      if (VOID.has(node.name)) return `<${node.name}${attrs}>`;
      return `<${node.name}${attrs}>${serialize(node.nodes)}</${node.name}>`;
    })
    .join('');
}

export { escapeAttribute, escapeText };
