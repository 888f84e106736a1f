import type { Core } from '@strapi/strapi';
import { contentHash } from './content-hash';
import type { Directory } from './directory';
import { findImages, htmlToBlocks, type ImageRef } from './html';
import type { MediaImporter } from './media-importer';
import { oldPath, pathKey } from './old-addresses';
import type { RedirectWriter } from './redirect-writer';
import type { ImportReport } from './report';
import type { SourcePost } from './source';

const POST = 'api::post.post';
const EXCERPT_MAX = 300;

export type PostContext = {
  strapi: Core.Strapi;
  dryRun: boolean;
  report: ImportReport;
  directory: Directory;
  media: MediaImporter;
  redirects: RedirectWriter;
  oldSite: () => URL | null;
  /** The slug each post of the export gets (decided before anything is written). */
  slugOf: (key: string) => string;
  /** The slug of the post an old address belongs to, for links between posts. */
  slugAt: (oldPathKey: string) => string | undefined;
  /** Posts to publish once the whole export has been read. */
  toPublish: { documentId: string; title: string }[];
};

type StoredPost = {
  documentId: string;
  title: string;
  slug: string;
  excerpt: string | null;
  content: unknown;
  publicationDate: string | null;
  importState: { sourceHash?: string; contentHash?: string } | null;
  author?: { documentId: string } | null;
  labels?: { documentId: string }[];
  cover?: { id: number } | null;
};

/** What an editor can change, as it is stored: equal hashes mean nobody changed the post since. */
const storedHash = (post: StoredPost) =>
  contentHash({
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt ?? null,
    content: post.content,
    publicationDate: post.publicationDate ? new Date(post.publicationDate).toISOString() : null,
    author: post.author?.documentId ?? null,
    labels: (post.labels ?? []).map((label) => label.documentId).sort(),
    cover: post.cover?.id ?? null,
  });

/** The draft of the post imported from `key` (the database layer: `importSource` is private). */
function loadByKey(strapi: Core.Strapi, key: string): Promise<StoredPost | null> {
  return strapi.db.query(POST).findOne({
    where: { importSource: key, publishedAt: null },
    select: ['documentId', 'title', 'slug', 'excerpt', 'content', 'publicationDate', 'importState'],
    populate: {
      author: { select: ['documentId'] },
      labels: { select: ['documentId'] },
      cover: { select: ['id'] },
    },
  });
}

/** An address as the old site's pages meant it: relative ones on the old site, when that is known. */
function absoluteUrl(url: string, oldSite: URL | null): string {
  try {
    return new URL(url, oldSite ?? undefined).href;
  } catch {
    return url;
  }
}

/** A link in a body: to a post of the old site, its new address; elsewhere on the old site, the path. */
function rewriteLink(context: PostContext, href: string): string | null {
  const path = oldPath(href, context.oldSite());
  if (path === null) return href;
  const slug = context.slugAt(pathKey(path.split('#')[0] ?? path));
  return slug ? `/berichten/${slug}` : path;
}

/**
 * One post of an export into fractieblog: created, or updated when the source changed and no
 * editor touched it since the last import, or left alone. Written as a draft; run-import publishes
 * it once the whole export has been read, so a broken export never leaves half an import public.
 */
export async function importPost(context: PostContext, source: SourcePost): Promise<void> {
  const { strapi, report } = context;
  const existing = await loadByKey(strapi, source.key);
  const sourceHash = contentHash(source);
  const slug = existing?.slug ?? context.slugOf(source.key);
  const to = `/berichten/${slug}`;
  for (const url of source.oldUrls) await context.redirects.add(url, to);

  if (existing && existing.importState?.sourceHash === sourceHash) {
    report.counts.posts.unchanged += 1;
    return;
  }
  if (existing && existing.importState?.contentHash !== storedHash(existing)) {
    report.counts.posts.keptEdited += 1;
    report.keptEdited.push({ title: existing.title, slug });
    return;
  }

  // Image addresses may be relative to the old site (Ghost without its URL, Atom's xml:base).
  const absolute = (ref: ImageRef): ImageRef => ({ ...ref, url: absoluteUrl(ref.url, context.oldSite()) });
  const images: ImageRef[] = findImages(source.html).map(absolute);
  // A cover without alt text could not be published; the title says at least what the post is about.
  const coverRef = source.cover
    ? absolute({ url: source.cover.url, alt: source.cover.alt?.trim() || source.title })
    : null;
  if (coverRef) images.push(coverRef);
  await context.media.prepare(images, source.title);
  const { blocks, lossy } = htmlToBlocks(source.html, {
    image: (ref) => context.media.blockImage(absolute(ref)),
    link: (href) => rewriteLink(context, href),
  });
  if (lossy.length > 0)
    report.lossy.push({ title: source.title, slug, notes: lossy.map((note) => note.detail) });
  const cover = coverRef ? context.media.blockImage(coverRef) : null;
  const labels = [];
  for (const term of source.terms) labels.push(await context.directory.label(term));
  const data = {
    title: source.title.slice(0, 200) || slug,
    slug,
    excerpt: source.excerpt ? source.excerpt.slice(0, EXCERPT_MAX) : null,
    content: blocks.length > 0 ? blocks : [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }],
    publicationDate: source.publishedAt ?? null,
    author: source.author ? await context.directory.author(source.author) : null,
    labels,
    cover: typeof cover?.id === 'number' ? cover.id : null,
    importSource: source.key,
  };
  if (existing) report.counts.posts.updated += 1;
  else report.counts.posts.created += 1;
  if (source.status !== 'published') report.counts.posts.drafts += 1;
  if (context.dryRun) return;

  const documentId = existing
    ? (
        await strapi
          .documents(POST)
          .update({ documentId: existing.documentId, status: 'draft', data: data as never })
      )?.documentId
    : (await strapi.documents(POST).create({ status: 'draft', data: data as never })).documentId;
  if (!documentId) return;
  const stored = await loadByKey(strapi, source.key);
  if (stored) {
    // Straight to the database: a private bookkeeping field, not a change anyone needs to hear of.
    await strapi.db.query(POST).updateMany({
      where: { documentId, publishedAt: null },
      data: { importState: { sourceHash, contentHash: storedHash(stored) } },
    });
  }
  if (source.status === 'published') context.toPublish.push({ documentId, title: data.title });
}
