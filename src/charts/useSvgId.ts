import { useId } from 'react';

/**
 * A document-unique id for SVG references (url(#…), aria-*). React's ids are stable between the
 * server render and hydration; the characters it may use are dropped so the id is also safe in
 * a url() reference and a CSS selector.
 */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
