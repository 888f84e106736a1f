/**
 * `npm run bench [-- --quick] [-- --cluster]`: builds for production, starts CMS and site on free
 * ports with a fresh database, measures, adds 10,000 posts and measures again; with --cluster also
 * the cluster of `npm run cluster` (nginx against one replica, the site's server against stock
 * `next start`, publish → live across replicas). Prints one Markdown table (also
 * bench/results.json; the full run writes it into the README too). Not part of `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { chromiumLaunchOptions } from '../lib/chromium';
import { freePort, type Service } from '../lib/processes';
import { ROOT } from '../lib/paths';
import { buildStack } from '../lib/stack';
import type { TestCms } from '../lib/test-cms';
import { BENCH_DIST_DIR, benchEnv, bootBenchCms, startBenchSite } from './bench-stack';
import { lighthouseScores } from './lighthouse';
import { insertManyPosts } from './many-posts';
import { measurePhase, type PhaseResult, type Settings, type Stack } from './phase';
import { measureCluster } from './cluster-phase';
import { measureImport } from './import-phase';
import { createProgress } from './progress';
import { publishToLive } from './publish';
import { benchRows, type BenchResults } from './report';
import { writeReadmeTable } from './readme';
import { markdownTable } from './table';
import { pageWeight } from './weight';

const quick = process.argv.includes('--quick');
const withCluster = process.argv.includes('--cluster');
const settings: Settings = quick
  ? { seconds: 2, runs: 3, samples: 10, connections: 20 }
  : { seconds: 10, runs: 3, samples: 30, connections: 20 };
const MANY_POSTS = 10_000;
const PUBLISHES = quick ? 3 : 10;
const IMPORT_POSTS = quick ? 500 : 5_000;

const progress = createProgress(withCluster ? 21 : 18);

function stackOf(cms: TestCms, site: Service, cmsPgid: number, port: number): Stack {
  return {
    cmsUrl: cms.url,
    siteUrl: `http://127.0.0.1:${port}`,
    revalidateSecret: cms.siteEnv.REVALIDATE_SECRET ?? '',
    pgids: { cms: cmsPgid, site: site.child.pid ?? 0 },
  };
}

async function main() {
  // Page weight is counted in Chromium: a missing browser should stop the bench now, not after
  // minutes of measuring.
  chromiumLaunchOptions();
  progress.step(`production build (site into web/${BENCH_DIST_DIR})`);
  buildStack(benchEnv);

  progress.step('CMS on a fresh SQLite database with the demo content, then the site');
  const port = await freePort();
  // The CMS tells this site, not a dev site on the default port, what changed.
  const cms = await bootBenchCms(port);
  let site = await startBenchSite(cms, port);
  const pages = { articleSlug: DEMO.workVisit.slug, labelSlug: DEMO.label.slug };
  try {
    const seed = await measurePhase(stackOf(cms, site, cms.pgid(), port), settings, progress, pages);

    progress.step(`publish → live, ${PUBLISHES} posts through the REST API`);
    const token = await cms.fullAccessToken();
    const authors = await (
      await fetch(`${cms.url}/api/authors?filters[slug][$eq]=${DEMO.author.slug}`)
    ).json();
    const publishMs = await publishToLive({
      cmsUrl: cms.url,
      siteUrl: `http://127.0.0.1:${port}`,
      token,
      authorDocumentId: String(authors.data?.[0]?.documentId),
      runs: PUBLISHES,
    });
    progress.detail(publishMs.map((ms) => `${Math.round(ms)} ms`).join(', '));

    progress.step('article page weight in Chromium');
    const articleUrl = `http://127.0.0.1:${port}/berichten/${pages.articleSlug}`;
    const weight = await pageWeight(articleUrl);
    progress.detail(JSON.stringify(weight));
    progress.step('Lighthouse (mobile)');
    const lighthouse = await lighthouseScores(articleUrl).catch((error: unknown) => {
      progress.detail(`Lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    progress.detail(JSON.stringify(lighthouse));

    progress.step(`${MANY_POSTS.toLocaleString('en-US')} posts straight into the database`);
    await site.stop();
    await cms.stop();
    const file = cms.database.env.DATABASE_FILENAME;
    if (!file) throw new Error('the bench needs the SQLite database');
    insertManyPosts(file, MANY_POSTS);
    await cms.restart();
    site = await startBenchSite(cms, port);
    let many: PhaseResult | null = null;
    many = await measurePhase(stackOf(cms, site, cms.pgid(), port), settings, progress, pages);

    await site.stop();
    await cms.stop();
    progress.step(
      `import of ${IMPORT_POSTS.toLocaleString('en-US')} posts from a generated WordPress export`,
    );
    const imported = await measureImport(IMPORT_POSTS, progress);
    const cluster = withCluster ? await measureCluster(settings, progress, BENCH_DIST_DIR, PUBLISHES) : null;

    const results: BenchResults = {
      seed,
      many,
      manyPosts: MANY_POSTS,
      publishMs,
      weight,
      lighthouse,
      import: imported,
      cluster,
    };
    const table = markdownTable(benchRows(results));
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const heading = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}${quick ? ' (--quick)' : ''}`;
    fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, 'bench', 'results.json'),
      `${JSON.stringify({ measured: new Date().toISOString(), machine, quick, settings, results }, null, 2)}\n`,
    );
    if (!quick) writeReadmeTable(`${heading}:\n\n${table}`);
    console.log(`\n${heading}\n\n${table}\n`);
  } finally {
    await site.stop();
    await cms.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
