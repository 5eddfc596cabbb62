// @vitest-environment node
/**
 * WCAG 2.2 AA over the palette, in both themes: text tokens need 4.5:1 against the background
 * (and the raised background), graphical tokens 3:1 (1.4.11 non-text contrast).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, parseTokens } from './tokens.ts';

const tokens = parseTokens(readFileSync(new URL('./tokens.css', import.meta.url).pathname.replace(/^\/@fs/, ''), 'utf8'));
const TEXT = ['fg', 'fg-muted', 'link', 'alert'];
// --land, --border and --bg-raised are surfaces, not information: "no report" is the absence of
// colour, and every country's status is also in its label, tooltip and the table.
const SURFACES = new Set(['bg', 'bg-raised', 'land', 'border', 'rule']);

describe('palette', () => {
  it('defines every token for both themes', () => {
    expect(tokens.size).toBeGreaterThan(20);
  });
  for (const theme of ['light', 'dark'] as const) {
    it(`text has 4.5:1 on the backgrounds (${theme})`, () => {
      for (const name of TEXT) {
        for (const bg of ['bg', 'bg-raised']) {
          const ratio = contrast(tokens.get(name)![theme], tokens.get(bg)![theme]);
          expect(ratio, `--${name} on --${bg}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
    it(`graphical colours have 3:1 against the background (${theme})`, () => {
      for (const [name, pair] of tokens) {
        if (SURFACES.has(name) || TEXT.includes(name)) continue;
        const ratio = contrast(pair[theme], tokens.get('bg')![theme]);
        expect(ratio, `--${name}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
  it('the focus ring has 3:1 against the background and the land', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(contrast(tokens.get('focus')![theme], tokens.get('bg')![theme])).toBeGreaterThanOrEqual(3);
      expect(contrast(tokens.get('focus')![theme], tokens.get('land')![theme])).toBeGreaterThanOrEqual(3);
    }
  });
});
