/**
 * Every page and file the build writes besides the client bundle, from one validated dataset:
 *
 * - index.html: the story, prerendered, with social-card tags and oEmbed discovery;
 * - embed-<view>.html: each view alone without page chrome, for iframes (views.ts);
 * - static/<view>.svg (rasterised to PNG by the build), static/<view>.html: image-and-table pages
 *   for places that cannot run an iframe; oembed-<view>.json.
 *
 * Run by scripts/build.mjs through Vite's module runner; never shipped to readers. Pure apart from
 * React's server renderer, so a test can build the whole site from a fixture dataset.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from '../App.tsx';
import type { LoadedDataset } from '../data/load.ts';
import { buildModel } from '../data/model.ts';
import { createQueryClient, datasetQuery, worldQuery } from '../data/queries.ts';
import type { Dataset } from '../data/schema.ts';
import { DEFAULT_CONFIG } from '../state/url.ts';
import { oembedJson, oembedUrl, staticImageUrl } from '../embed/embedCodes.ts';
import type { World } from '../geo/world.ts';
import { prerenderMetaTag } from '../prerenderInfo.ts';
import { AttributionSection } from '../sections/AttributionSection.tsx';
import { NhsSection } from '../sections/NhsSection.tsx';
import { RansomSection } from '../sections/RansomSection.tsx';
import { SectionsContext, type SectionComponents } from '../sections/sectionComponents.tsx';
import { SourcesSection } from '../sections/SourcesSection.tsx';
import { StaticCard } from '../static/StaticCard.tsx';
import { StaticFallback } from '../static/StaticFallback.tsx';
import { parseTokens } from '../theme/tokens.ts';
import { ModelContext } from '../ui/ModelContext.tsx';
import { embedPageFile, VIEW_IDS, VIEWS, type View } from '../views.ts';
import { fillTemplate, tag } from './htmlPage.ts';

export { fullWorld } from '../geo/fullWorld.ts';

export interface SiteInput {
  /** The validated dataset and its version (the hash of the published file's text). */
  loaded: LoadedDataset;
  world: World;
  /** dist/index.html as Vite wrote it: the page template with its script and stylesheet tags. */
  template: string;
  /** src/theme/tokens.css, for the static images' colours. */
  tokensCss: string;
  /** Where the graphic will live (absolute), for oEmbed and social cards. */
  publicUrl: string;
}

export interface SiteFile {
  file: string;
  content: string;
  /** For an SVG: the PNG the build rasterises it to. */
  png?: string;
}

// The server renders every section eagerly, inside the same Suspense boundaries the browser uses.
const EAGER_SECTIONS: SectionComponents = { nhs: NhsSection, ransom: RansomSection, attribution: AttributionSection, sources: SourcesSection };

/** One view of the app as HTML, with the tag that lets the browser hydrate it. */
function prerender(view: View, loaded: LoadedDataset, world: World, embed: boolean): { html: string; head: string } {
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

function socialTags(meta: Dataset['meta'], publicUrl: string): string[] {
  return [
    tag('meta', { property: 'og:type', content: 'article' }),
    tag('meta', { property: 'og:title', content: meta.title }),
    tag('meta', { property: 'og:description', content: meta.dek }),
    tag('meta', { property: 'og:image', content: staticImageUrl(publicUrl, 'story') }),
    tag('meta', { property: 'og:image:width', content: '1200' }),
    tag('meta', { property: 'og:image:height', content: '630' }),
    tag('meta', { name: 'twitter:card', content: 'summary_large_image' }),
    tag('link', { rel: 'alternate', type: 'application/json+oembed', href: oembedUrl(publicUrl, 'story'), title: meta.title }),
  ];
}

export function renderSite(input: SiteInput): SiteFile[] {
  const { loaded, world, template, publicUrl } = input;
  const { dataset } = loaded;
  const files: SiteFile[] = [];

  const story = prerender('story', loaded, world, false);
  files.push({
    file: 'index.html',
    content: fillTemplate(template, { title: dataset.meta.title, head: [story.head, ...socialTags(dataset.meta, publicUrl)], body: story.html, noscriptNote: true }),
  });
  for (const view of VIEW_IDS) {
    const embedded = prerender(view, loaded, world, true);
    files.push({
      file: embedPageFile(view),
      content: fillTemplate(template, {
        title: VIEWS[view].title,
        head: [embedded.head, tag('meta', { name: 'robots', content: 'noindex' })],
        body: embedded.html,
        noscriptNote: false,
      }),
    });
  }

  const model = buildModel(dataset, world);
  const palette = Object.fromEntries([...parseTokens(input.tokensCss)].map(([name, pair]) => [name, pair.light]));
  for (const view of VIEW_IDS) {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(<StaticCard view={view} model={model} palette={palette} />)}`;
    files.push({ file: `static/${view}.svg`, content: svg, png: `static/${view}.png` });
    // The static page shares tables with the graphic, whose citations read the model from context.
    const page = (
      <ModelContext.Provider value={model}>
        <StaticFallback view={view} model={model} />
      </ModelContext.Provider>
    );
    files.push({ file: `static/${view}.html`, content: `<!doctype html>\n${renderToStaticMarkup(page)}` });
    files.push({ file: `oembed-${view}.json`, content: `${JSON.stringify(oembedJson(publicUrl, view), null, 2)}\n` });
  }
  return files;
}
