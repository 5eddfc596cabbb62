/**
 * The NAO's two editions of its trust counts, read from the dataset by id: October 2017 (37
 * infected, 44 disrupted) and the April 2018 re-issue (34 and 46) after four trusts contested
 * their category. Only the April 2018 edition comes with names (its Appendix Two).
 */
import type { Model } from '../../data/model.ts';
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import type { Fact, Trust } from '../../data/schema.ts';
import { editionLabel } from '../nhs/facts.ts';
import type { EditionCounts } from './layout.ts';

export type EditionId = 'revised' | 'original';
export const EDITION_ORDER: readonly EditionId[] = ['revised', 'original'];

type Figure = Fact & { value: number };

export interface Edition {
  id: EditionId;
  /** The month the edition appeared, from its source ("April 2018"). */
  label: string;
  total: Figure;
  affected: Figure;
  infected: Figure;
  disrupted: Figure;
  acuteInfected: Figure;
  counts: EditionCounts;
  named: readonly Trust[];
}

export function trustEditions(model: Model): Record<EditionId, Edition> {
  const fact = (id: string) => requireFact(model.nhsFacts, id);
  const total = fact(NHS.trustsTotal);
  const edition = (id: EditionId, ids: { affected: string; infected: string; disrupted: string; acute: string }, named: readonly Trust[]): Edition => {
    const affected = fact(ids.affected);
    const infected = fact(ids.infected);
    const disrupted = fact(ids.disrupted);
    return {
      id,
      label: editionLabel(model.sources.get(affected.sourceId)),
      total,
      affected,
      infected,
      disrupted,
      acuteInfected: fact(ids.acute),
      counts: { total: total.value, infected: infected.value, disrupted: disrupted.value },
      named,
    };
  };
  return {
    revised: edition('revised', { affected: NHS.affected2018, infected: NHS.infected2018, disrupted: NHS.disrupted2018, acute: NHS.acuteInfected2018 }, model.dataset.nhs.trusts),
    // The NAO did not say which four trusts moved between the editions, so none can be named here.
    original: edition('original', { affected: NHS.affected2017, infected: NHS.infected2017, disrupted: NHS.disrupted2017, acute: NHS.acuteInfected2017 }, []),
  };
}
