/** The validated dataset and the map, indexed once for every component (see ModelContext). */
import type { Place, World } from '../geo/world.ts';
import { indexPlaces } from '../geo/world.ts';
import { classifyCountries, type CountryEvidence } from './derive/evidence.ts';
import { withNhsOnMap } from './derive/nhsOnMap.ts';
import type { Country, Dataset, Fact, Measure, Source } from './schema.ts';

export interface Model {
  dataset: Dataset;
  world: World;
  sources: ReadonlyMap<string, Source>;
  measures: ReadonlyMap<string, Measure>;
  countries: ReadonlyMap<string, Country>;
  evidence: ReadonlyMap<string, CountryEvidence>;
  places: ReadonlyMap<string, Place>;
  /** The NHS section's figures by id (the dataset's `nhs.figures`). */
  nhsFacts: ReadonlyMap<string, Fact>;
  /** The ransom section's facts by id (the dataset's `ransom.facts`). */
  ransomFacts: ReadonlyMap<string, Fact>;
}

export function buildModel(published: Dataset, world: World): Model {
  // Derived once here, so the map, its table, the details and the downloads all see the NHS entry.
  const dataset = withNhsOnMap(published);
  return {
    dataset,
    world,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    measures: new Map(dataset.measures.map((m) => [m.id, m])),
    countries: new Map(dataset.countries.map((c) => [c.iso3, c])),
    evidence: classifyCountries(dataset),
    places: indexPlaces(world),
    nhsFacts: new Map(dataset.nhs.figures.map((f) => [f.id, f])),
    ransomFacts: new Map(dataset.ransom.facts.map((f) => [f.id, f])),
  };
}

/** A fact the dataset check guarantees (requiredFacts.ts); throws only if that guarantee broke. */
export function requireFact(facts: ReadonlyMap<string, Fact>, id: string): Fact & { value: number } {
  const fact = facts.get(id);
  if (!fact || fact.value === undefined) throw new Error(`Dataset is missing the required figure "${id}"`);
  return fact as Fact & { value: number };
}
