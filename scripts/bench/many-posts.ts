import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { posts as demoPosts } from '../../cms/src/seed/data/posts';
import { searchTextOf } from '../../cms/src/search/search-text';
import { CMS_DIR } from '../lib/paths';

// better-sqlite3 is the CMS's own driver; the bench borrows it rather than installing another.
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));

type Row = Record<string, string | number | null>;
type Statement = { run: (row: Row) => { lastInsertRowid: number | bigint }; all: () => Row[] };
type Database = {
  prepare: (sql: string) => Statement;
  transaction: (work: () => void) => () => void;
  close: () => void;
};

const documentId = () =>
  randomBytes(18)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 24);

/**
 * Adds `count` published posts straight into a stopped CMS's SQLite database, as Strapi stores
 * them (a draft row and a published row per document, with their author and label links), in one
 * transaction: through the API this would take an hour. Bodies are the demo posts' bodies, titles
 * numbered, dates spread over the last ten years, so lists, search and the sitemap get real work.
 */
export function insertManyPosts(databaseFile: string, count: number): void {
  const Sqlite: new (file: string) => Database = requireFromCms('better-sqlite3');
  const db = new Sqlite(databaseFile);
  const authors = db
    .prepare('SELECT id FROM authors')
    .all()
    .map((row) => Number(row.id));
  const labels = db
    .prepare('SELECT id FROM labels')
    .all()
    .map((row) => Number(row.id));
  if (authors.length === 0 || labels.length === 0)
    throw new Error('insertManyPosts: seed authors and labels first');
  const insertPost = db.prepare(
    `INSERT INTO posts (document_id, title, slug, excerpt, content, publication_date, scheduled, search_text,
       created_at, updated_at, published_at, locale)
     VALUES (@documentId, @title, @slug, @excerpt, @content, @publicationDate, 0, @searchText,
       @now, @now, @publishedAt, NULL)`,
  );
  const linkAuthor = db.prepare(
    'INSERT INTO posts_author_lnk (post_id, author_id, post_ord) VALUES (@post, @author, 1)',
  );
  const linkLabel = db.prepare(
    'INSERT INTO posts_labels_lnk (post_id, label_id, label_ord, post_ord) VALUES (@post, @label, @order, 1)',
  );
  const now = Date.now();
  const tenYears = 10 * 365 * 24 * 3600 * 1000;
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const model = demoPosts[index % demoPosts.length];
      if (!model) continue;
      const title = `${model.title} (${index + 1})`;
      // Images in demo bodies are uploaded by the seed; these posts keep to text blocks.
      const blocks = model.content.filter((block) => block.type !== 'seed-image');
      const content = JSON.stringify(blocks);
      const row = {
        documentId: documentId(),
        title,
        slug: `${model.slug}-${index + 1}`,
        excerpt: model.excerpt ?? null,
        content,
        publicationDate: now - Math.floor((index / count) * tenYears) - 3_600_000,
        searchText: searchTextOf({ title, excerpt: model.excerpt, content: blocks }),
        now,
      };
      const author = authors[index % authors.length] ?? authors[0] ?? 0;
      const postLabels = [labels[index % labels.length], labels[(index * 7 + 3) % labels.length]].filter(
        (label, position, all): label is number => label !== undefined && all.indexOf(label) === position,
      );
      for (const publishedAt of [null, now]) {
        const post = Number(insertPost.run({ ...row, publishedAt }).lastInsertRowid);
        linkAuthor.run({ post, author });
        postLabels.forEach((label, order) => linkLabel.run({ post, label, order: order + 1 }));
      }
    }
  })();
  db.close();
}
