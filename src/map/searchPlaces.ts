/**
 * Country search: names, common aliases and ISO codes, ranked so that what a reader types first
 * wins ("ind" → India before Indonesia; "us" → United States by its code and alias).
 */
import type { Place } from '../geo/world.ts';

export interface SearchResult {
  iso3: string;
  name: string;
  /** The alias or code that matched, when it is not the name. */
  matched?: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

export function searchPlaces(query: string, places: Iterable<Place>, limit = 8): SearchResult[] {
  const q = fold(query);
  if (!q) return [];
  const scored: Array<{ result: SearchResult; score: number }> = [];
  for (const place of places) {
    const name = fold(place.name);
    let score = Infinity;
    let matched: string | undefined;
    if (fold(place.iso3) === q) score = 0;
    else if (name === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.split(/[\s-]+/).some((w) => w.startsWith(q))) score = 2;
    for (const alias of place.aliases) {
      const a = fold(alias);
      const s = a === q ? 0.5 : a.startsWith(q) ? 1.5 : a.split(/[\s-]+/).some((w) => w.startsWith(q)) ? 2.5 : a.includes(q) ? 4 : Infinity;
      if (s < score) [score, matched] = [s, alias];
    }
    if (score === Infinity && name.includes(q)) score = 3;
    if (score < Infinity) scored.push({ result: { iso3: place.iso3, name: place.name, ...(matched ? { matched } : {}) }, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.result.name.localeCompare(b.result.name, 'en'))
    .slice(0, limit)
    .map((s) => s.result);
}
