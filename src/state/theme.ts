/**
 * The colour theme: `theme=` in the URL, or a host's theme message. Light or dark forces a scheme;
 * auto follows the reader's system. Kept free of imports: the pre-paint script (themeBoot.ts) is
 * built from this file alone.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const isTheme = (value: unknown): value is Theme => typeof value === 'string' && (THEMES as readonly string[]).includes(value);

/** The theme a query string asks for ("?theme=dark"), case-insensitive; auto when absent or unknown. */
export function readThemeParam(search: string): Theme {
  try {
    const value = new URLSearchParams(search).get('theme')?.toLowerCase();
    return isTheme(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
