/**
 * What the build prerendered into index.html, recorded in a <meta> tag: the config it rendered
 * and the dataset version. The client hydrates only when both match what it is about to render.
 */
import { DEFAULT_CONFIG, type Config } from './embed/config.ts';

export const PRERENDER_META = 'wannacry-prerender';

export interface PrerenderInfo {
  view: Config['view'];
  version: string;
}

export function readPrerenderInfo(doc: Document): PrerenderInfo | undefined {
  const content = doc.querySelector(`meta[name="${PRERENDER_META}"]`)?.getAttribute('content');
  if (!content) return undefined;
  try {
    const info = JSON.parse(content) as Partial<PrerenderInfo>;
    return typeof info.view === 'string' && typeof info.version === 'string' ? (info as PrerenderInfo) : undefined;
  } catch {
    return undefined;
  }
}

/** The prerender used the default config for its view; theme only changes CSS, so it may differ. */
export function matchesPrerender(info: PrerenderInfo, config: Config, version: string): boolean {
  return (
    info.version === version &&
    config.view === info.view &&
    config.embed === DEFAULT_CONFIG.embed &&
    config.country === undefined &&
    config.date === undefined
  );
}

export function prerenderMetaTag(info: PrerenderInfo): string {
  const json = JSON.stringify(info).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta name="${PRERENDER_META}" content="${json}" />`;
}
