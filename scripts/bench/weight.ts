import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

export type PageWeight = {
  html: number;
  /** Script files, plus the page's inline scripts (gzip, as if sent alone): what the browser runs. */
  js: number;
  css: number;
  other: number;
  requests: number;
};

const KIND: Record<string, keyof Omit<PageWeight, 'requests'>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
};

// Scripts the browser runs: no type, or a JavaScript one (not JSON-LD, not an import map).
const INLINE_SCRIPT =
  /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="(?!(?:text|application)\/javascript")[^"]*")[^>]*>([\s\S]*?)<\/script>/gi;

/** The gzip size of the inline scripts a page runs; they travel inside its HTML as well. */
export function inlineScriptBytes(html: string): number {
  const text = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => body ?? '').join('');
  return text.length === 0 ? 0 : gzipSync(text).length;
}

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
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    weight.js += inlineScriptBytes((await response?.text()) ?? '');
    await Promise.all(sizes);
    return weight;
  } finally {
    await browser.close();
  }
}
