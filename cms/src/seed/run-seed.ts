import type { Core } from '@strapi/strapi';
import { authors } from './data/authors';
import { labels } from './data/labels';
import { posts } from './data/posts';
import { shareLinks } from './data/share-links';
import { site } from './data/site';
import { toStrapiBlocks } from './blocks';
import { uploadSeedImage } from './media';

/** Seed data is code; when it breaks, the message says which item and why. */
async function withContext<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const details = error instanceof Error && 'details' in error ? JSON.stringify(error.details) : '';
    throw new Error(`Democontent: ${what} kon niet worden opgeslagen: ${String(error)} ${details}`, {
      cause: error,
    });
  }
}

const DEMO_DONE = { type: 'plugin', name: 'fractieblog', key: 'demo-seeded' } as const;

/** Share buttons and site settings: a site needs them even without demo posts. */
export async function seedDefaults(strapi: Core.Strapi) {
  if ((await strapi.documents('api::share-link.share-link').count({})) === 0) {
    for (const link of shareLinks) {
      await strapi.documents('api::share-link.share-link').create({ data: link });
    }
  }
  if (!(await strapi.documents('api::site.site').findFirst({}))) {
    const [logo, shareImage] = [
      await uploadSeedImage(strapi, site.logo),
      await uploadSeedImage(strapi, site.defaultShareImage),
    ];
    await strapi.documents('api::site.site').create({
      data: { ...site, logo: logo.id, defaultShareImage: shareImage.id },
    });
  }
}

async function upsertBySlug(
  strapi: Core.Strapi,
  uid: 'api::author.author' | 'api::label.label',
  slug: string,
  data: () => Promise<Record<string, unknown>>,
): Promise<string> {
  const existing = await strapi.documents(uid).findFirst({ filters: { slug }, fields: ['documentId'] });
  if (existing) return existing.documentId;
  const created = await strapi.documents(uid).create({ data: await data() } as never);
  return created.documentId;
}

/**
 * Demo authors, labels and posts, upserted by slug so an interrupted seed finishes on the next
 * boot; once finished it never runs again, so demo posts an editor deleted stay deleted.
 */
export async function seedDemo(strapi: Core.Strapi) {
  const done = strapi.store(DEMO_DONE);
  if (await done.get({})) return;
  strapi.log.info('Democontent wordt aangemaakt…');

  const authorIds = new Map<string, string>();
  for (const author of authors) {
    const id = await upsertBySlug(strapi, 'api::author.author', author.slug, async () => ({
      ...author,
      avatar: (await uploadSeedImage(strapi, author.avatar)).id,
    }));
    authorIds.set(author.slug, id);
  }
  const labelIds = new Map<string, string>();
  for (const label of labels) {
    labelIds.set(label.slug, await upsertBySlug(strapi, 'api::label.label', label.slug, async () => label));
  }

  for (const post of posts) {
    const existing = await strapi.documents('api::post.post').findFirst({
      filters: { slug: post.slug },
      status: 'draft',
      fields: ['documentId'],
    });
    if (existing) continue;
    const { draft, cover, author, labels: postLabels, content, ...fields } = post;
    const data = {
      ...fields,
      content: await toStrapiBlocks(strapi, content),
      cover: cover ? (await uploadSeedImage(strapi, cover)).id : null,
      author: authorIds.get(author),
      labels: postLabels.map((slug) => labelIds.get(slug)).filter((id) => id !== undefined),
    };
    await withContext(`bericht ${post.slug}`, () =>
      strapi.documents('api::post.post').create({ data, status: draft ? 'draft' : 'published' } as never),
    );
  }

  await done.set({ value: { at: new Date().toISOString() } });
  strapi.log.info(
    `Democontent klaar: ${posts.length} berichten, ${authors.length} auteurs, ${labels.length} labels.`,
  );
}
