import type { SourceAuthor, SourceTerm } from '../source';
import { cleanText, cleanTitle, optionalText, personName } from './clean-text';
import { jsonRecords } from './json-records';
import { ghostSelector, isObject, type JsonObject, numberField, stringField } from './json-values';
import { siteBase } from './old-urls';
import { wrongFormat } from './problems';
import { postOutcome } from './ghost-post';

/** Everything but the posts, read in a first pass: Ghost writes "posts" before "users" and "tags". */
export type GhostTables = {
  title?: string;
  base?: string;
  /** By user id; name and slug only, the e-mail address beside them stays in the file. */
  users: Map<string, SourceAuthor>;
  /** Public tags by id; internal ones ("#…") are Ghost's own bookkeeping, no labels. */
  tags: Map<string, SourceTerm>;
  /** Post id → user ids and tag ids, in Ghost's sort order. */
  postAuthors: Map<string, string[]>;
  postTags: Map<string, string[]>;
  postMeta: Map<string, { alt?: string; caption?: string }>;
  emailOnly: Set<string>;
  /** The authors (first of each post) and tags of the posts that will be imported. */
  usedAuthors: Set<string>;
  usedTags: Set<string>;
};

const TABLES = new Set([
  'meta',
  'posts',
  'settings',
  'users',
  'tags',
  'posts_authors',
  'posts_tags',
  'posts_meta',
]);

export async function readTables(file: string): Promise<GhostTables> {
  const tables: GhostTables = {
    users: new Map(),
    tags: new Map(),
    postAuthors: new Map(),
    postTags: new Map(),
    postMeta: new Map(),
    emailOnly: new Set(),
    usedAuthors: new Set(),
    usedTags: new Set(),
  };
  /** Post id → the post's own author_id, which exports from before Ghost 1.0 use instead of links. */
  const imported = new Map<string, string | undefined>();
  const links = {
    authors: new Map<string, [number, string][]>(),
    tags: new Map<string, [number, string][]>(),
  };
  let recognised = false;
  for await (const { name, value } of jsonRecords(file, ghostSelector(TABLES))) {
    recognised = true;
    if (!isObject(value)) continue;
    if (name === 'posts') notePost(tables, imported, value);
    else if (name === 'meta') tables.base ??= siteBase(stringField(value, 'url'));
    else if (name === 'settings') readSetting(tables, value);
    else if (name === 'users') readUser(tables, value);
    else if (name === 'tags') readTag(tables, value);
    else if (name === 'posts_authors') link(links.authors, value, 'author_id');
    else if (name === 'posts_tags') link(links.tags, value, 'tag_id');
    else if (name === 'posts_meta') readMeta(tables, value);
  }
  if (!recognised) throw wrongFormat('ghost');
  tables.postAuthors = sorted(links.authors);
  tables.postTags = sorted(links.tags);
  for (const [postId, authorId] of imported) {
    if (tables.emailOnly.has(postId)) continue;
    const primary = tables.postAuthors.get(postId)?.[0] ?? authorId;
    if (primary) tables.usedAuthors.add(primary);
    for (const tagId of tables.postTags.get(postId) ?? []) tables.usedTags.add(tagId);
  }
  return tables;
}

/** Only the post's id and author: its body is read again, one post at a time, in the second pass. */
function notePost(tables: GhostTables, imported: Map<string, string | undefined>, post: JsonObject): void {
  const id = stringField(post, 'id');
  if (id && 'status' in postOutcome(post, tables)) imported.set(id, stringField(post, 'author_id'));
}

function readSetting(tables: GhostTables, setting: JsonObject): void {
  const key = stringField(setting, 'key');
  const value = stringField(setting, 'value');
  if (key === 'title') tables.title = optionalText(cleanTitle(value));
  if (key === 'url') tables.base = siteBase(value) ?? tables.base;
}

function readUser(tables: GhostTables, user: JsonObject): void {
  const id = stringField(user, 'id');
  const slug = optionalText(stringField(user, 'slug'));
  const name = personName(stringField(user, 'name')) ?? slug;
  if (!id || !name) return;
  tables.users.set(id, slug ? { key: id, name, slug } : { key: id, name });
}

function readTag(tables: GhostTables, tag: JsonObject): void {
  const id = stringField(tag, 'id');
  const name = cleanTitle(stringField(tag, 'name'));
  if (!id || !name || name.startsWith('#') || stringField(tag, 'visibility') === 'internal') return;
  const slug = optionalText(stringField(tag, 'slug'));
  tables.tags.set(id, slug ? { kind: 'tag', name, slug } : { kind: 'tag', name });
}

function readMeta(tables: GhostTables, meta: JsonObject): void {
  const postId = stringField(meta, 'post_id');
  if (!postId) return;
  tables.postMeta.set(postId, {
    alt: optionalText(stringField(meta, 'feature_image_alt')),
    caption: optionalText(stringField(meta, 'feature_image_caption')),
  });
  if (meta['email_only'] === true || meta['email_only'] === 1) tables.emailOnly.add(postId);
}

function link(into: Map<string, [number, string][]>, row: JsonObject, key: string): void {
  const postId = cleanText(stringField(row, 'post_id'));
  const otherId = cleanText(stringField(row, key));
  if (!postId || !otherId) return;
  into.set(postId, [...(into.get(postId) ?? []), [numberField(row, 'sort_order'), otherId]]);
}

function sorted(links: Map<string, [number, string][]>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [postId, pairs] of links)
    result.set(
      postId,
      pairs.sort((a, b) => a[0] - b[0]).map(([, id]) => id),
    );
  return result;
}
