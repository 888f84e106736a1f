import type { ClusterResult } from './cluster-phase';
import { HEAP_MB, type ImportResult } from './import-phase';
import type { LoadResult } from './load';
import type { PhaseResult } from './phase';
import { quantile, spread, type Spread } from './stats';
import type { BenchRow } from './table';
import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './weight';

export type BenchResults = {
  cluster?: ClusterResult | null;
  import?: ImportResult | null;
  seed: PhaseResult;
  many: PhaseResult | null;
  manyPosts: number;
  publishMs: number[];
  weight: PageWeight | null;
  lighthouse: LighthouseScores | null;
};

const rps = (runs: LoadResult[]) => spread(runs.map((run) => run.rps));
const p99 = (runs: LoadResult[]) => spread(runs.map((run) => run.p99));
const p50 = (runs: LoadResult[]) => spread(runs.map((run) => run.p50));
/** The `q` quantile of each run's samples: median of the runs, with min–max. */
const sampled = (runs: number[][], q: number) => spread(runs.map((samples) => quantile(samples, q)));
const mb = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => bytes / 1024;

/** Slower or lower by at most 1.2× with 10,000 posts than with the seed set. */
function within(seed: number, many: number, higherIsBetter: boolean): { value: string; met: boolean } {
  const factor = higherIsBetter ? seed / many : many / seed;
  return { value: `${factor.toFixed(2)}×`, met: factor <= 1.2 };
}

function phaseRows(phase: PhaseResult, label: string): BenchRow[] {
  const ratio: Spread = spread(phase.ratios);
  return [
    { figure: `${label}cached article, req/s`, value: rps(phase.cachedArticle) },
    { figure: `${label}static server (same bytes), req/s`, value: rps(phase.staticServer) },
    {
      figure: `${label}cached article / static server`,
      value: ratio,
      target: '≥ 0.25',
      met: ratio.median >= 0.25,
    },
    { figure: `${label}cached article p50`, value: p50(phase.cachedArticle), unit: 'ms' },
    {
      figure: `${label}cached article p99`,
      value: p99(phase.cachedArticle),
      unit: 'ms',
      target: '≤ 10 ms',
      met: p99(phase.cachedArticle).median <= 10,
    },
    { figure: `${label}uncached article p50`, value: sampled(phase.uncachedArticleMs, 0.5), unit: 'ms' },
    {
      figure: `${label}uncached article p99`,
      value: sampled(phase.uncachedArticleMs, 0.99),
      unit: 'ms',
      target: '≤ 150 ms',
      met: sampled(phase.uncachedArticleMs, 0.99).median <= 150,
    },
    { figure: `${label}CMS post by slug, req/s`, value: rps(phase.cmsPostBySlug) },
    { figure: `${label}CMS post by slug p99`, value: p99(phase.cmsPostBySlug), unit: 'ms' },
    { figure: `${label}front page (cached), req/s`, value: rps(phase.frontPage) },
    { figure: `${label}label page (cached), req/s`, value: rps(phase.labelPage) },
    { figure: `${label}search p50`, value: sampled(phase.searchMs, 0.5), unit: 'ms' },
    { figure: `${label}sitemap p50`, value: sampled(phase.sitemapMs, 0.5), unit: 'ms' },
  ];
}

/** The rows of `--cluster`: the balancer against one replica, the site's server against stock Next. */
function clusterRows(cluster: ClusterResult): BenchRow[] {
  const ratio = (figure: string, over: LoadResult[], under: LoadResult[]): BenchRow => ({
    figure: `cluster: ${figure}`,
    value: `${(rps(over).median / rps(under).median).toFixed(2)}×`,
  });
  const load = (what: string, runs: LoadResult[]): BenchRow[] => [
    { figure: `cluster: ${what}, req/s`, value: rps(runs) },
    { figure: `cluster: ${what}, p99`, value: p99(runs), unit: 'ms' },
  ];
  const publish = (q: number): BenchRow => {
    const ms = quantile(cluster.publishMs, q);
    return {
      figure: `cluster: publish → live on every replica, p${q * 100}`,
      value: ms,
      unit: 'ms',
      target: '≤ 1000 ms',
      met: ms <= 1000,
    };
  };
  return [
    ...load('cached article through nginx (2 replicas)', cluster.balancer),
    ...load('cached article from one replica directly', cluster.replica),
    ratio('through nginx / one replica directly', cluster.balancer, cluster.replica),
    ...load('stock `next start` + shared cache handler, one replica', cluster.stockReplica),
    ...load('stock `next start` + shared cache handler, through nginx', cluster.stockBalancer),
    ratio('site server / stock `next start`, one replica', cluster.replica, cluster.stockReplica),
    publish(0.5),
    publish(0.95),
  ];
}

/** The rows of the import at scale: a generated WordPress export, images aside. */
function importRows(result: ImportResult): BenchRow[] {
  const what = `import: WordPress export of ${result.posts.toLocaleString('en-US')} posts (${result.megabytes.toFixed(1)} MB)`;
  const seconds = result.importMs / 1000;
  const rss = mb(result.peakRss);
  return [
    { figure: `${what}, dry run`, value: result.dryRunMs / 1000, unit: 's' },
    { figure: `${what}, import`, value: seconds, unit: 's', target: '≤ 300 s', met: seconds <= 300 },
    {
      figure: `import: CMS peak RSS (heap limit ${HEAP_MB} MB)`,
      value: rss,
      unit: 'MB',
      target: '≤ 500 MB',
      met: rss <= 500,
    },
    {
      figure: 'import: CMS health check while importing, max',
      value: Math.max(...result.healthMs),
      unit: 'ms',
    },
  ];
}

/** Every row of the bench's table, in the order of the list. */
export function benchRows(results: BenchResults): BenchRow[] {
  const { seed, many } = results;
  const rows: BenchRow[] = [...phaseRows(seed, '')];
  const publish = spread(results.publishMs);
  rows.push({
    figure: 'publish → live (REST)',
    value: publish,
    unit: 'ms',
    target: '≤ 1000 ms',
    met: publish.median <= 1000,
  });
  if (results.weight) {
    const { html, js, css } = results.weight;
    rows.push(
      { figure: 'article HTML (gzip)', value: kb(html), unit: 'kB', target: '≤ 30 kB', met: kb(html) <= 30 },
      {
        figure: 'article JavaScript (gzip)',
        value: kb(js),
        unit: 'kB',
        target: '≤ 125 kB',
        met: kb(js) <= 125,
      },
      { figure: 'article CSS (gzip)', value: kb(css), unit: 'kB', target: '≤ 15 kB', met: kb(css) <= 15 },
    );
  }
  const scores = results.lighthouse;
  rows.push({
    figure: `Lighthouse mobile (perf / a11y / best practices / SEO), median of ${scores?.runs ?? 3} runs`,
    value: scores
      ? `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`
      : null,
    target: '≥ 98 / 100 / 100 / 100',
    met: scores
      ? scores.performance >= 98 &&
        scores.accessibility === 100 &&
        scores['best-practices'] === 100 &&
        scores.seo === 100
      : undefined,
  });
  if (scores) {
    rows.push({
      figure: 'Lighthouse mobile performance, each run',
      value: scores.performanceRuns.join(' / '),
    });
    // The cover is what a reader came to see; a larger paint of anything else is a layout mistake.
    const coverRuns = scores.largestPaint.filter((selector) => selector.includes('article__cover')).length;
    rows.push({
      figure: 'Lighthouse largest paint is the cover',
      value: `${coverRuns} of ${scores.largestPaint.length} runs`,
      target: 'every run',
      met: coverRuns === scores.largestPaint.length,
    });
  }
  for (const [name, bytes] of Object.entries(seed.peakRss)) {
    rows.push({ figure: `peak RSS under load: ${name}`, value: mb(bytes), unit: 'MB' });
  }
  if (many) {
    const label = `${results.manyPosts.toLocaleString('en-US')} posts: `;
    rows.push(...phaseRows(many, label));
    const compare = (figure: string, seedValue: number, manyValue: number, higherIsBetter: boolean) => {
      const { value, met } = within(seedValue, manyValue, higherIsBetter);
      rows.push({ figure: `${label}${figure} vs seed`, value, target: '≤ 1.2×', met });
    };
    compare('cached article req/s', rps(seed.cachedArticle).median, rps(many.cachedArticle).median, true);
    compare(
      'uncached article p99',
      sampled(seed.uncachedArticleMs, 0.99).median,
      sampled(many.uncachedArticleMs, 0.99).median,
      false,
    );
    compare('CMS post by slug req/s', rps(seed.cmsPostBySlug).median, rps(many.cmsPostBySlug).median, true);
    compare('front page req/s', rps(seed.frontPage).median, rps(many.frontPage).median, true);
    compare('label page req/s', rps(seed.labelPage).median, rps(many.labelPage).median, true);
    const searchP99 = sampled(many.searchMs, 0.99);
    rows.push({
      figure: `${label}search p99`,
      value: searchP99,
      unit: 'ms',
      target: '≤ 100 ms',
      met: searchP99.median <= 100,
    });
  }
  if (results.import) rows.push(...importRows(results.import));
  if (results.cluster) rows.push(...clusterRows(results.cluster));
  return rows;
}
