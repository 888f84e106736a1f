import type { SourceFormat, SourceSkipped } from './source';

type Tally = Record<string, number>;

/** What an import did (or, in a dry run, would do): the summary, and every entry worth a look. */
export type ImportReport = {
  format: SourceFormat;
  source: string;
  dryRun: boolean;
  oldSiteUrl: string | null;
  startedAt: string;
  finishedAt?: string;
  counts: {
    posts: { created: number; updated: number; unchanged: number; keptEdited: number; drafts: number };
    authors: { created: number; existing: number };
    labels: { created: number; existing: number };
    images: { uploaded: number; reused: number; failed: number };
    redirects: { created: number; existing: number };
    skipped: Tally;
  };
  skipped: Omit<SourceSkipped, 'kind'>[];
  /** Per post, what the body had that blocks cannot hold (Dutch notes). */
  lossy: { title: string; slug: string; notes: string[] }[];
  /** Posts an editor changed since the last import: left as they are. */
  keptEdited: { title: string; slug: string }[];
  failedImages: { title: string; host: string; reason: string }[];
  warnings: string[];
};

export function emptyReport(format: SourceFormat, source: string, dryRun: boolean): ImportReport {
  return {
    format,
    source,
    dryRun,
    oldSiteUrl: null,
    startedAt: new Date().toISOString(),
    counts: {
      posts: { created: 0, updated: 0, unchanged: 0, keptEdited: 0, drafts: 0 },
      authors: { created: 0, existing: 0 },
      labels: { created: 0, existing: 0 },
      images: { uploaded: 0, reused: 0, failed: 0 },
      redirects: { created: 0, existing: 0 },
      skipped: {},
    },
    skipped: [],
    lossy: [],
    keptEdited: [],
    failedImages: [],
    warnings: [],
  };
}

/** Where a running import is, for the progress bar of the admin page and the CLI. */
export type ImportProgress = { phase: 'reading' | 'importing' | 'publishing'; done: number; total: number };
