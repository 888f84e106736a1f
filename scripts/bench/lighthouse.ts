import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** Lighthouse's mobile scores (its default: a throttled phone) for one URL, or null without Chromium. */
export async function lighthouseScores(url: string): Promise<LighthouseScores | null> {
  let options;
  try {
    options = chromiumLaunchOptions();
  } catch {
    return null;
  }
  const chromePath = options.executablePath ?? chromium.executablePath();
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...(options.args ?? [])] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    chrome.kill();
  }
}
