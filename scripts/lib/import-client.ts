import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../cms/src/import/report';

export type ImportJob = {
  status: 'checking' | 'ready' | 'importing' | 'done' | 'failed' | 'cancelled';
  progress: { phase: string; done: number; total: number } | null;
  report: ImportReport | null;
  error: string | null;
};

/**
 * The CMS's import API (cms/src/import/http.ts), for `npm run import` and the bench: `base` is
 * `<CMS>/api/imports` with a full-access API token, or `<CMS>/fractieblog-import` with an admin
 * session; `authorization` the matching header.
 */
export function importClient(api: { base: string; authorization: string }) {
  const call = async <T>(pathname: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${api.base}${pathname}`, {
      ...init,
      headers: { Authorization: api.authorization, ...init.headers },
    });
    const body = (await response.json().catch(() => null)) as {
      data?: T;
      error?: { message?: string };
    } | null;
    if (!response.ok || !body?.data)
      throw new Error(body?.error?.message ?? `Het CMS antwoordde ${response.status}`);
    return body.data;
  };
  return {
    /** Offers an export file, streamed as the request body; resolves to the job's id. */
    offerFile: async (file: string, oldSiteUrl?: string) => {
      const query = new URLSearchParams({ name: path.basename(file), ...(oldSiteUrl ? { oldSiteUrl } : {}) });
      const init = {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: fs.createReadStream(file) as unknown as BodyInit,
        duplex: 'half',
      };
      return (await call<{ id: string }>(`?${query}`, init as RequestInit)).id;
    },
    /** Offers the address of a feed or export, which the CMS fetches itself. */
    offerUrl: async (url: string, oldSiteUrl?: string) =>
      (
        await call<{ id: string }>('', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ url, oldSiteUrl }),
        })
      ).id,
    job: (id: string) => call<ImportJob>(`/${id}`),
    confirm: (id: string) => call(`/${id}/confirm`, { method: 'POST' }),
    cancel: (id: string) => call(`/${id}/cancel`, { method: 'POST' }),
    /** Polls the job until it reaches one of `statuses`, telling `onChange` of every new state. */
    async waitFor(
      id: string,
      statuses: ImportJob['status'][],
      onChange: (job: ImportJob) => void = () => undefined,
    ) {
      for (;;) {
        const job = await call<ImportJob>(`/${id}`);
        onChange(job);
        if (statuses.includes(job.status)) return job;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    },
  };
}
