import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportError } from '../source';
import { entityDeclarations, malformedXml, truncated, unknownFormat } from './problems';
import { readText } from './read-text';

/** One element and everything in it, in document order: text pieces and child elements. */
export type XmlElement = { uri: string; name: string; attrs: Record<string, string>; nodes: XmlNode[] };
export type XmlNode = string | XmlElement;

/** The document's root element and the namespaces it declares. */
export type XmlRoot = { uri: string; name: string; namespaces: string[] };

type XmlParser = SaxesParser<{ xmlns: true; position: true }>;

/**
 * saxes never expands entities a DTD defines: billion-laughs and external entities cannot do harm,
 * but their references would fail later with a vague "undefined entity". Refusing the declaration
 * itself tells the editor what is going on.
 */
export function createXmlParser(): XmlParser {
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    // Feeds now and then use a prefix they never declare; reading on beats refusing the file.
    // saxes asks here for the empty prefix too: no default namespace is no namespace.
    resolvePrefix: (prefix: string) => (prefix === '' ? '' : `urn:x-undeclared:${prefix}`),
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw entityDeclarations();
  });
  return parser;
}

export function writeXml(parser: XmlParser, text: string): void {
  try {
    parser.write(text);
  } catch (error) {
    throw asImportError(error, parser, false);
  }
}

function asImportError(error: unknown, parser: XmlParser, atEnd: boolean): ImportError {
  if (error instanceof ImportError) return error;
  if (atEnd) return truncated(parser.line, error);
  const detail = error instanceof Error ? error.message.replace(/^\d+:\d+: /, '') : String(error);
  return malformedXml(parser.line, parser.column, detail, error);
}

function toElement(tag: SaxesTagNS): XmlElement {
  const attrs: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    attrs[attribute.prefix ? `${attribute.prefix}:${attribute.local}` : attribute.local] = attribute.value;
  }
  return { uri: tag.uri, name: tag.local, attrs, nodes: [] };
}

/**
 * Control characters are not allowed in XML 1.0, yet text pasted from Word brings them into many
 * WordPress databases and so into their exports. They are dropped before parsing, as characters and
 * as character references; a reference cut in two by a read is carried over to the next one.
 */
export function controlFilter(): { push(text: string): string; flush(): string } {
  const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
  const CONTROL_REFERENCE = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/gi;
  const clean = (text: string) => text.replace(CONTROL, '').replace(CONTROL_REFERENCE, '');
  let carry = '';
  return {
    push(text) {
      const joined = carry + text;
      const ampersand = joined.lastIndexOf('&');
      const open = ampersand >= 0 && ampersand >= joined.length - 12 && !joined.includes(';', ampersand);
      carry = open ? joined.slice(ampersand) : '';
      return clean(open ? joined.slice(0, ampersand) : joined);
    },
    flush() {
      const rest = carry;
      carry = '';
      return clean(rest);
    },
  };
}

type Options = {
  /** Checks the root element (throws when it is the wrong kind) and says at which depth records sit. */
  root: (root: XmlRoot) => number;
};

/**
 * The elements at the record depth (1 is the root), each whole once it closes; everything above them
 * is passed over, so memory holds one record at a time however large the file is.
 */
export async function* xmlRecords(file: string, options: Options): AsyncGenerator<XmlElement> {
  const parser = createXmlParser();
  const filter = controlFilter();
  const stack: (XmlElement | undefined)[] = [];
  const finished: XmlElement[] = [];
  let depth = 0;

  parser.on('opentag', (tag) => {
    if (stack.length === 0) {
      depth = options.root({ uri: tag.uri, name: tag.local, namespaces: Object.values(tag.ns) });
    }
    const level = stack.length + 1;
    const parent = stack[stack.length - 1];
    const element = level === depth || (level > depth && parent) ? toElement(tag) : undefined;
    if (element && parent) parent.nodes.push(element);
    stack.push(element);
  });
  const addText = (text: string) => stack[stack.length - 1]?.nodes.push(text);
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element && stack.length + 1 === depth) finished.push(element);
  });

  for await (const text of readText(file)) {
    writeXml(parser, filter.push(text));
    yield* finished.splice(0);
  }
  writeXml(parser, filter.flush());
  if (depth === 0) throw unknownFormat('er staat geen XML in');
  try {
    parser.close();
  } catch (error) {
    throw asImportError(error, parser, true);
  }
  yield* finished.splice(0);
}
