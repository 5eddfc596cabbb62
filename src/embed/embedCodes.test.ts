import { describe, expect, it } from 'vitest';
import { VIEWS } from '../views.ts';
import { embedCodes, graphicUrl, oembedJson } from './embedCodes.ts';

const base = 'https://graphics.example.org/2017/wannacry/';

describe('embedCodes()', () => {
  it('points every code at the embed view under the host path', () => {
    expect(graphicUrl(base, 'map')).toBe('https://graphics.example.org/2017/wannacry/embed-map.html?view=map&embed=1');
    const codes = embedCodes(base, 'map');
    expect(codes.iframe).toContain('src="https://graphics.example.org/2017/wannacry/embed-map.html?view=map&amp;embed=1"');
    expect(codes.iframe).toContain('title="WannaCry, May 2017: where it was reported"');
    // The measured height on the narrowest phone (views.ts): no script-less copy is cut off.
    expect(codes.iframe).toContain(`height="${VIEWS.map.heights[320]}"`);
    expect(codes.iframe).toContain('<noscript><img src="https://graphics.example.org/2017/wannacry/static/map.png"');
    expect(codes.pym).toContain('new pym.Parent("wannacry-map", "https://graphics.example.org/2017/wannacry/embed-map.html?view=map&amp;embed=1"');
    expect(codes.amp).toMatch(/^<amp-iframe [^>]*resizable/);
    expect(codes.amp).toContain(`height="${VIEWS.map.heights[375]}" layout="fixed-height"`);
    expect(codes.amp).toContain('<amp-img placeholder layout="fill" src="https://graphics.example.org/2017/wannacry/static/map.png"');
    expect(codes.oembed).toBe('https://graphics.example.org/2017/wannacry/oembed-map.json');
  });
  it('builds a valid rich oEmbed response', () => {
    const json = oembedJson(base, 'nhs');
    expect(json).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: VIEWS.nhs.heights[600], thumbnail_width: 1200, thumbnail_height: 630 });
    expect(json.html).toMatch(/^<iframe src="https:\/\/graphics\.example\.org\/2017\/wannacry\/embed-nhs\.html\?view=nhs&amp;embed=1"/);
  });
});
