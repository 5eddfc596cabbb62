/** TanStack Query bindings: one cache entry per file, shared by every component that needs it. */
import { QueryClient, useQuery } from '@tanstack/react-query';
import { DatasetError, loadDataset, loadWorld } from './load.ts';

export const datasetQuery = { queryKey: ['dataset'], queryFn: ({ signal }: { signal: AbortSignal }) => loadDataset(signal) } as const;
export const worldQuery = { queryKey: ['world'], queryFn: ({ signal }: { signal: AbortSignal }) => loadWorld(signal) } as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The files change only when a journalist republishes; a page view never needs a refetch.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A malformed file will not fix itself; a network error might, so retry only those.
        retry: (count, error) => count < 2 && error instanceof DatasetError && error.kind === 'network',
      },
    },
  });
}

export const useDataset = () => useQuery(datasetQuery);
export const useWorld = () => useQuery(worldQuery);
