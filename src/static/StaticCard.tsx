/**
 * Build-time images of each view (1200 × 630): social cards (og:image), the AMP placeholder,
 * the <noscript> image in embed codes, and the image for platforms without iframes. Plain SVG
 * with resolved colours (rasterised by resvg, which has no CSS custom properties). Every number
 * comes from the dataset, and every card names its sources and the data date.
 */
import type { Model } from '../data/model.ts';
import { requireFact } from '../data/model.ts';
import { countByStatus } from '../data/derive/evidence.ts';
import { GLOBAL, NHS, RANSOM } from '../data/requiredFacts.ts';
import { VIEWS, type View } from '../views.ts';
import { formatGbpMillions, formatIsoDate, formatNumber, formatUsd } from '../format/format.ts';
import { satoshiToBtc } from '../charts/ransomSeries.ts';
import { STRINGS } from '../strings.ts';

export const CARD = { width: 1200, height: 630 };
export type Palette = Record<string, string>;

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

function Frame({ view, model, palette, children, lines }: { view: View; model: Model; palette: Palette; children?: React.ReactNode; lines: string[] }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={CARD.width} height={CARD.height} viewBox={`0 0 ${CARD.width} ${CARD.height}`} fontFamily={FONT}>
      <rect width={CARD.width} height={CARD.height} fill={palette.bg} />
      <text x="40" y="58" fontSize="34" fontWeight="700" fill={palette.fg}>
        {VIEWS[view].title}
      </text>
      {lines.map((line, i) => (
        <text key={i} x="40" y={100 + i * 30} fontSize="22" fill={palette.fg}>
          {line}
        </text>
      ))}
      {children}
      <text x="40" y={CARD.height - 24} fontSize="16" fill={palette['fg-muted']}>
        {STRINGS.tools.imageSources(model.dataset.sources.length, formatIsoDate(model.dataset.meta.updated))}
      </text>
    </svg>
  );
}

// Legend entries laid out by their label lengths at 16 px (about 9 px a character).
const LEGEND_X = [40, 204, 395, 775];

const STATUS_FILL: Record<string, string> = { 'named-victim': 'evidence-named-victim', 'published-count': 'evidence-published-count' };

function MapCard({ model, palette }: { model: Model; palette: Palette }) {
  const counts = countByStatus(model.evidence.values());
  const europol = model.dataset.globalTotals.find((t) => t.id === GLOBAL.europol)!;
  const evidenced = counts['named-victim'] + counts['published-count'] + counts.reported;
  const { world } = model;
  // The map fills the space between the subtitle and the legend (y 118 to 540), centred.
  const scale = 420 / world.height;
  const left = (CARD.width - world.width * scale) / 2;
  const fill = (iso3: string) => {
    const status = model.evidence.get(iso3)?.status ?? 'none';
    return status === 'reported' ? 'url(#hatch)' : palette[STATUS_FILL[status] ?? 'land'];
  };
  const legend: Array<[string, string]> = [
    ['Named victim', 'evidence-named-victim'],
    ['Published count', 'evidence-published-count'],
    ['Reported (statement, ranking or map)', 'evidence-reported'],
    ['No public report found', 'land'],
  ];
  return (
    <Frame
      view="map"
      model={model}
      palette={palette}
      lines={[`Europol: victims in at least ${formatNumber(europol.countries!)} countries (${formatIsoDate(europol.reported)}). Public reports found for ${formatNumber(evidenced)}.`]}
    >
      <defs>
        <pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={palette.land} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={palette['evidence-reported']} strokeWidth="3" />
        </pattern>
      </defs>
      <g transform={`translate(${left} 118) scale(${scale})`}>
        <path d={world.sphere} fill="none" stroke={palette.sphere} strokeWidth={1 / scale} />
        {world.shapes.map((s) => (
          <path key={s.iso3} d={s.d} fill={fill(s.iso3)} stroke={palette.border} strokeWidth={0.5 / scale} />
        ))}
        {world.dots
          .filter((d) => model.evidence.get(d.iso3)?.firstReport)
          .map((d) => (
            <circle key={d.iso3} cx={d.x} cy={d.y} r={3.5 / scale} fill={fill(d.iso3)} stroke={palette.sphere} strokeWidth={0.8 / scale} />
          ))}
      </g>
      {legend.map(([label, token], i) => (
        <g key={label} transform={`translate(${LEGEND_X[i]} 572)`}>
          <rect width="18" height="14" y="-12" fill={token === 'evidence-reported' ? 'url(#hatch)' : palette[token]} stroke={palette['fg-muted']} strokeWidth="0.5" />
          <text x="26" fontSize="16" fill={palette.fg}>
            {label}
          </text>
        </g>
      ))}
    </Frame>
  );
}

function FiguresCard({ view, model, palette, figures }: { view: View; model: Model; palette: Palette; figures: Array<[string, string]> }) {
  return (
    <Frame view={view} model={model} palette={palette} lines={[]}>
      {figures.map(([value, label], i) => (
        <g key={label} transform={`translate(${40 + (i % 2) * 560} ${150 + Math.floor(i / 2) * 140})`}>
          <text fontSize="64" fontWeight="700" fill={palette['evidence-named-victim']}>
            {value}
          </text>
          <text y="40" fontSize="22" fill={palette.fg}>
            {label}
          </text>
        </g>
      ))}
    </Frame>
  );
}

export function StaticCard({ view, model, palette }: { view: View; model: Model; palette: Palette }) {
  if (view === 'map' || view === 'story') return <MapCard model={model} palette={palette} />;
  if (view === 'nhs') {
    const f = (id: string) => formatNumber(requireFact(model.nhsFacts, id).value);
    return (
      <FiguresCard
        view={view}
        model={model}
        palette={palette}
        figures={[
          [f(NHS.infected2018), `trusts infected and locked out, of ${f(NHS.trustsTotal)} in England`],
          [f(NHS.disrupted2018), 'more trusts disrupted but not infected'],
          [f(NHS.appointmentsEstimated), "appointments cancelled (NHS England's estimate)"],
          [formatGbpMillions(requireFact(model.nhsFacts, NHS.costTotal).value), 'estimated cost to the NHS (DHSC)'],
        ]}
      />
    );
  }
  if (view === 'ransom') {
    const { payments, wallets } = model.dataset.ransom;
    const satoshi = payments.reduce((n, p) => n + p.satoshi, 0);
    const fact = (id: string) => requireFact(model.ransomFacts, id).value;
    return (
      <FiguresCard
        view={view}
        model={model}
        palette={palette}
        figures={[
          [formatUsd(fact(RANSOM.demandUsd)), `ransom demanded in bitcoin, doubling after ${formatNumber(fact(RANSOM.doubleAfterDays))} days`],
          [formatNumber(payments.length), `payments to the ${formatNumber(wallets.length)} wallets by ${formatIsoDate(payments.at(-1)!.time.slice(0, 10))}`],
          [`${formatNumber(satoshiToBtc(satoshi))} BTC`, 'paid by then (sum of the transaction list)'],
          [`${formatNumber(fact(RANSOM.balanceBeforeWithdrawal))} BTC`, 'in the wallets when they were emptied'],
        ]}
      />
    );
  }
  return (
    <FiguresCard
      view={view}
      model={model}
      palette={palette}
      figures={[
        [formatNumber(model.dataset.sources.length), 'public sources, each linked where it is used'],
        [formatNumber(model.dataset.myths.length), 'common errors in the coverage, corrected'],
      ]}
    />
  );
}
