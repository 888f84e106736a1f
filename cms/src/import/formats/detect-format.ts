import type { SourceFormat } from '../source';
import { ATOM, BLOGGER, BLOGGER_KIND, WXR } from './namespaces';
import { emptyFile, unknownFormat, wrongFormat, zipFile } from './problems';
import { readHead } from './read-text';
import { controlFilter, createXmlParser, writeXml } from './xml-events';

/**
 * Which reader a file needs, from its first 64 kB. Anything else is refused with a Dutch message
 * that says what the file seems to be and what to upload instead.
 */
export async function detectFormat(file: string): Promise<SourceFormat> {
  const head = await readHead(file);
  const start = head.trimStart();
  if (start === '') throw emptyFile();
  if (head.startsWith('PK\u0003\u0004')) throw zipFile();
  if (start.startsWith('{')) return detectJson(start);
  if (/^(?:<!doctype html|<html)/i.test(start)) throw unknownFormat('het is een webpagina');
  if (start.startsWith('<')) return detectXml(head);
  throw unknownFormat('het is geen XML en geen JSON');
}

/**
 * When the editor names the format, a JSON file for an XML reader (or the reverse) gets that said,
 * instead of a parse error about the first character.
 */
export async function checkFormat(file: string, format: SourceFormat): Promise<void> {
  const start = (await readHead(file)).trimStart();
  if (start === '') throw emptyFile();
  if ((format === 'ghost') !== start.startsWith('{')) throw wrongFormat(format);
}

/** Ghost writes {"db":[{"meta":…,"data":…}]}; hand-made imports may leave out the "db" wrapper. */
function detectJson(text: string): SourceFormat {
  const wrapped = /^\{\s*"db"\s*:\s*\[\s*\{/.test(text);
  const bare = /"exported_on"\s*:/.test(text) && /"data"\s*:\s*\{/.test(text);
  if (wrapped || bare) return 'ghost';
  throw unknownFormat('het is JSON, maar geen Ghost-export');
}

function detectXml(head: string): SourceFormat {
  const parser = createXmlParser();
  let root: { uri: string; name: string } | undefined;
  let wordpress = false;
  let blogger = false;
  parser.on('opentag', (tag) => {
    root ??= { uri: tag.uri, name: tag.local };
    if (WXR.test(tag.uri) || Object.values(tag.ns).some((uri) => WXR.test(uri))) wordpress = true;
    if (tag.uri === BLOGGER) blogger = true;
    const term = tag.attributes['term']?.value;
    if (tag.uri === ATOM && tag.local === 'category' && term?.startsWith(BLOGGER_KIND)) blogger = true;
  });
  // Only the head: the end of the file is not here, so the parser is never closed.
  writeXml(parser, controlFilter().push(head));
  if (!root) throw unknownFormat('er staat geen XML-element in het begin van het bestand');
  if (root.name === 'rss' && root.uri === '') return wordpress ? 'wxr' : 'feed';
  if (root.name === 'feed' && root.uri === ATOM) return blogger ? 'blogger' : 'feed';
  throw unknownFormat(`het is XML die begint met <${root.name}>`);
}
