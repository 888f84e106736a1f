/** The requests the drafts tests make: every way to the draft a visitor could think of. */
import { DEMO } from '../../src/seed/data/fixtures';
import { withQuery } from './helpers';

/**
 * Every text of the demo draft (title, slug, excerpt, body) is about swimming lessons and no
 * published post is (a control test keeps that true). So "zwem" anywhere in a public answer means
 * the draft leaked, whichever fields the request picked.
 */
export const DRAFT_MARKER = /zwem/i;

export type Draft = { documentId: string; authorId: string; labelIds: string[] };
/** A request a visitor could make: a name, a path (some need the draft's ids), maybe headers. */
export type Probe = [
  name: string,
  path: string | ((draft: Draft) => string),
  headers?: Record<string, string>,
];

export const all = { pagination: { pageSize: 100 } };
const postsOf = (populate: object | true) => ({ fields: ['name'], populate: { posts: populate }, ...all });

/** Asking for drafts by name: the guard answers 401 before Strapi sees the question. */
export const DRAFT_QUESTIONS: Probe[] = [
  ['status=draft', '/api/posts?status=draft'],
  ['status[]=draft', '/api/posts?status[]=draft'],
  ['status=DRAFT', '/api/posts?status=DRAFT'],
  ['status twice, published first', '/api/posts?status=published&status=draft'],
  ['status without a value', '/api/posts?status'],
  ['publicationState=preview (Strapi 4)', '/api/posts?publicationState=preview'],
  [
    'publicationState=preview with v4 responses',
    '/api/posts?publicationState=preview',
    { 'Strapi-Response-Format': 'v4' },
  ],
  ['hasPublishedVersion=false', '/api/posts?hasPublishedVersion=false'],
  ['the draft by documentId with status=draft', (draft) => `/api/posts/${draft.documentId}?status=draft`],
  [
    'an author with posts, status=draft',
    (draft) => withQuery(`/api/authors/${draft.authorId}`, { status: 'draft', populate: 'posts' }),
  ],
  ['labels with posts, status=draft', withQuery('/api/labels', { status: 'draft', ...postsOf(true) })],
];

/** Everything else a curious visitor could try: answered or refused, never with the draft. */
export const SIDE_DOORS: Probe[] = [
  ['a filter on the draft slug', withQuery('/api/posts', { filters: { slug: { $eq: DEMO.draft.slug } } })],
  ['a filter on the draft title', withQuery('/api/posts', { filters: { title: { $containsi: 'zwem' } } })],
  [
    'a filter on publishedAt being empty',
    withQuery('/api/posts', { filters: { publishedAt: { $null: true } }, ...all }),
  ],
  [
    'a filter with $or on publishedAt',
    withQuery('/api/posts', {
      filters: { $or: [{ publishedAt: { $null: true } }, { slug: DEMO.draft.slug }] },
      ...all,
    }),
  ],
  ['a full-text search', withQuery('/api/posts', { _q: 'zwemles' })],
  ['publicationFilter=never-published', '/api/posts?publicationFilter=never-published'],
  ['publicationFilter=never-published-document', '/api/posts?publicationFilter=never-published-document'],
  ['locale=*', withQuery('/api/posts', { locale: '*', ...all })],
  ['locale=all', withQuery('/api/posts', { locale: 'all', ...all })],
  ['every post with populate=*', withQuery('/api/posts', { populate: '*', ...all })],
  ['the draft by documentId', (draft) => `/api/posts/${draft.documentId}`],
  ['the draft by documentId with locale=*', (draft) => `/api/posts/${draft.documentId}?locale=*`],
  ['authors with their posts', withQuery('/api/authors', postsOf(true))],
  ['authors with populate=*', withQuery('/api/authors', { populate: '*', ...all })],
  ['the draft’s author with posts', (draft) => `/api/authors/${draft.authorId}?populate=posts`],
  [
    'authors with posts filtered to the draft slug',
    withQuery('/api/authors', postsOf({ filters: { slug: { $eq: DEMO.draft.slug } } })),
  ],
  [
    'authors with posts filtered to empty publishedAt',
    withQuery('/api/authors', postsOf({ filters: { publishedAt: { $null: true } } })),
  ],
  ['labels with their posts', withQuery('/api/labels', postsOf(true))],
  [
    'the draft’s labels with posts',
    (draft) =>
      withQuery('/api/labels', { filters: { documentId: { $in: draft.labelIds } }, ...postsOf(true) }),
  ],
  [
    'labels with posts filtered to the draft title',
    withQuery('/api/labels', postsOf({ filters: { title: { $containsi: 'zwem' } } })),
  ],
  [
    'posts → author → posts, posts → labels → posts',
    withQuery('/api/posts', {
      populate: { author: { populate: { posts: true } }, labels: { populate: { posts: true } } },
      ...all,
    }),
  ],
];

/** The guard looks at the path and the Authorization header; neither may be fooled. */
export const DISGUISES: Probe[] = [
  ['an upper-case /API prefix', '/API/posts?status=draft'],
  ['a mixed-case /Api prefix on the draft itself', (draft) => `/Api/posts/${draft.documentId}?status=draft`],
  [
    'a Basic Authorization header',
    '/api/posts?status=draft',
    { Authorization: 'Basic YmV6b2VrZXI6Z2VoZWlt' },
  ],
  ['a Bearer header without a token', '/api/posts?status=draft', { Authorization: 'Bearer' }],
  ['a Bearer header with two words', '/api/posts?status=draft', { Authorization: 'Bearer twee woorden' }],
  ['a Bearer header with a made-up token', '/api/posts?status=draft', { Authorization: 'Bearer verzonnen' }],
];

/** Filters over a relation are an oracle: a yes/no per guess spells out a draft letter by letter. */
export const ORACLES: Probe[] = [
  [
    'authors whose posts have the draft slug',
    withQuery('/api/authors', { filters: { posts: { slug: { $eq: DEMO.draft.slug } } } }),
  ],
  [
    'authors whose posts have a title starting with "Concept"',
    withQuery('/api/authors', { filters: { posts: { title: { $startsWith: 'Concept' } } } }),
  ],
  [
    'labels whose posts mention zwem',
    withQuery('/api/labels', { filters: { posts: { content: { $containsi: 'zwem' } } } }),
  ],
  [
    'labels with an unpublished post',
    withQuery('/api/labels', { filters: { posts: { publishedAt: { $null: true } } } }),
  ],
  [
    'posts whose author has the draft',
    withQuery('/api/posts', { filters: { author: { posts: { slug: { $eq: DEMO.draft.slug } } } } }),
  ],
];
