import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

export type PlatformTotal = { platform: string; total: number; recent: number };
export type ShareTotals = { recentDays: number; platforms: PlatformTotal[] };

type State = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; totals: ShareTotals };

/** A post's shares per platform from the CMS's admin route (cms/src/share-stats/admin-route.ts). */
export function useShareTotals(documentId: string | undefined): State {
  const { get } = useFetchClient();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    if (!documentId) return;
    let current = true;
    setState({ status: 'loading' });
    get<ShareTotals>(`/share-stats/posts/${documentId}`)
      .then(({ data }) => current && setState({ status: 'loaded', totals: data }))
      .catch(() => current && setState({ status: 'failed' }));
    return () => {
      current = false;
    };
  }, [documentId, get]);
  return state;
}
