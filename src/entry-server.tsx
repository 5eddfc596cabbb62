/** Server render for the build's prerender step (scripts/build.mjs); never shipped to readers. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import { datasetQuery, createQueryClient, worldQuery } from './data/queries.ts';
import { hashText, type LoadedDataset } from './data/load.ts';
import { validateDataset, formatIssue } from './data/validate.ts';
import { DEFAULT_CONFIG, type View } from './embed/config.ts';
import type { World } from './geo/world.ts';
import { prerenderMetaTag } from './prerenderInfo.ts';

export interface Prerendered {
  html: string;
  head: string;
}

export function prerender(view: View, datasetText: string, world: World): Prerendered {
  const result = validateDataset(JSON.parse(datasetText));
  if (!result.ok) throw new Error(`Cannot prerender an invalid dataset:\n${result.issues.map(formatIssue).join('\n')}`);
  const loaded: LoadedDataset = { dataset: result.dataset, version: hashText(datasetText) };
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQuery.queryKey, loaded);
  queryClient.setQueryData(worldQuery.queryKey, world);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App config={{ ...DEFAULT_CONFIG, view }} />
      </QueryClientProvider>
    </StrictMode>,
  );
  return { html, head: prerenderMetaTag({ view, version: loaded.version }) };
}
