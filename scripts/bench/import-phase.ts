import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importClient } from '../lib/import-client';
import { bootTestCms } from '../lib/test-cms';
import { writeBigExport } from './big-export';
import { peakRssDuring } from './memory';
import type { Progress } from './phase';

/** The CMS's heap limit during the import measurement. */
export const HEAP_MB = 256;

export type ImportResult = {
  posts: number;
  megabytes: number;
  dryRunMs: number;
  importMs: number;
  peakRss: number;
  /** How long the CMS took to answer its health check while it imported: every sample, in ms. */
  healthMs: number[];
};

/** Asks `url` every 100 ms until `stop()`; resolves to each answer's time. */
function sampleLatency(url: string) {
  const times: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(url).catch(() => undefined);
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return times;
    },
  };
}

/**
 * The import at scale: a generated WordPress export of `posts` posts (no images) into a fresh CMS
 * through its import API, the dry run and the import timed apart, with the CMS's peak memory.
 */
export async function measureImport(posts: number, progress: Progress): Promise<ImportResult> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-bench-import-')), 'groot.xml');
  await writeBigExport(file, posts);
  const megabytes = fs.statSync(file).size / 1024 / 1024;
  progress.detail(`export: ${posts} berichten, ${megabytes.toFixed(1)} MB`);
  // V8 lets a heap grow far beyond what a program keeps when nothing limits it; with a limit, the
  // CMS's memory during the import is what the import really needs.
  const cms = await bootTestCms({
    seedDemo: false,
    extraEnv: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
  });
  try {
    const api = importClient({
      base: `${cms.url}/api/imports`,
      authorization: `Bearer ${await cms.fullAccessToken()}`,
    });
    const health = sampleLatency(`${cms.url}/_health`);
    const { result, peaks } = await peakRssDuring({ cms: cms.pgid() }, async () => {
      const offered = Date.now();
      const id = await api.offerFile(file);
      const checked = await api.waitFor(id, ['ready', 'failed']);
      if (checked.status !== 'ready') throw new Error(`proefrun mislukt: ${checked.error}`);
      const dryRunMs = Date.now() - offered;
      const confirmed = Date.now();
      await api.confirm(id);
      let shown = '';
      const done = await api.waitFor(id, ['done', 'failed', 'cancelled'], (job) => {
        if (!job.progress || job.progress.total === 0) return;
        // A line per tenth of each phase, not per poll.
        const line = `${job.progress.phase}: ${Math.floor((job.progress.done / job.progress.total) * 10) * 10}%`;
        if (line !== shown) progress.detail(line);
        shown = line;
      });
      if (
        done.status !== 'done' ||
        done.report?.counts.posts.created !== posts ||
        done.report.counts.posts.drafts > 0
      ) {
        throw new Error(`import mislukt: ${done.error ?? JSON.stringify(done.report?.counts.posts)}`);
      }
      return { dryRunMs, importMs: Date.now() - confirmed };
    });
    return { posts, megabytes, ...result, peakRss: peaks.cms ?? 0, healthMs: await health.stop() };
  } finally {
    await cms.destroy();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
