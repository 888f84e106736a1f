/**
 * Strapi query objects, each naming exactly the fields the site shows. Queries whose callers need
 * no page count say `withCount: false`: Strapi then skips a COUNT over every matching row.
 */

export const PAGE_SIZE = 10;

const media = { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] };

const authorCard = {
  fields: ['name', 'slug', 'role'],
  populate: { avatar: media },
};

const labelFields = { fields: ['name', 'slug'] };

const summaryPopulate = {
  cover: media,
  author: authorCard,
  labels: labelFields,
};

/** Post lists also fetch the body: an empty excerpt is derived from it. */
export function postListQuery(options: {
  page: number;
  pageSize?: number;
  labelSlug?: string;
  authorSlug?: string;
}) {
  const filters: Record<string, unknown> = {};
  if (options.labelSlug) filters.labels = { slug: { $eq: options.labelSlug } };
  if (options.authorSlug) filters.author = { slug: { $eq: options.authorSlug } };
  return {
    fields: ['title', 'slug', 'excerpt', 'publicationDate', 'publishedAt', 'updatedAt', 'content'],
    populate: summaryPopulate,
    filters,
    sort: ['publicationDate:desc', 'publishedAt:desc'],
    pagination: { page: options.page, pageSize: options.pageSize ?? PAGE_SIZE },
  };
}

/** Candidates for "Lees ook": other posts sharing a label with this one, newest first. */
export function postsSharingLabelsQuery(slug: string, labelSlugs: string[], pageSize: number) {
  return {
    ...postListQuery({ page: 1, pageSize }),
    filters: { slug: { $ne: slug }, labels: { slug: { $in: labelSlugs } } },
    pagination: { page: 1, pageSize, withCount: false },
  };
}

export function postBySlugQuery(slug: string) {
  return {
    fields: ['title', 'slug', 'excerpt', 'publicationDate', 'publishedAt', 'updatedAt', 'content'],
    populate: {
      cover: media,
      author: { fields: ['name', 'slug', 'role', 'bio'], populate: { avatar: media } },
      labels: labelFields,
    },
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1, withCount: false },
  };
}

export function authorBySlugQuery(slug: string) {
  return {
    fields: ['name', 'slug', 'role', 'bio'],
    populate: { avatar: media },
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1, withCount: false },
  };
}

export function labelBySlugQuery(slug: string) {
  return {
    fields: ['name', 'slug', 'description'],
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1, withCount: false },
  };
}

export function shareLinksQuery() {
  return {
    fields: ['platform', 'label', 'urlTemplate', 'enabled'],
    filters: { enabled: { $eq: true } },
    sort: ['order:asc', 'id:asc'],
    pagination: { page: 1, pageSize: 20, withCount: false },
  };
}

/** Slugs and dates of everything with a page, for the sitemap. */
export function sitemapQuery(page: number) {
  return {
    fields: ['slug', 'updatedAt'],
    sort: ['id:asc'],
    pagination: { page, pageSize: 100 },
  };
}

export function siteQuery() {
  return {
    fields: [
      'name',
      'tagline',
      'description',
      'facebookUrl',
      'xUrl',
      'instagramUrl',
      'linkedinUrl',
      'blueskyUrl',
    ],
    populate: { logo: media, defaultShareImage: media },
  };
}
