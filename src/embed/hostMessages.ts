/**
 * Messages to and from the page that embeds the graphic in an iframe: one place for every
 * protocol. We write them ourselves (a few lines each) rather than bundle pym.js (GPL-free,
 * but 10 KB for what is one string) or any other host library.
 *
 * Out (whenever the content height changes, all protocols at once; hosts ignore the others):
 * - pym.js:       "pymxPYMx<childId>xPYMxheightxPYMx<px>"  (pym's string protocol)
 * - Datawrapper:  {"datawrapper-height": {"<slug>": px}}
 * - AMP:          {sentinel: "amp", type: "embed-size", height}  (height ≥ 100, AMP's minimum),
 *                 and once {sentinel: "amp", type: "embed-ready"}
 * - generic JSON: {src: <page URL>, context: "iframe.resize", height}
 * In:
 * - pym.js "width" ("pymxPYMx<childId>xPYMxwidthxPYMx<px>"): re-measure and send the height.
 * - theme:        {type: "wannacry:theme", theme: "light" | "dark" | "auto"}
 */
import { applyTheme, isTheme, type Theme } from '../state/theme.ts';

export const PYM_DELIMITER = 'xPYMx';
export const AMP_MIN_HEIGHT = 100;
export const THEME_MESSAGE_TYPE = 'wannacry:theme';

export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, value].join(PYM_DELIMITER);
}

/** The Datawrapper-style slug: one per view, so a page embedding two views can tell them apart. */
export const embedSlug = (view: string) => `wannacry-${view}`;

export function heightMessages(height: number, options: { childId?: string; view: string; src: string }): Array<string | object> {
  const px = Math.ceil(height);
  const messages: Array<string | object> = [
    { 'datawrapper-height': { [embedSlug(options.view)]: px } },
    { sentinel: 'amp', type: 'embed-size', height: Math.max(AMP_MIN_HEIGHT, px) },
    { src: options.src, context: 'iframe.resize', height: px },
  ];
  if (options.childId) messages.unshift(pymMessage(options.childId, 'height', px));
  return messages;
}

/** Parses a pym.js message for this child; undefined for anything else. */
export function parsePymMessage(data: unknown, childId: string): { type: string; value: string } | undefined {
  if (typeof data !== 'string') return undefined;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return undefined;
  return { type: parts[2]!, value: parts[3]! };
}

export function parseThemeMessage(data: unknown): Theme | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type, theme } = data as { type?: unknown; theme?: unknown };
  return type === THEME_MESSAGE_TYPE && isTheme(theme) ? theme : undefined;
}

/**
 * Starts the conversation with the host page: reports the height on every layout change
 * (ResizeObserver; no polling), answers pym's width message, and follows theme messages.
 * Returns a function that stops it.
 */
export function connectToHost(win: Window, options: { childId?: string; view: string }): () => void {
  const doc = win.document;
  let last = -1;
  const send = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(height, { ...options, src: win.location.href })) win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(doc.documentElement);
  win.parent.postMessage({ sentinel: 'amp', type: 'embed-ready' }, '*');
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const theme = parseThemeMessage(event.data);
    if (theme) applyTheme(doc.documentElement, theme);
    if (options.childId && parsePymMessage(event.data, options.childId)?.type === 'width') {
      last = -1; // pym asks again after resizing the iframe: always answer
      send();
    }
  };
  win.addEventListener('message', onMessage);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
