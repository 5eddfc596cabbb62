/**
 * What the build prerendered into index.html, recorded in a <meta> tag: the config it rendered
 * and the dataset version. The client hydrates only when both match what it is about to render.
 */
import type { Config } from './state/url.ts';
import { tag } from './render/htmlPage.ts';

export const PRERENDER_META = 'wannacry-prerender';

export interface PrerenderInfo {
  view: Config['view'];
  /** Embed pages (embed-<view>.html) are prerendered without page chrome. */
  embed: boolean;
  version: string;
}

export function readPrerenderInfo(doc: Document): PrerenderInfo | undefined {
  const content = doc.querySelector(`meta[name="${PRERENDER_META}"]`)?.getAttribute('content');
  if (!content) return undefined;
  try {
    const info = JSON.parse(content) as Partial<PrerenderInfo>;
    return typeof info.view === 'string' && typeof info.version === 'string' ? { ...(info as PrerenderInfo), embed: info.embed === true } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page prerendered for one view (embed-map.html) is that view when its URL does not say
 * otherwise: `view` and `embed` come from the URL when given, else from the prerender.
 */
export function withPageDefaults(config: Config, search: string, info: PrerenderInfo | undefined): Config {
  if (!info) return config;
  const params = new URLSearchParams(search);
  return { ...config, view: params.has('view') ? config.view : info.view, embed: params.has('embed') ? config.embed : info.embed };
}

/** The prerender used the default config for its view; theme only changes CSS, so it may differ. */
export function matchesPrerender(info: PrerenderInfo, config: Config, version: string): boolean {
  return (
    info.version === version &&
    config.view === info.view &&
    config.embed === info.embed &&
    config.country === undefined &&
    config.date === undefined
  );
}

export function prerenderMetaTag(info: PrerenderInfo): string {
  return tag('meta', { name: PRERENDER_META, content: JSON.stringify(info) });
}
