import { describe, expect, it } from 'vitest';
import { toPost, toPostSummary, toSite } from './mappers';
import { wirePost } from './wire';

const wire = wirePost.parse({
  id: 7,
  documentId: 'abc',
  title: 'Werkbezoek Leger des Heils',
  slug: 'werkbezoek-leger-des-heils',
  excerpt: null,
  publicationDate: '2020-09-07T15:35:00.000Z',
  publishedAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  content: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Vandaag bezochten wij het inloophuis.' }] },
    {
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: 'Wat kan de gemeente doen?', bold: true }],
    },
  ],
  cover: {
    url: '/uploads/cover_abc.jpg',
    alternativeText: 'Het inloophuis',
    width: 1200,
    height: 675,
    formats: {
      small: { url: '/uploads/small_cover_abc.jpg', width: 500, height: 281 },
      thumbnail: { url: '/uploads/thumbnail_cover_abc.jpg', width: 245, height: 138 },
      large: { url: '/uploads/large_cover_abc.jpg', width: 1000, height: 563 },
    },
  },
  author: { name: 'Henrike Nijman', slug: 'henrike-nijman', role: 'Fractievoorzitter', avatar: null },
  labels: [{ name: 'Werkbezoeken', slug: 'werkbezoeken' }],
});

describe('toPost', () => {
  const post = toPost(wire);

  it('keeps the plain fields', () => {
    expect(post).toMatchObject({
      title: 'Werkbezoek Leger des Heils',
      slug: 'werkbezoek-leger-des-heils',
      publicationDate: '2020-09-07T15:35:00.000Z',
      updatedAt: '2024-01-02T00:00:00.000Z',
      author: {
        name: 'Henrike Nijman',
        slug: 'henrike-nijman',
        role: 'Fractievoorzitter',
        bio: null,
        avatar: null,
      },
      labels: [{ name: 'Werkbezoeken', slug: 'werkbezoeken', description: null }],
    });
  });

  it('derives the excerpt from the body when the editor left it empty', () => {
    expect(post.excerpt).toBe('Vandaag bezochten wij het inloophuis. Wat kan de gemeente doen?');
  });

  it('turns the cover into a site-relative image with a srcset, smallest first', () => {
    expect(post.cover).toEqual({
      src: '/uploads/cover_abc.jpg',
      alt: 'Het inloophuis',
      width: 1200,
      height: 675,
      srcSet:
        '/uploads/thumbnail_cover_abc.jpg 245w, /uploads/small_cover_abc.jpg 500w, /uploads/large_cover_abc.jpg 1000w, /uploads/cover_abc.jpg 1200w',
    });
  });

  it('carries no Strapi envelope fields', () => {
    expect(post).not.toHaveProperty('id');
    expect(post).not.toHaveProperty('documentId');
  });
});

describe('toPostSummary', () => {
  it('prefers the excerpt the editor wrote', () => {
    expect(toPostSummary({ ...wire, excerpt: 'Eigen samenvatting.' }).excerpt).toBe('Eigen samenvatting.');
  });

  it('falls back to publishedAt when a post has no publication date', () => {
    expect(toPostSummary({ ...wire, publicationDate: null }).publicationDate).toBe(
      '2024-01-01T00:00:00.000Z',
    );
  });

  it('dates a draft without any date (in preview) now, not in 1970', () => {
    const date = toPostSummary({ ...wire, publicationDate: null, publishedAt: null }).publicationDate;
    expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(60_000);
  });

  it('shows no cover when the stored URL is not an upload', () => {
    expect(toPostSummary({ ...wire, cover: { url: 'https://tracker.example/x.gif' } }).cover).toBeNull();
  });
});

describe('toSite', () => {
  it('keeps only https social profile links', () => {
    const site = toSite({
      name: 'Fractie',
      facebookUrl: 'https://facebook.com/fractie',
      xUrl: 'javascript:alert(1)',
      blueskyUrl: null,
    });
    expect(site.socialLinks).toEqual([{ platform: 'facebook', url: 'https://facebook.com/fractie' }]);
  });
});
