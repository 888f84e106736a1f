import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

export type PageWeight = { html: number; js: number; css: number; other: number; requests: number };

const KIND: Record<string, keyof Omit<PageWeight, 'requests'>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
};

/** Bytes on the wire (compressed as the server sent them) of what Chromium loads for a page, by kind. */
export async function pageWeight(url: string): Promise<PageWeight> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const sizes: Promise<void>[] = [];
    const weight: PageWeight = { html: 0, js: 0, css: 0, other: 0, requests: 0 };
    page.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then((size) => {
          weight[KIND[request.resourceType()] ?? 'other'] += size.responseBodySize;
          weight.requests += 1;
        }),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await Promise.all(sizes);
    return weight;
  } finally {
    await browser.close();
  }
}
