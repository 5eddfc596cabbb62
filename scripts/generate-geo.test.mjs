// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generate, toRelativePath } from './generate-geo.mjs';

/** Absolute points of a relative path, to compare with d3's absolute output. */
function points(d) {
  const out = [];
  let x = 0;
  let y = 0;
  let start = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = start;
      continue;
    }
    const nums = args.match(/-?(\d+\.?\d*|\.\d+)/g).map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      x = Math.round((x + nums[i]) * 10) / 10;
      y = Math.round((y + nums[i + 1]) * 10) / 10;
      out.push([x, y]);
      if (cmd === 'm' && i === 0) start = [x, y];
    }
  }
  return out;
}

describe('toRelativePath()', () => {
  it('keeps every point, including after a closed ring', () => {
    const abs = 'M10.05,20L15.2,25.4L12,30Z M100,100L90.5,110.25L80,100Z';
    expect(points(toRelativePath(abs))).toEqual([[10.1, 20], [15.2, 25.4], [12, 30], [100, 100], [90.5, 110.3], [80, 100]]);
  });
});

describe('generated geometry', () => {
  it('is up to date (run npm run geo after changing the script or world-atlas)', async () => {
    const { places, paths, iso } = await generate();
    expect(await readFile('src/geo/places.generated.json', 'utf8')).toBe(places);
    expect(await readFile('src/geo/paths.generated.json', 'utf8')).toBe(paths);
    expect(await readFile('src/data/iso3.generated.ts', 'utf8')).toBe(iso);
  });
  it('draws 175 shapes and 61 dots, and decides the three shapes without an ISO code', async () => {
    const world = JSON.parse(await readFile('src/geo/places.generated.json', 'utf8'));
    const { paths } = JSON.parse(await readFile('src/geo/paths.generated.json', 'utf8'));
    expect(world.shapes).toHaveLength(175);
    expect(Object.keys(paths).sort()).toEqual(world.shapes.map((s) => s.iso3).sort());
    expect(world.dots).toHaveLength(61);
    const iso = world.shapes.map((s) => s.iso3);
    expect(iso).toContain('XKX');
    expect(new Set(iso).size).toBe(iso.length);
    expect(world.dots.map((d) => d.iso3)).toEqual(expect.arrayContaining(['SGP', 'HKG', 'BHR', 'MLT', 'MUS']));
    expect([world.width, world.height]).toEqual([1000, 487]);
  });
});
