import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { createApiToken } from '../../scripts/lib/cms-admin';
import { TEST_ADMIN } from '../../scripts/lib/test-cms';
import { ArticlePage } from '../pages/article-page';

const cmsUrl = () => {
  const url = process.env.E2E_CMS_URL;
  if (!url) throw new Error('E2E_CMS_URL is not set (playwright.config.ts sets it)');
  return url;
};

async function cmsJson(token: string, pathAndQuery: string, init: RequestInit = {}) {
  const response = await fetch(`${cmsUrl()}${pathAndQuery}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
  });
  const body = await response.json();
  expect(response.ok, JSON.stringify(body)).toBe(true);
  return body;
}

test('a post created and published through the REST API with a token appears', async ({ page, baseURL }) => {
  const token = await createApiToken(cmsUrl(), TEST_ADMIN, 'full-access');
  const [author] = (await cmsJson(token, `/api/authors?filters[slug][$eq]=${DEMO.author.slug}`)).data;
  const [label] = (await cmsJson(token, `/api/labels?filters[slug][$eq]=${DEMO.label.slug}`)).data;
  const form = new FormData();
  const coverFile = path.resolve(__dirname, '../../cms/seed/media', DEMO.workVisit.coverFile);
  form.append('files', new Blob([fs.readFileSync(coverFile)], { type: 'image/jpeg' }), 'api-cover.jpg');
  form.append(
    'fileInfo',
    JSON.stringify({ alternativeText: 'Raadsleden in gesprek met bewoners', name: 'api-cover.jpg' }),
  );
  const [cover] = await cmsJson(token, '/api/upload', { method: 'POST', body: form });
  const slug = `api-bericht-${Date.now()}`;

  await cmsJson(token, '/api/posts?status=published', {
    method: 'POST',
    body: JSON.stringify({
      data: {
        title: 'Bewonersavond over de Kerkweg',
        slug,
        content: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Ruim zestig bewoners kwamen praten over de nieuwe inrichting.' },
            ],
          },
        ],
        cover: cover.id,
        publicationDate: '2026-03-02T19:45:00.000Z',
        author: author.documentId,
        labels: [label.documentId],
      },
    }),
  });

  const article = new ArticlePage(page);
  const response = await article.goto(slug);
  expect(response?.status()).toBe(200);
  await expect(article.title).toHaveText('Bewonersavond over de Kerkweg');
  await expect(article.byline).toHaveText(`Door ${DEMO.author.name} op 2 maart 2026 om 20:45`);
  await expect(article.image('Raadsleden in gesprek met bewoners')).toBeVisible();
  await expect(article.shareNavigation.getByRole('link').first()).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${baseURL}/berichten/${slug}`)}`,
  );
  await expect(article.labelLink(DEMO.label.name)).toBeVisible();
});

test('the draft is not on the site', async ({ request }) => {
  const response = await request.get(`/berichten/${DEMO.draft.slug}`);
  expect(response.status()).toBe(404);
});
