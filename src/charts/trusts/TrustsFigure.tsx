/**
 * NHS trusts: every trust in England as a square, by what happened to it, in the NAO's April 2018
 * edition or (one button away) its October 2017 edition, with the revision explained.
 */
import { useCallback, useMemo, useState } from 'react';
import { requireFact } from '../../data/model.ts';
import { NHS } from '../../data/requiredFacts.ts';
import { useModel } from '../../ui/ModelContext.tsx';
import { ToggleGroup } from '../ToggleGroup.tsx';
import { useSvgId } from '../useSvgId.ts';
import { EDITION_ORDER, trustEditions, type EditionId } from './editions.ts';
import { trustUnits, type TrustUnit } from './layout.ts';
import { trustSummary } from './summary.ts';
import { TrustLegend } from './TrustLegend.tsx';
import { TrustRevisionNote } from './TrustRevisionNote.tsx';
import { TrustTable } from './TrustTable.tsx';
import { TrustUnitChart } from './TrustUnitChart.tsx';
import { describeUnit } from './unitText.ts';

/**
 * 20 columns of 20 px squares: 12 rows for 236 trusts, each square a tappable 19–20 px on a phone.
 * A fixed design, scaled by CSS to the column (at most its own width): the chart is the same shape
 * on the server and in every browser, so nothing below it moves when the script runs.
 */
const UNIT_CHART_WIDTH = 400;

export function TrustsFigure() {
  const model = useModel();
  const editions = useMemo(() => trustEditions(model), [model]);
  const reclassified = requireFact(model.nhsFacts, NHS.reclassified);
  const aeDiverting = requireFact(model.nhsFacts, NHS.aeDiverting);
  const [editionId, setEditionId] = useState<EditionId>('revised');
  const edition = editions[editionId];
  const other = editions[editionId === 'revised' ? 'original' : 'revised'];
  const hasNames = edition.named.length > 0;
  const units = useMemo(() => trustUnits(edition.counts, edition.named), [edition]);
  const describe = useCallback(
    (unit: TrustUnit) => describeUnit(unit, { label: edition.label, hasNames, reclassified: reclassified.value }),
    [edition.label, hasNames, reclassified.value],
  );
  const summaryId = useSvgId('trusts-summary');
  const aeTrusts = edition.named.filter((t) => t.aeDiverted);
  const summary = model.dataset.meta.summaries?.trusts ?? trustSummary(edition, other, aeTrusts);

  return (
    <div className="trusts-block">
      <ToggleGroup
        label="Edition of the NAO's count"
        options={EDITION_ORDER.map((id) => ({ value: id, label: `${editions[id].label} edition${id === 'revised' ? ' (revised)' : ''}` }))}
        value={editionId}
        onChange={setEditionId}
      />
      <TrustLegend edition={edition} aeDiverting={hasNames ? aeDiverting : undefined} />
      <figure className="chart-figure">
        <div className="chart-frame">
          <TrustUnitChart
            units={units}
            width={UNIT_CHART_WIDTH}
            label={`The NHS trusts of England, ${edition.label} edition: one square per trust`}
            summaryId={summaryId}
            describe={describe}
          />
        </div>
        <p id={summaryId} className="visually-hidden">
          {summary}
        </p>
        <figcaption className="chart-caption">One square per trust: hover, tap or tab to one to see which.</figcaption>
      </figure>
      <details className="how-we-know">
        <summary>How we know: the auditors&apos; two editions, and every named trust</summary>
        <TrustRevisionNote original={editions.original} revised={editions.revised} reclassified={reclassified} />
        <TrustTable editions={EDITION_ORDER.map((id) => editions[id])} />
      </details>
    </div>
  );
}
