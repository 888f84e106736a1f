import { toBlocks } from './cms/blocks';
import type { Post, Site } from './cms';

/** The reference post and site as domain objects, for tests of what the site builds from them. */
export const testSite: Site = {
  name: 'Samen Lindeveen',
  tagline: null,
  description: 'Nieuws van de fractie',
  logo: { src: '/uploads/logo.png', alt: '', width: 256, height: 256, srcSet: '' },
  shareImage: null,
  socialLinks: [],
};

export const testPost: Post = {
  title: 'Werkbezoek Leger des Heils',
  slug: 'werkbezoek-leger-des-heils',
  excerpt: 'Een verslag.',
  publicationDate: '2020-09-07T15:35:00.000Z',
  readingMinutes: 2,
  updatedAt: '2024-01-01T00:00:00.000Z',
  cover: { src: '/uploads/cover.jpg', alt: 'Het inloophuis', width: 1200, height: 675, srcSet: '' },
  author: { name: 'Henrike Nijman', slug: 'henrike-nijman', role: null, bio: null, avatar: null },
  labels: [{ name: 'Werkbezoeken', slug: 'werkbezoeken', description: null }],
  content: toBlocks([{ type: 'paragraph', children: [{ type: 'text', text: 'Vandaag <bezochten> wij…' }] }]),
};
