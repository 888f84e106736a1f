import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { spread } from './stats';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export type LighthouseScores = Record<Category, number> & {
  /** How many runs the scores are the median of. */
  runs: number;
  /** Each run's performance score, in order. */
  performanceRuns: number[];
  /** The largest paint's element in each run, as Lighthouse's CSS selector of it. */
  largestPaint: string[];
};

const byCategory = (score: (category: Category) => number) =>
  Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<Category, number>;

/** Every selector of a node in an audit's details, wherever Lighthouse nests it. */
function selectors(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  if (Array.isArray(details)) return details.flatMap(selectors);
  const record = details as Record<string, unknown>;
  const own = record.type === 'node' && typeof record.selector === 'string' ? [record.selector] : [];
  return [...own, ...Object.values(record).flatMap(selectors)];
}

/**
 * Lighthouse's mobile scores (its default: a throttled phone) for one URL, the median of `runs`
 * runs (one run's performance score moves by a few points on a shared machine), or null without
 * Chromium.
 */
export async function lighthouseScores(url: string, runs = 3): Promise<LighthouseScores | null> {
  let options;
  try {
    options = chromiumLaunchOptions();
  } catch {
    return null;
  }
  const chromePath = options.executablePath ?? chromium.executablePath();
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const scores: Record<Category, number>[] = [];
  const largestPaint: string[] = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...(options.args ?? [])] });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      scores.push(byCategory((id) => Math.round((categories[id]?.score ?? 0) * 100)));
      const element = result?.lhr.audits['largest-contentful-paint-element']?.details;
      largestPaint.push(selectors(element)[0] ?? '(onbekend)');
    } finally {
      chrome.kill();
    }
  }
  return {
    ...byCategory((category) => spread(scores.map((run) => run[category])).median),
    runs,
    performanceRuns: scores.map((run) => run.performance),
    largestPaint,
  };
}
