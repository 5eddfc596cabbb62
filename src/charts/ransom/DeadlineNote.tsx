/** What the dashed lines are: the first day's screen deadlines, with the arithmetic that dates them. */
import { requireFact } from '../../data/model.ts';
import { RANSOM } from '../../data/requiredFacts.ts';
import { formatNumber, formatUtcDay } from '../../format/format.ts';
import { Cite } from '../../ui/Cite.tsx';
import { useModel } from '../../ui/ModelContext.tsx';
import type { Marker } from './layout.ts';
import { markerLabel } from './text.ts';

/** The dataset's description of what the screens said on the first day (text only, no number). */
const DEADLINE_SCREENS = 'ransom_deadline_screens';

export function DeadlineNote({ markers, firstDay }: { markers: readonly Marker[]; firstDay: number }) {
  const { ransomFacts: ransom } = useModel();
  const doubleAfter = requireFact(ransom, RANSOM.doubleAfterDays);
  const deleteAfter = requireFact(ransom, RANSOM.deleteAfterDays);
  const screens = ransom.get(DEADLINE_SCREENS);
  return (
    <div className="chart-note">
      <p>
        <strong>Dashed lines:</strong>{' '}
        {markers.map((m, i) => (
          <span key={m.id}>
            {i ? ' and ' : ''}
            {markerLabel(m.id)} ({formatUtcDay(m.time)})
          </span>
        ))}
        , the deadlines on the ransom screens of {formatUtcDay(firstDay)}
        {screens?.text ? (
          <>
            : {screens.text} <Cite citation={screens} />
          </>
        ) : (
          '.'
        )}
      </p>
      <p>
        The dates are {formatUtcDay(firstDay)} plus the {formatNumber(doubleAfter.value)} days <Cite citation={doubleAfter} /> and{' '}
        {formatNumber(deleteAfter.value)} days <Cite citation={deleteAfter} /> of the ransom note (our arithmetic). The lines are drawn at
        midnight UTC, as the screens gave no time of day.
      </p>
    </div>
  );
}
