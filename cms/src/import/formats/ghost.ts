import type { SourceEvent } from '../source';
import { titleOrPlaceholder } from './clean-text';
import { bodyOf, ghostPost, postOutcome } from './ghost-post';
import { readTables } from './ghost-tables';
import { jsonRecords } from './json-records';
import { ghostSelector, isObject, stringField } from './json-values';
import { onSite } from './old-urls';

const POSTS = new Set(['posts']);

/**
 * A Ghost JSON export (Ghost 4 and 5), read twice: users, tags and their links to posts first, since
 * the file lists the posts before them; then post by post. The first pass reads the whole file, so
 * a broken export stops the import before the first post.
 */
export async function* readGhost(file: string): AsyncGenerator<SourceEvent> {
  const tables = await readTables(file);
  yield { kind: 'site', format: 'ghost', title: tables.title, url: tables.base };
  for (const id of tables.usedAuthors) {
    const author = tables.users.get(id);
    if (!author?.slug) continue;
    yield { kind: 'author', author, oldUrls: [onSite(tables.base, `/author/${author.slug}/`)] };
  }
  for (const id of tables.usedTags) {
    const term = tables.tags.get(id);
    if (term?.slug) yield { kind: 'term', term, oldUrls: [onSite(tables.base, `/tag/${term.slug}/`)] };
  }
  for await (const { value: post } of jsonRecords(file, ghostSelector(POSTS))) {
    if (!isObject(post)) continue;
    const key = `ghost:${stringField(post, 'id') ?? ''}`;
    const outcome = postOutcome(post, tables);
    if ('reason' in outcome) {
      yield { kind: 'skipped', key, title: titleOrPlaceholder(stringField(post, 'title')), ...outcome };
      continue;
    }
    const body = bodyOf(post, tables.base);
    const event = ghostPost(post, outcome.status, body.html, tables);
    yield event;
    if (body.fromPlainText) {
      yield {
        kind: 'warning',
        message: `Het bericht "${event.title}" had in de export geen HTML; alleen de platte tekst is overgenomen, zonder opmaak en afbeeldingen.`,
      };
    }
  }
}
