/**
 * The embed codes a producer copies, for one view of the graphic hosted at `base` (the URL of
 * its index.html folder). Pure, so every code is tested. Hosts differ; each code is the minimal
 * correct form for its platform.
 */
import type { View } from './config.ts';

export const VIEW_TITLES: Record<View, string> = {
  story: 'WannaCry, May 2017: the full story',
  map: 'WannaCry, May 2017: where it was reported',
  nhs: "WannaCry, May 2017: what it did to England's NHS",
  ransom: 'WannaCry, May 2017: the ransom payments',
  sources: 'WannaCry, May 2017: sources and methods',
};

/**
 * Heights an iframe uses before the graphic reports its own (or forever, where the host strips
 * scripts). Measured on the built graphic at 600 px wide; a little too tall beats cut off.
 */
export const FALLBACK_HEIGHT: Record<View, number> = { story: 4200, map: 1500, nhs: 2600, ransom: 1500, sources: 2400 };

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Embeds point at the view's own prerendered page (embed-<view>.html: only that view, no page
 * chrome, readable without JavaScript and quicker to paint than the whole story); the view and
 * embed parameters are kept so the URL reads the same as the SPEC's index.html?view=…&embed=1.
 */
export function graphicUrl(base: string, view: View): string {
  const url = new URL(`embed-${view}.html`, base);
  url.searchParams.set('view', view);
  url.searchParams.set('embed', '1');
  return url.href;
}

export const staticImageUrl = (base: string, view: View) => new URL(`static/${view}.png`, base).href;
export const oembedUrl = (base: string, view: View) => new URL(`oembed-${view}.json`, base).href;

export interface EmbedCodes {
  iframe: string;
  pym: string;
  amp: string;
  oembed: string;
}

export function embedCodes(base: string, view: View): EmbedCodes {
  const src = escapeAttr(graphicUrl(base, view));
  const title = escapeAttr(VIEW_TITLES[view]);
  const image = escapeAttr(staticImageUrl(base, view));
  const height = FALLBACK_HEIGHT[view];
  const id = `wannacry-${view}`;
  return {
    iframe:
      `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
      `<script>/* optional: size the iframe to its content */window.addEventListener("message",function(e){var d=e.data;if(!d||d.context!=="iframe.resize")return;` +
      `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});</script>\n` +
      `<noscript><img src="${image}" alt="${title}" style="width:100%"></noscript>`,
    pym:
      `<div id="${id}"></div>\n` +
      `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n` +
      `<script>new pym.Parent("${id}", "${src}", { title: "${title}" });</script>`,
    amp:
      `<amp-iframe src="${src}" title="${title}" width="600" height="${height}" layout="responsive" resizable\n` +
      `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0">\n` +
      `  <div overflow tabindex="0" role="button" aria-label="Show the whole graphic">Show the whole graphic</div>\n` +
      `  <amp-img placeholder layout="fill" src="${image}" alt="${title}"></amp-img>\n` +
      `</amp-iframe>`,
    oembed: escapeAttr(oembedUrl(base, view)).replace(/&amp;/g, '&'),
  };
}

/** The static oEmbed response for one view (https://oembed.com, type "rich"). */
export function oembedJson(base: string, view: View, width = 600) {
  return {
    version: '1.0',
    type: 'rich',
    title: VIEW_TITLES[view],
    provider_name: 'WannaCry graphics desk',
    provider_url: base,
    html: `<iframe src="${escapeAttr(graphicUrl(base, view))}" title="${escapeAttr(VIEW_TITLES[view])}" width="100%" height="${FALLBACK_HEIGHT[view]}" style="border:0;width:100%" loading="lazy"></iframe>`,
    width,
    height: FALLBACK_HEIGHT[view],
    thumbnail_url: staticImageUrl(base, view),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
