import { cleanHtml, cleanText, htmlToText, personName } from './clean-text';
import { ATOM } from './namespaces';
import { childElement, childElements, childText, escapeText, serialize, textOf } from './xml-element';
import type { XmlElement } from './xml-events';

/** Atom text constructs come as text, escaped HTML or inline XHTML; the result is always HTML. */
export function atomHtml(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.attrs['type'] ?? 'text';
  if (type === 'xhtml') {
    const wrapper = childElements(element).find((child) => child.name === 'div');
    return cleanHtml(serialize(wrapper?.nodes ?? element.nodes));
  }
  if (type === 'html' || type === 'text/html') return cleanHtml(textOf(element));
  const text = cleanText(textOf(element));
  if (!text) return '';
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeText(paragraph.trim())}</p>`)
    .join('');
}

/** The body: content, or the summary when a feed leaves the content out. */
export function atomBody(entry: XmlElement): string {
  return atomHtml(childElement(entry, ATOM, 'content')) || atomHtml(childElement(entry, ATOM, 'summary'));
}

export function atomTitle(entry: XmlElement): string {
  const title = childElement(entry, ATOM, 'title');
  return title?.attrs['type'] === 'xhtml' ? htmlToText(atomHtml(title)) : htmlToText(textOf(title));
}

/** A link to the web page itself: rel="alternate", which is also what a missing rel means. */
export function isPageLink(link: XmlElement): boolean {
  const rel = link.attrs['rel'] ?? 'alternate';
  const type = link.attrs['type'] ?? 'text/html';
  return rel === 'alternate' && type.includes('html') && Boolean(cleanText(link.attrs['href']));
}

export function atomLink(entry: XmlElement): string | undefined {
  const link = childElements(entry, ATOM, 'link').find(isPageLink);
  return link ? cleanText(link.attrs['href']) : undefined;
}

/** The author's name; the e-mail address next to it is left where it is. */
export function atomAuthor(entry: XmlElement): { name: string; uri: string } | undefined {
  return authorOf(childElement(entry, ATOM, 'author'));
}

export function authorOf(author: XmlElement | undefined): { name: string; uri: string } | undefined {
  const name = personName(childText(author, ATOM, 'name'));
  return author && name ? { name, uri: cleanText(childText(author, ATOM, 'uri')) } : undefined;
}
