/**
 * `npx tsx scripts/bench/article-weight.ts [--lighthouse] [--html FILE]`: the article's weight and its Lighthouse scores alone,
 * a minute instead of the whole bench, for work on what an article loads. Same build and stack as
 * `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { chromiumLaunchOptions } from '../lib/chromium';
import { freePort } from '../lib/processes';
import { buildStack } from '../lib/stack';
import { benchEnv, bootBenchCms, startBenchSite } from './bench-stack';
import { lighthouseScores } from './lighthouse';
import { pageWeight } from './weight';

async function main() {
  chromiumLaunchOptions();
  buildStack(benchEnv);
  const port = await freePort();
  const cms = await bootBenchCms(port);
  const site = await startBenchSite(cms, port);
  try {
    const url = `http://127.0.0.1:${port}/berichten/${DEMO.workVisit.slug}`;
    const weight = await pageWeight(url);
    console.log('weight (bytes on the wire):', JSON.stringify(weight));
    // Which scripts those are: what to look at when the JavaScript figure moves.
    const html = await (await fetch(url)).text();
    const htmlOut = process.argv[process.argv.indexOf('--html') + 1];
    if (process.argv.includes('--html') && htmlOut) writeFileSync(htmlOut, html);
    for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
      const body = await (await fetch(new URL(src ?? '', url))).arrayBuffer();
      console.log(`  ${(gzipSync(Buffer.from(body)).length / 1024).toFixed(1).padStart(6)} kB gzip  ${src}`);
    }
    if (process.argv.includes('--lighthouse')) console.log(JSON.stringify(await lighthouseScores(url)));
  } finally {
    await site.stop();
    await cms.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
