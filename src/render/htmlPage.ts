/**
 * A page of the built site from the HTML template that Vite wrote (dist/index.html, with the
 * script and stylesheet tags it added): the prerendered app goes into the root element, the
 * extra head tags before </head>, and the title is replaced. Pure, so the pages are tested.
 */
import { escapeHtml } from '../format/html.ts';

export const APP_PLACEHOLDER = '<!--app-html-->';
export const HEAD_PLACEHOLDER = '<!--prerender-head-->';

export interface PageParts {
  title: string;
  /** Extra tags for <head>, one per entry. */
  head: readonly string[];
  /** The prerendered app. */
  body: string;
  /** Keep the template's <noscript> note (the full page); embeds are the graphic alone. */
  noscriptNote: boolean;
}

export function fillTemplate(template: string, parts: PageParts): string {
  if (!template.includes(APP_PLACEHOLDER) || !template.includes(HEAD_PLACEHOLDER)) {
    throw new Error(`The HTML template needs ${APP_PLACEHOLDER} and ${HEAD_PLACEHOLDER}`);
  }
  let page = template
    .replace(APP_PLACEHOLDER, () => parts.body)
    .replace(HEAD_PLACEHOLDER, () => parts.head.join('\n    '))
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`);
  if (!parts.noscriptNote) page = page.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  return page;
}

/** A <meta> or <link> tag from its attributes, values escaped. */
export function tag(name: 'meta' | 'link', attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes).map(([key, value]) => `${key}="${escapeHtml(value)}"`);
  return `<${name} ${attrs.join(' ')} />`;
}
