import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import type { ImportReport } from '../../import/report';

export type ImportJob = {
  documentId: string;
  status: 'checking' | 'ready' | 'importing' | 'done' | 'failed' | 'cancelled';
  source: string;
  format: string | null;
  progress: { phase: 'reading' | 'importing' | 'publishing'; done: number; total: number } | null;
  report: ImportReport | null;
  error: string | null;
};

const API = '/fractieblog-import';
const FINISHED: ImportJob['status'][] = ['done', 'failed', 'cancelled'];

/** Why a request to the import API failed, as its Dutch message says it. */
function messageOf(error: unknown): string {
  const response: unknown = Reflect.get(Object(error), 'response');
  const message: unknown = Reflect.get(
    Object(Reflect.get(Object(Reflect.get(Object(response), 'data')), 'error')),
    'message',
  );
  return typeof message === 'string' ? message : 'Het CMS gaf geen antwoord; probeer het opnieuw.';
}

/** An import job of the CMS (cms/src/import/http.ts): start it, follow it every second, confirm or cancel it. */
export function useImportJob() {
  const { get, post } = useFetchClient();
  const [id, setId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!id) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { data } = await get<{ data: ImportJob }>(`${API}/${id}`);
        if (!current) return;
        setJob(data.data);
        if (!FINISHED.includes(data.data.status)) timer = setTimeout(poll, 1000);
      } catch (error) {
        if (current) setProblem(messageOf(error));
      }
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id, get]);

  const act = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    job,
    problem,
    busy,
    start: (input: { file: File } | { url: string }, oldSiteUrl: string) =>
      act(async () => {
        setJob(null);
        const body = new FormData();
        if ('file' in input) body.append('file', input.file);
        else body.append('url', input.url);
        if (oldSiteUrl) body.append('oldSiteUrl', oldSiteUrl);
        const { data } = await post<{ data: { id: string } }>(API, body);
        setId(data.data.id);
      }),
    confirm: () => act(async () => void (await post(`${API}/${id}/confirm`, {}))),
    cancel: () => act(async () => void (await post(`${API}/${id}/cancel`, {}))),
    reset: () => {
      setId(null);
      setJob(null);
      setProblem(null);
    },
  };
}
