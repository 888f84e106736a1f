'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

function newQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
  });
}

let browserClient: QueryClient | undefined;

/** In the browser one client per tab, shared by the islands; on the server one per render. */
function queryClient(): QueryClient {
  if (typeof window === 'undefined') return newQueryClient();
  browserClient ??= newQueryClient();
  return browserClient;
}

/**
 * React Query for one island that fetches from the site's own route handlers ("Meer berichten",
 * instant search). Each such island wraps itself, so pages without one (articles) never load it.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(queryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
