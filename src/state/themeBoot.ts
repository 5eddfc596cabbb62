/**
 * Runs before the first paint as a classic script (dist/theme.js, loaded in <head>), so that
 * `theme=dark` never flashes a light page. An external file rather than an inline script, so the
 * page runs under a host's strict Content-Security-Policy (script-src 'self').
 */
import { applyTheme, readThemeParam } from './theme.ts';

applyTheme(document.documentElement, readThemeParam(location.search));
