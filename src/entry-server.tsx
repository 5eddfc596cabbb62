/** Server render for the build's prerender step (scripts/build.mjs); never shipped to readers. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { NhsSection } from './sections/NhsSection.tsx';
import { RansomSection } from './sections/RansomSection.tsx';
import { SectionsContext, type SectionComponents } from './sections/sectionComponents.tsx';
import { SourcesSection } from './sections/SourcesSection.tsx';
import { App } from './App.tsx';
import { datasetQuery, createQueryClient, worldQuery } from './data/queries.ts';
import { hashText, type LoadedDataset } from './data/load.ts';
import { validateDataset, formatIssue } from './data/validate.ts';
import { DEFAULT_CONFIG, VIEWS, type View } from './embed/config.ts';
import { oembedJson } from './embed/embedCodes.ts';
export { VIEWS } from './embed/config.ts';
export { VIEW_TITLES } from './embed/embedCodes.ts';
import { buildModel } from './data/model.ts';
import { StaticCard } from './static/StaticCard.tsx';
import { StaticFallback } from './static/StaticFallback.tsx';
import { parseTokens } from './theme/tokens.ts';
import type { World } from './geo/world.ts';
export { fullWorld } from './geo/fullWorld.ts';
import { prerenderMetaTag } from './prerenderInfo.ts';

export interface Prerendered {
  html: string;
  head: string;
}

const EAGER_SECTIONS: SectionComponents = { Nhs: NhsSection, Ransom: RansomSection, Sources: SourcesSection };

export function prerender(view: View, datasetText: string, world: World, embed = false): Prerendered {
  const result = validateDataset(JSON.parse(datasetText));
  if (!result.ok) throw new Error(`Cannot prerender an invalid dataset:\n${result.issues.map(formatIssue).join('\n')}`);
  const loaded: LoadedDataset = { dataset: result.dataset, version: hashText(datasetText) };
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQuery.queryKey, loaded);
  queryClient.setQueryData(worldQuery.queryKey, world);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SectionsContext.Provider value={EAGER_SECTIONS}>
          <App config={{ ...DEFAULT_CONFIG, view, embed }} />
        </SectionsContext.Provider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { html, head: prerenderMetaTag({ view, embed, version: loaded.version }) };
}

export interface StaticAsset {
  file: string;
  content: string;
  /** SVG to be rasterised to this PNG path by the build. */
  png?: string;
}

/**
 * Files for places that cannot run the graphic: per view, a 1200 × 630 image (SVG, rasterised to
 * PNG by the build) and an HTML page with the image and the data as a table; and oEmbed JSON.
 * `base` is the public URL when known (PUBLIC_URL), else the files use relative URLs.
 */
export function staticAssets(datasetText: string, world: World, tokensCss: string, base: string): StaticAsset[] {
  const result = validateDataset(JSON.parse(datasetText));
  if (!result.ok) throw new Error('invalid dataset');
  const model = buildModel(result.dataset, world);
  const palette = Object.fromEntries([...parseTokens(tokensCss)].map(([name, pair]) => [name, pair.light]));
  const assets: StaticAsset[] = [];
  for (const view of VIEWS) {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(<StaticCard view={view} model={model} palette={palette} />)}`;
    assets.push({ file: `static/${view}.svg`, content: svg, png: `static/${view}.png` });
    assets.push({ file: `static/${view}.html`, content: `<!doctype html>\n${renderToStaticMarkup(<StaticFallback view={view} model={model} />)}` });
    assets.push({ file: `oembed-${view}.json`, content: `${JSON.stringify(oembedJson(base, view), null, 2)}\n` });
  }
  return assets;
}
