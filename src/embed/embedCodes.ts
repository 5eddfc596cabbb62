/**
 * The embed codes a producer copies, for one view of the graphic hosted at `base` (the URL of
 * its index.html folder). Pure, so every code is tested. Hosts differ; each code is the minimal
 * correct form for its platform.
 */
import { escapeHtml } from '../format/html.ts';
import { embedPageFile, fallbackHeight, VIEWS, type View } from '../views.ts';


/**
 * Embeds point at the view's own prerendered page (embed-<view>.html: only that view, no page
 * chrome, readable without JavaScript and quicker to paint than the whole story); the view and
 * embed parameters are kept so the URL reads the same as the contract's index.html?view=…&embed=1 (docs/contract.md).
 */
export function graphicUrl(base: string, view: View): string {
  const url = new URL(embedPageFile(view), base);
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
  const src = escapeHtml(graphicUrl(base, view));
  const title = escapeHtml(VIEWS[view].title);
  const image = escapeHtml(staticImageUrl(base, view));
  const height = fallbackHeight(view);
  const phoneHeight = VIEWS[view].heights[375];
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
      // AMP pages are read on phones: a fixed-height frame at the phone height, resized on embed-size.
      `<amp-iframe src="${src}" title="${title}" height="${phoneHeight}" layout="fixed-height" resizable\n` +
      `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0">\n` +
      `  <div overflow tabindex="0" role="button" aria-label="Show the whole graphic">Show the whole graphic</div>\n` +
      `  <amp-img placeholder layout="fill" src="${image}" alt="${title}"></amp-img>\n` +
      `</amp-iframe>`,
    oembed: escapeHtml(oembedUrl(base, view)).replace(/&amp;/g, '&'),
  };
}

/** The static oEmbed response for one view (https://oembed.com, type "rich"). */
export function oembedJson(base: string, view: View, width = 600) {
  return {
    version: '1.0',
    type: 'rich',
    title: VIEWS[view].title,
    provider_name: 'WannaCry graphics desk',
    provider_url: base,
    html: `<iframe src="${escapeHtml(graphicUrl(base, view))}" title="${escapeHtml(VIEWS[view].title)}" width="100%" height="${fallbackHeight(view)}" style="border:0;width:100%" loading="lazy"></iframe>`,
    width,
    // The height at the width this response gives (600 px), as measured.
    height: VIEWS[view].heights[600],
    thumbnail_url: staticImageUrl(base, view),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
