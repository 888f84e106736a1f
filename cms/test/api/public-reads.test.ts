import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { entryOf, listOf, parseBody, publicApi, type ApiClient } from './helpers';

describe('the public reads published content', () => {
  let cms: TestCms;
  let visitor: ApiClient;

  beforeAll(async () => {
    cms = await bootTestCms();
    visitor = publicApi(cms.url);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('lists every published post, newest publication date first', async () => {
    const response = await visitor.get('/api/posts', {
      fields: ['slug', 'publicationDate'],
      sort: ['publicationDate:desc'],
      pagination: { pageSize: 100 },
    });

    const posts = parseBody(listOf({ slug: z.string() }), response);
    expect(posts.meta.pagination.total).toBe(DEMO.counts.published);
    expect(posts.data.map((post) => post.slug)).toEqual(DEMO.publishedSlugsNewestFirst);
  });

  it('reads the reference post with its author, labels and cover when populated narrowly', async () => {
    const response = await visitor.get('/api/posts', {
      fields: ['title', 'publicationDate'],
      populate: {
        author: { fields: ['name', 'slug'] },
        labels: { fields: ['name', 'slug'] },
        cover: { fields: ['url', 'alternativeText'] },
      },
      filters: { slug: { $eq: DEMO.workVisit.slug } },
    });

    const [post] = parseBody(
      listOf({
        title: z.string(),
        publicationDate: z.string(),
        author: z.object({ name: z.string(), slug: z.string() }),
        labels: z.array(z.object({ name: z.string(), slug: z.string() })),
        cover: z.object({ url: z.string(), alternativeText: z.string() }),
      }),
      response,
    ).data;
    expect(post?.title).toBe(DEMO.workVisit.title);
    expect(Date.parse(post?.publicationDate ?? '')).toBe(Date.parse(DEMO.workVisit.publicationDate));
    expect(post?.author).toEqual({ name: DEMO.workVisit.authorName, slug: DEMO.workVisit.authorSlug });
    expect(post?.labels.map((label) => label.name).sort()).toEqual([...DEMO.workVisit.labelNames].sort());
    expect(post?.cover.alternativeText).toBe(DEMO.workVisit.coverAlt);
    // Narrow population is honoured: what was not asked for is not sent.
    expect(Object.keys(post ?? {})).not.toContain('content');
  });

  it('reads a post by its documentId', async () => {
    const listed = parseBody(
      listOf({ documentId: z.string() }),
      await visitor.get('/api/posts', { fields: ['title'], filters: { slug: { $eq: DEMO.newest.slug } } }),
    );
    const documentId = listed.data[0]?.documentId ?? '';

    const response = await visitor.get(`/api/posts/${documentId}`, { fields: ['title'] });

    expect(parseBody(entryOf({ title: z.string() }), response).data.title).toBe(DEMO.newest.title);
  });

  it('serves the cover image itself', async () => {
    const listed = parseBody(
      listOf({ cover: z.object({ url: z.string() }) }),
      await visitor.get('/api/posts', {
        fields: ['title'],
        populate: { cover: { fields: ['url'] } },
        filters: { slug: { $eq: DEMO.workVisit.slug } },
      }),
    );

    const image = await fetch(new URL(listed.data[0]?.cover.url ?? '/missing', cms.url));

    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
  });

  it("serves the admin's favicon, which browsers ask for on every visit", async () => {
    const icon = await fetch(`${cms.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    // koa-favicon calls every icon image/x-icon; browsers read the PNG by its signature.
    expect(
      Buffer.from(await icon.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('lists the authors, and an author with only their published posts', async () => {
    const all = parseBody(
      listOf({ slug: z.string() }),
      await visitor.get('/api/authors', { fields: ['slug'] }),
    );
    const response = await visitor.get('/api/authors', {
      fields: ['name', 'role'],
      populate: { posts: { fields: ['slug'] } },
      filters: { slug: { $eq: DEMO.author.slug } },
    });

    expect(all.meta.pagination.total).toBe(DEMO.counts.authors);
    const [author] = parseBody(
      listOf({ name: z.string(), role: z.string(), posts: z.array(z.object({ slug: z.string() })) }),
      response,
    ).data;
    expect(author).toMatchObject({ name: DEMO.author.name, role: DEMO.author.role });
    expect(author?.posts).toHaveLength(DEMO.author.publishedPosts);
  });

  it('lists the labels, and a label with only its published posts', async () => {
    const all = parseBody(
      listOf({ slug: z.string() }),
      await visitor.get('/api/labels', { fields: ['slug'] }),
    );
    const response = await visitor.get('/api/labels', {
      fields: ['name'],
      populate: { posts: { fields: ['slug'] } },
      filters: { slug: { $eq: DEMO.label.slug } },
    });

    expect(all.meta.pagination.total).toBe(DEMO.counts.labels);
    const [label] = parseBody(
      listOf({ name: z.string(), posts: z.array(z.object({ slug: z.string() })) }),
      response,
    ).data;
    expect(label?.name).toBe(DEMO.label.name);
    expect(label?.posts).toHaveLength(DEMO.label.publishedPosts);
  });

  it('lists the six share links in their order, each template sharing the post url', async () => {
    const response = await visitor.get('/api/share-links', {
      fields: ['platform', 'urlTemplate', 'enabled'],
      sort: ['order:asc'],
    });

    const links = parseBody(
      listOf({ platform: z.string(), urlTemplate: z.string(), enabled: z.boolean() }),
      response,
    ).data;
    expect(links.map((link) => link.platform)).toEqual([
      'facebook',
      'x',
      'linkedin',
      'whatsapp',
      'bluesky',
      'email',
    ]);
    expect(links.every((link) => link.enabled && link.urlTemplate.includes('{url}'))).toBe(true);
  });

  it('reads the site settings with the logo', async () => {
    const response = await visitor.get('/api/site', {
      fields: ['name', 'tagline', 'description'],
      populate: { logo: { fields: ['url', 'alternativeText'] } },
    });

    const site = parseBody(
      entryOf({
        name: z.string(),
        tagline: z.string(),
        description: z.string(),
        logo: z.object({ url: z.string(), alternativeText: z.string() }),
      }),
      response,
    ).data;
    expect(site).toMatchObject(DEMO.site);
    expect(site.logo.alternativeText).not.toBe('');
  });
});
