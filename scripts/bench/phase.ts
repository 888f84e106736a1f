import qs from 'qs';
import { postBySlugQuery } from '../../web/src/lib/cms/queries';
import { load, type LoadResult } from './load';
import { peakRssDuring } from './memory';
import type { createProgress } from './progress';
import { getText, postJson, timeSequential } from './requests';
import { serveBytes } from './static-server';
import { quantile } from './stats';

export type Settings = { seconds: number; runs: number; samples: number; connections: number };

export type Stack = {
  cmsUrl: string;
  siteUrl: string;
  revalidateSecret: string;
  pgids: { cms: number; site: number };
};

export type PhaseResult = {
  cachedArticle: LoadResult[];
  staticServer: LoadResult[];
  ratios: number[];
  /** Per run, the time of each request. */
  uncachedArticleMs: number[][];
  cmsPostBySlug: LoadResult[];
  frontPage: LoadResult[];
  labelPage: LoadResult[];
  searchMs: number[][];
  sitemapMs: number[][];
  peakRss: Record<string, number>;
};

export type Progress = ReturnType<typeof createProgress>;

/** Runs autocannon `runs` times, printing each run. */
export async function loadRuns(
  url: string,
  settings: Settings,
  progress: Progress,
  what: string,
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (let run = 1; run <= settings.runs; run += 1) {
    const result = await load(url, settings);
    if (result.non2xx > 0 || result.errors > 0) {
      const kinds = result.errorKinds.length > 0 ? ` (${result.errorKinds.join(', ')})` : '';
      throw new Error(
        `${what}: ${result.non2xx} non-2xx answers and ${result.errors} errors${kinds} from ${url}`,
      );
    }
    progress.detail(
      `${what}, run ${run}/${settings.runs}: ${Math.round(result.rps)} req/s, p99 ${result.p99} ms`,
    );
    results.push(result);
  }
  return results;
}

/** Runs `sample` `settings.runs` times, printing each run's p50 and p99. */
async function sampleRuns(
  settings: Settings,
  progress: Progress,
  what: string,
  sample: () => Promise<number[]>,
): Promise<number[][]> {
  const runs: number[][] = [];
  for (let run = 1; run <= settings.runs; run += 1) {
    const times = await sample();
    const [p50, p99] = [quantile(times, 0.5), quantile(times, 0.99)].map((ms) => ms.toFixed(1));
    progress.detail(`${what}, run ${run}/${settings.runs}: p50 ${p50} ms, p99 ${p99} ms`);
    runs.push(times);
  }
  return runs;
}

const SEARCH_WORDS = ['begroting', 'fiets', 'zorg', 'woningen', 'motie', 'geinformeerd', 'buurthuis', 'raad'];

/** Every per-stack figure of the bench, for one database (the seed set or 10,000 posts). */
export async function measurePhase(
  stack: Stack,
  settings: Settings,
  progress: Progress,
  pages: { articleSlug: string; labelSlug: string },
): Promise<PhaseResult> {
  const articleUrl = `${stack.siteUrl}/berichten/${pages.articleSlug}`;
  const frontUrl = `${stack.siteUrl}/`;
  const labelUrl = `${stack.siteUrl}/labels/${pages.labelSlug}`;
  for (const url of [articleUrl, articleUrl, frontUrl, frontUrl, labelUrl, labelUrl]) await getText(url);

  progress.step('cached article vs a static server with the same bytes');
  const { body, headers } = await getText(articleUrl);
  if (headers.get('x-nextjs-cache') !== 'HIT')
    progress.detail(`note: x-nextjs-cache is ${headers.get('x-nextjs-cache')}`);
  const staticServer = await serveBytes(Buffer.from(body), headers.get('content-type') ?? 'text/html');
  const cachedArticle: LoadResult[] = [];
  const baseline: LoadResult[] = [];
  const { peaks } = await peakRssDuring(stack.pgids, async () => {
    for (let run = 1; run <= settings.runs; run += 1) {
      const [site] = await loadRuns(articleUrl, { ...settings, runs: 1 }, progress, `site ${run}`);
      const [plain] = await loadRuns(staticServer.url, { ...settings, runs: 1 }, progress, `static ${run}`);
      if (site && plain) {
        cachedArticle.push(site);
        baseline.push(plain);
      }
    }
  });
  await staticServer.close();

  progress.step('uncached article render (its cache tag expired before each request)');
  const expire = (tags: string[]) =>
    postJson(`${stack.siteUrl}/api/revalidate`, { tags }, stack.revalidateSecret).then(() => undefined);
  const uncachedArticleMs = await sampleRuns(settings, progress, 'uncached article', () =>
    timeSequential(
      settings.samples,
      async () => void (await getText(articleUrl)),
      () => expire([`post:${pages.articleSlug}`]),
    ),
  );

  progress.step('CMS GET /api/posts, one post by slug with its relations, as the site asks');
  const query = qs.stringify(postBySlugQuery(pages.articleSlug), { encodeValuesOnly: true });
  const cmsPostBySlug = await loadRuns(`${stack.cmsUrl}/api/posts?${query}`, settings, progress, 'CMS');

  progress.step('cached front page and label page');
  const frontPage = await loadRuns(frontUrl, settings, progress, 'front page');
  const labelPage = await loadRuns(labelUrl, settings, progress, 'label page');

  progress.step('search and sitemap (sequential requests)');
  // Each run starts with the site's cached search answers expired (as after a publish), so every
  // run has the same mix: a first search for each word, then the same words again.
  const searchMs = await sampleRuns(settings, progress, 'search', async () => {
    await expire(['posts']);
    return timeSequential(settings.samples, async (index) => {
      const word = SEARCH_WORDS[index % SEARCH_WORDS.length] ?? 'raad';
      await getText(`${stack.siteUrl}/zoeken?q=${encodeURIComponent(word)}`);
    });
  });
  const sitemapMs = await sampleRuns(settings, progress, 'sitemap', () =>
    timeSequential(Math.min(settings.samples, 10), async () => {
      await getText(`${stack.siteUrl}/sitemap.xml`);
    }),
  );

  return {
    cachedArticle,
    staticServer: baseline,
    ratios: cachedArticle.map((site, index) => site.rps / (baseline[index]?.rps ?? Number.NaN)),
    uncachedArticleMs,
    cmsPostBySlug,
    frontPage,
    labelPage,
    searchMs,
    sitemapMs,
    peakRss: peaks,
  };
}
