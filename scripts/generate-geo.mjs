// Generates the map geometry and the ISO 3166-1 code list the app ships with.
//
// Why pre-project at build time: the map is prerendered into the HTML so it paints before
// JavaScript runs. If the browser re-projected TopoJSON it would need d3-geo and topojson-client
// (~9 KB gzip) and would have to reproduce the server's path strings bit for bit to hydrate.
// Instead we project once, here, into a fixed viewBox; the SVG scales to the measured width
// (Equal Earth keeps its aspect ratio, so fitting to any width is a uniform scale).
//
// Geometry choice (measured, see README "Map geometry"): world-atlas 110m (38 KB gzip as TopoJSON)
// lacks 61 small places that 50m has (Singapore, Hong Kong, Bahrain, Malta ...); 50m costs 229 KB
// gzip, more than the whole first-load budget. So shapes come from 110m and the 61 missing places
// become dots at the centroid of their largest 50m polygon.
//
// Run: node scripts/generate-geo.mjs   (npm run geo). Output is committed; a unit test checks it is
// up to date.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath, geoArea } from 'd3-geo';
import { feature, merge } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const root = new URL('..', import.meta.url);
const WIDTH = 1000; // viewBox width; height follows from Equal Earth's aspect ratio.
const DIGITS = 1; // 0.1 viewBox units = 0.16 px at the widest supported layout (1600 px).

// Display names people use in news copy; the ISO short names ("Russian Federation") stay as aliases.
const DISPLAY_NAME = {
  CHN: 'China', COD: 'DR Congo', COG: 'Congo', IRN: 'Iran', MKD: 'North Macedonia', PSE: 'Palestine',
  RUS: 'Russia', TZA: 'Tanzania', TUR: 'Turkey', USA: 'United States', CIV: "Côte d'Ivoire",
  GMB: 'Gambia', LAO: 'Laos', FSM: 'Micronesia', MDA: 'Moldova', VAT: 'Vatican City',
  FLK: 'Falkland Islands', CCK: 'Cocos Islands', VGB: 'British Virgin Islands',
  VIR: 'US Virgin Islands', MAF: 'Saint Martin', SXM: 'Sint Maarten', NLD: 'Netherlands',
  ALA: 'Åland Islands', SYR: 'Syria', VNM: 'Vietnam', BOL: 'Bolivia', VEN: 'Venezuela',
  PRK: 'North Korea', BRN: 'Brunei', CZE: 'Czechia', KOR: 'South Korea', TWN: 'Taiwan',
  GBR: 'United Kingdom', HKG: 'Hong Kong', MAC: 'Macao', CPV: 'Cabo Verde', SWZ: 'Eswatini',
};
// Common names that are not in the ISO list but that readers type.
const EXTRA_ALIASES = {
  GBR: ['Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'], USA: ['America'],
  CZE: ['Czech Republic'], KOR: ['Korea'], PRK: ['DPRK'], CIV: ['Ivory Coast'], MMR: ['Burma'],
  NLD: ['Holland'], TUR: ['Türkiye'], SWZ: ['Swaziland'], MKD: ['Macedonia'], XKX: ['Kosova'],
};

function isoNames(iso3) {
  const all = countries.getName(iso3, 'en', { select: 'all' }) ?? [];
  const name = DISPLAY_NAME[iso3] ?? all.find((n) => !/[,(]/.test(n)) ?? all[0];
  const aliases = [...new Set([...all, ...(EXTRA_ALIASES[iso3] ?? [])])].filter((n) => n !== name);
  return { name, aliases };
}

// The three 110m shapes without an ISO id are decided explicitly:
// - "N. Cyprus" and "Somaliland" have no ISO 3166-1 entry; ISO counts them within Cyprus and Somalia,
//   and so do our sources, so their shapes are merged into CYP and SOM.
// - Kosovo has no ISO 3166-1 code either; "XKX" is the user-assigned code used by the EU and IMF.
//   It is drawn as its own shape so no source's claim about Serbia is painted onto it.
const MERGE_INTO = { 'N. Cyprus': '196', Somaliland: '706' };
const KOSOVO = { iso3: 'XKX', name: 'Kosovo', aliases: ['Kosova'] };

function largestPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry;
  let best = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

const round = (n) => Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;

// Region presets for the map's zoom buttons, as longitude/latitude boxes [west, south, east, north].
// They are framing choices, not data: each is projected here to a viewBox rectangle.
const REGIONS = {
  europe: { label: 'Europe', box: [-25, 34, 45, 71] },
  asia: { label: 'Asia', box: [60, -11, 150, 55] },
  americas: { label: 'Americas', box: [-170, -56, -30, 72] },
  africa: { label: 'Africa', box: [-20, -36, 55, 38] },
  'middle-east': { label: 'Middle East', box: [25, 11, 65, 43] },
};

function projectBox(projection, [west, south, east, north]) {
  const xs = [];
  const ys = [];
  // Sample the box's edges: a projected parallel is curved, so corners alone would crop it.
  for (let i = 0; i <= 20; i++) {
    const lon = west + ((east - west) * i) / 20;
    const lat = south + ((north - south) * i) / 20;
    for (const [x, y] of [projection([lon, south]), projection([lon, north]), projection([west, lat]), projection([east, lat])]) {
      xs.push(x);
      ys.push(y);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(round);
}

/**
 * Rewrites a d3-geo path ("M x,y L x,y ... Z", absolute) with relative commands, which cuts the
 * geometry file by a third. Points are rounded to DIGITS first and deltas taken between rounded
 * points, so rounding errors never accumulate along a ring.
 */
export function toRelativePath(d, digits = DIGITS) {
  const scale = 10 ** digits;
  const num = (n) => String(n / scale).replace(/^(-?)0\./, '$1.');
  let out = '';
  let last = '';
  let px = 0;
  let py = 0;
  let start = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      // closepath moves the current point back to the start of the subpath.
      out += 'z';
      last = 'z';
      [px, py] = start;
      continue;
    }
    const [x, y] = args.split(',').map((v) => Math.round(Number(v) * scale));
    const [dx, dy] = [x - px, y - py];
    [px, py] = [x, y];
    if (command === 'M') start = [x, y];
    const op = command === 'M' ? 'm' : 'l';
    // After an "l", further coordinate pairs are implicit line-tos; a space separates them
    // unless the next number starts with a minus sign.
    const pair = `${num(dx)}${dy < 0 ? '' : ','}${num(dy)}`;
    out += op === last ? (dx < 0 ? pair : ` ${pair}`) : `${op}${pair}`;
    last = op;
  }
  return out;
}

export async function generate() {
  const t110 = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const t50 = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const sphere = { type: 'Sphere' };
  const projection = geoEqualEarth().fitWidth(WIDTH, sphere);
  const path = geoPath(projection).digits(DIGITS);
  const [[, y0], [, y1]] = path.bounds(sphere);
  const height = Math.ceil(y1 - y0);

  const geometries = t110.objects.countries.geometries;
  const byId = new Map();
  for (const g of geometries) {
    const id = g.id ?? MERGE_INTO[g.properties.name] ?? (g.properties.name === 'Kosovo' ? 'XKX' : null);
    if (!id) throw new Error(`110m shape without a decision: ${g.properties.name}`);
    if (!byId.has(id)) byId.set(id, []);
    byId.get(id).push(g);
  }

  const shapes = [];
  for (const [id, parts] of byId) {
    const geometry = parts.length === 1 ? feature(t110, parts[0]).geometry : merge(t110, parts);
    const iso3 = id === 'XKX' ? 'XKX' : countries.numericToAlpha3(id);
    if (!iso3) throw new Error(`No alpha-3 code for numeric id ${id}`);
    const names = id === 'XKX' ? KOSOVO : isoNames(iso3);
    const main = largestPolygon(geometry);
    const [cx, cy] = path.centroid(main);
    const [[bx0, by0], [bx1, by1]] = path.bounds(geometry);
    shapes.push({
      iso3, name: names.name, aliases: names.aliases, d: toRelativePath(path(geometry)),
      x: round(cx), y: round(cy), bbox: [bx0, by0, bx1, by1].map(round),
    });
  }

  const have = new Set(shapes.map((s) => s.iso3));
  const dots = [];
  for (const g of t50.objects.countries.geometries) {
    if (!g.id) continue; // Siachen Glacier, Indian Ocean Ter.: no ISO entry of their own.
    const iso3 = countries.numericToAlpha3(g.id);
    if (!iso3 || have.has(iso3)) continue;
    const [x, y] = path.centroid(largestPolygon(feature(t50, g).geometry));
    const names = isoNames(iso3);
    dots.push({ iso3, name: names.name, aliases: names.aliases, x: round(x), y: round(y) });
    have.add(iso3);
  }

  // Every other ISO code still gets a name, so search and tables can name any country.
  // i18n-iso-countries also lists Kosovo as "XKK"; we use the more common "XKX" (see above).
  const unmapped = Object.keys(countries.getAlpha3Codes())
    .filter((iso3) => !have.has(iso3) && iso3 !== 'XKK')
    .map((iso3) => ({ iso3, ...isoNames(iso3) }));

  const byIso = (a, b) => a.iso3.localeCompare(b.iso3);
  const world = {
    generated: 'by scripts/generate-geo.mjs from world-atlas 2.0.2 (Natural Earth) and i18n-iso-countries 7.14.0; do not edit',
    projection: 'Equal Earth, fitted to the sphere',
    width: WIDTH,
    height,
    sphere: toRelativePath(path(sphere)),
    shapes: shapes.sort(byIso),
    dots: dots.sort(byIso),
    unmapped: unmapped.sort(byIso),
    regions: Object.entries(REGIONS).map(([id, { label, box }]) => ({ id, label, bbox: projectBox(projection, box) })),
  };
  const codes = [...shapes, ...dots, ...unmapped].map((c) => c.iso3).sort();
  const iso = `// Generated by scripts/generate-geo.mjs from i18n-iso-countries 7.14.0; do not edit.
// ISO 3166-1 alpha-3 codes, plus XKX (Kosovo, user-assigned; see the script for why).
export const ISO3_CODES: ReadonlySet<string> = new Set(
  '${codes.join(' ')}'.split(' '),
);
`;
  // Two files: the paths (fetched only when the page has no prerendered map to read them from)
  // and everything else (bundled: names for search, centroids for keyboard moves, zoom boxes).
  const paths = Object.fromEntries(world.shapes.map((s) => [s.iso3, s.d]));
  const places = { ...world, shapes: world.shapes.map(({ d: _d, ...rest }) => rest) };
  return { places: JSON.stringify(places) + '\n', paths: JSON.stringify({ generated: world.generated, paths }) + '\n', iso };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { places, paths, iso } = await generate();
  await writeFile(new URL('src/geo/places.generated.json', root), places);
  await writeFile(new URL('src/geo/paths.generated.json', root), paths);
  await writeFile(new URL('src/data/iso3.generated.ts', root), iso);
  console.log(`places.generated.json ${places.length} bytes; paths.generated.json ${paths.length} bytes; ${iso.length} bytes of ISO codes`);
}
