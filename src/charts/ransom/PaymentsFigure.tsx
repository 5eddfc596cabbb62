/**
 * Ransom payments over time: the bitcoin received and the number of payments, each a running
 * total by the hour in its own small multiple (never two measures on one axis), with the
 * deadlines of the first day's ransom screens marked. Hover, drag or tap a panel to read an hour;
 * the panels are also one keyboard slider (arrows: an hour; Page Up/Down: a day; Home/End).
 */
import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { requireFact } from '../../data/model.ts';
import { RANSOM } from '../../data/requiredFacts.ts';
import type { Citation } from '../../data/schema.ts';
import { formatNumber } from '../../format/format.ts';
import { useModel } from '../../ui/ModelContext.tsx';
import { dailyRows, satoshiToBtc, type PaymentSeries } from '../ransomSeries.ts';
import { TextTooltip } from '../Tooltip.tsx';
import { toWrapperPoint } from '../../ui/placeTooltip.ts';
import { useMeasuredWidth } from '../../ui/useMeasuredWidth.ts';
import { useChartTooltip } from '../useChartTooltip.ts';
import { useSvgId } from '../useSvgId.ts';
import { DeadlineNote } from './DeadlineNote.tsx';
import { deadlineMarkers, hourIndexAtX, layoutStepPanel, type Marker } from './layout.ts';
import { PaymentsPanel } from './PaymentsPanel.tsx';
import { DailyTable, WalletTable } from './PaymentsTables.tsx';
import { describeHour, hourValueText, paymentsSummary } from './text.ts';

const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 24, PageDown: -24 };

export function PaymentsFigure({ computedFrom, series }: { computedFrom: Citation; series: PaymentSeries }) {
  const model = useModel();
  const { payments, wallets } = model.dataset.ransom;
  const doubleAfter = requireFact(model.ransomFacts, RANSOM.doubleAfterDays);
  const deleteAfter = requireFact(model.ransomFacts, RANSOM.deleteAfterDays);
  const markers = useMemo(() => deadlineMarkers(series.start, doubleAfter.value, deleteAfter.value), [series.start, doubleAfter.value, deleteAfter.value]);
  const [ref, width] = useMeasuredWidth<HTMLDivElement>();
  // The two panels are stacked at every width, each the full width and a fixed height: the chart is
  // then as tall on the server as in any browser, and nothing below it moves when it is measured.
  const panels = useMemo(() => {
    const base = { start: series.start, end: series.end, ends: series.hours.map((h) => h.end) };
    return {
      btc: layoutStepPanel({ ...base, values: series.hours.map((h) => satoshiToBtc(h.cumulativeSatoshi)) }, width, markers),
      count: layoutStepPanel({ ...base, values: series.hours.map((h) => h.cumulativeCount) }, width, markers),
    };
  }, [series, width, markers]);
  const ids = { btc: useSvgId('ransom-btc'), count: useSvgId('ransom-count'), summary: useSvgId('ransom-summary'), tooltip: useSvgId('ransom-tooltip') };
  const svgRefs = { btc: useRef<SVGSVGElement>(null), count: useRef<SVGSVGElement>(null) };
  const { wrapperRef, active, show, hide, pointerLeft } = useChartTooltip();
  // Memoised, with the notes below: a hover re-renders this figure, and neither depends on it.
  const summary = useMemo(
    () => model.dataset.meta.summaries?.ransom ?? paymentsSummary(series, payments, markers, wallets.length),
    [model, series, payments, markers, wallets.length],
  );
  const last = series.hours.length - 1;

  const activate = (index: number, which: 'btc' | 'count', byKey: boolean) =>
    show(
      index,
      (wrapper) => {
        const svg = svgRefs[which].current?.getBoundingClientRect();
        const point = panels[which].points[index];
        return svg && point ? toWrapperPoint(point, svg, wrapper, panels[which].width) : undefined;
      },
      byKey,
    );
  const onPointer = (which: 'btc' | 'count') => (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scale = rect.width ? panels[which].width / rect.width : 1;
    activate(hourIndexAtX((event.clientX - rect.left) * scale, panels[which], series), which, false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return hide();
    // Every other key (Tab above all) keeps its usual meaning.
    if (!(event.key in KEY_STEPS) && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const current = active?.index ?? last;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? last : current + KEY_STEPS[event.key]!;
    activate(Math.min(last, Math.max(0, next)), 'btc', true);
  };

  if (!series.hours.length) return <p>{summary}</p>;
  const activeBin = active ? series.hours[active.index] : undefined;
  const shownBin = activeBin ?? series.hours[last]!;
  const text = activeBin ? describeHour(activeBin) : undefined;
  return (
    <div className="payments-block">
      <figure className="chart-figure">
        <div ref={ref} className="chart-frame">
          <div
            ref={wrapperRef}
            className="chart payments-chart"
            role="slider"
            tabIndex={0}
            aria-label="Ransom payments hour by hour"
            aria-describedby={ids.summary}
            aria-valuemin={0}
            aria-valuemax={last}
            aria-valuenow={active?.index ?? last}
            aria-valuetext={hourValueText(shownBin)}
            onKeyDown={onKeyDown}
            onBlur={() => active?.byKeyboard && hide()}
            onPointerLeave={(e) => e.pointerType === 'mouse' && pointerLeft()}
          >
            <PaymentsPanel panel={panels.btc} title="Bitcoin received, running total (BTC)" titleId={ids.btc} formatTick={formatNumber} activeIndex={active?.index ?? null} svgRef={svgRefs.btc} onPointer={onPointer('btc')} />
            <PaymentsPanel panel={panels.count} title="Payments, running total" titleId={ids.count} formatTick={formatNumber} activeIndex={active?.index ?? null} svgRef={svgRefs.count} onPointer={onPointer('count')} />
            {active && text ? (
              <TextTooltip id={ids.tooltip} anchor={active.anchor} bounds={active.bounds} text={text} />
            ) : null}
          </div>
        </div>
        <p id={ids.summary} className="visually-hidden">
          {summary}
        </p>
        <figcaption className="chart-caption">Hour by hour, in UTC: hover, tap or focus a chart to read an hour.</figcaption>
      </figure>
      <PaymentsNotes series={series} markers={markers} computedFrom={computedFrom} />
    </div>
  );
}

/** One layer down: the deadlines, each wallet and each day. */
const PaymentsNotes = memo(function PaymentsNotes({ series, markers, computedFrom }: { series: PaymentSeries; markers: readonly Marker[]; computedFrom: Citation }) {
  const { wallets } = useModel().dataset.ransom;
  return (
    <details className="how-we-know">
      <summary>How we know: the deadlines, each wallet and each day</summary>
      <DeadlineNote markers={markers} firstDay={series.start} />
      <WalletTable series={series} addresses={wallets.map((w) => w.address)} computedFrom={computedFrom} />
      <DailyTable days={dailyRows(series)} computedFrom={computedFrom} />
    </details>
  );
});
