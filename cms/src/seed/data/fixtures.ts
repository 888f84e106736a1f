/**
 * Facts about the demo content that tests can rely on. Everything that can be derived from the
 * data files is computed here, so the fixtures cannot drift from the data.
 */
import type { SeedAuthor, SeedBlock, SeedLabel, SeedPost } from '../types';
import { authors } from './authors';
import { labels } from './labels';
import { posts } from './posts';
import { shareLinks } from './share-links';
import { site } from './site';

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo fixtures: ${what} not found`);
  return value;
}

const post = (slug: string): SeedPost =>
  must(
    posts.find((entry) => entry.slug === slug),
    `post ${slug}`,
  );
const author = (slug: string): SeedAuthor =>
  must(
    authors.find((entry) => entry.slug === slug),
    `author ${slug}`,
  );
const label = (slug: string): SeedLabel =>
  must(
    labels.find((entry) => entry.slug === slug),
    `label ${slug}`,
  );

const published = posts.filter((entry) => entry.draft !== true);
const byDateDesc = [...published].sort(
  (a, b) => Date.parse(b.publicationDate) - Date.parse(a.publicationDate),
);

const headingText = (block: SeedBlock | undefined): string =>
  block !== undefined && block.type === 'heading'
    ? block.children.map((child) => (child.type === 'text' ? child.text : '')).join('')
    : '';

const workVisit = post('werkbezoek-leger-des-heils');
const workVisitAuthor = author(workVisit.author);
const allBlocks = post('motie-energiearmoede-stap-voor-stap');
const allBlocksImage = must(
  allBlocks.content.find((block) => block.type === 'seed-image'),
  'image block in the all-blocks post',
);
const withoutCover = must(
  published.find((entry) => entry.cover === undefined),
  'published post without cover',
);
const withoutExcerpt = must(
  published.find((entry) => entry.excerpt === undefined),
  'published post without excerpt',
);
const draft = must(
  posts.find((entry) => entry.draft === true),
  'draft post',
);
/** "Lees ook" as the site ranks it: most labels in common, then newest. */
const relatedTo = (of: SeedPost): string[] => {
  const shared = (entry: SeedPost) => entry.labels.filter((slug) => of.labels.includes(slug)).length;
  return byDateDesc
    .filter((entry) => entry.slug !== of.slug)
    .map((entry, index) => ({ entry, index, shared: shared(entry) }))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, 3)
    .map(({ entry }) => entry.title);
};
const newest = must(byDateDesc[0], 'newest post');
const oldest = must(byDateDesc[byDateDesc.length - 1], 'oldest post');
const demoLabel = label('werkbezoeken');
const demoAuthor = author('jeroen-kuipers');

const publishedWith = (predicate: (entry: SeedPost) => boolean): number => published.filter(predicate).length;

export const DEMO = {
  site: { name: site.name, tagline: site.tagline, description: site.description },
  workVisit: {
    slug: workVisit.slug,
    title: workVisit.title,
    authorSlug: workVisitAuthor.slug,
    authorName: workVisitAuthor.name,
    publicationDate: workVisit.publicationDate,
    byline: 'Door Henrike Nijman op 7 september 2020 om 17:35',
    labelSlugs: workVisit.labels,
    labelNames: workVisit.labels.map((slug) => label(slug).name),
    coverFile: must(workVisit.cover, 'cover of the work visit').file,
    coverAlt: must(workVisit.cover, 'cover of the work visit').alt,
    excerpt: must(workVisit.excerpt, 'excerpt of the work visit'),
    subheading: headingText(workVisit.content.find((block) => block.type === 'heading')),
    relatedTitles: relatedTo(workVisit),
  },
  allBlocks: {
    slug: allBlocks.slug,
    title: allBlocks.title,
    imageFile: allBlocksImage.type === 'seed-image' ? allBlocksImage.file : '',
    imageAlt: allBlocksImage.type === 'seed-image' ? allBlocksImage.alt : '',
    imageCaption: allBlocksImage.type === 'seed-image' ? (allBlocksImage.caption ?? '') : '',
  },
  withoutCover: { slug: withoutCover.slug, title: withoutCover.title },
  withoutExcerpt: { slug: withoutExcerpt.slug, title: withoutExcerpt.title },
  draft: { slug: draft.slug, title: draft.title },
  newest: { slug: newest.slug, title: newest.title, publicationDate: newest.publicationDate },
  oldest: { slug: oldest.slug, title: oldest.title, publicationDate: oldest.publicationDate },
  label: {
    slug: demoLabel.slug,
    name: demoLabel.name,
    publishedPosts: publishedWith((entry) => entry.labels.includes(demoLabel.slug)),
  },
  author: {
    slug: demoAuthor.slug,
    name: demoAuthor.name,
    role: demoAuthor.role,
    publishedPosts: publishedWith((entry) => entry.author === demoAuthor.slug),
  },
  /** Published slugs, newest first: the order of the post list on the website. */
  publishedSlugsNewestFirst: byDateDesc.map((entry) => entry.slug),
  /** Their titles, in the same order: the admin's list of berichten shows them so. */
  publishedTitlesNewestFirst: byDateDesc.map((entry) => entry.title),
  counts: {
    published: published.length,
    draft: posts.length - published.length,
    authors: authors.length,
    labels: labels.length,
    shareLinks: shareLinks.length,
  },
} as const;
