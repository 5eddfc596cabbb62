/**
 * Under each section, one menu: download its data (CSV for spreadsheets, JSON), its chart (SVG,
 * PNG, with title, source and date), and copy a link to it. A native <details>, so it opens
 * without JavaScript too (the buttons need it); the export code loads only on first use.
 */
import { useState, type RefObject, memo } from 'react';
import { VIEWS, type View } from '../views.ts';
import { formatIsoDate } from '../format/format.ts';
import { shareLink } from '../state/url.ts';
import { LazyDetails, StaticTableLink } from '../ui/LazyDetails.tsx';
import { useModel } from '../ui/ModelContext.tsx';
import { STRINGS } from '../strings.ts';

interface Props {
  view: Exclude<View, 'story'>;
  /** The chart to export as an image, when the section has one. */
  chartRef?: RefObject<HTMLElement | null>;
}

export const SectionTools = memo(function SectionTools({ view, chartRef }: Props) {
  const model = useModel();
  const [status, setStatus] = useState('');
  const caption = () => ({
    title: VIEWS[view].title,
    source: `Sources: ${model.dataset.sources.length} public sources, listed in the graphic · data updated ${formatIsoDate(model.dataset.meta.updated)}`,
  });
  // Each task names what it says when it worked and when it could not (for the status line).
  const run = async (done: string, failed: string, task: () => Promise<void>) => {
    try {
      await task();
      setStatus(done);
    } catch {
      setStatus(failed);
    }
  };
  const data = async (format: 'csv' | 'json') => {
    const [{ viewData }, { toCsv }, { saveBlob }] = await Promise.all([import('./viewData.ts'), import('./csv.ts'), import('./exportImage.ts')]);
    const d = viewData(view, model);
    const blob =
      format === 'csv'
        ? new Blob([toCsv(d.columns, d.rows)], { type: 'text/csv;charset=utf-8' })
        : new Blob([JSON.stringify(d.json, null, 2)], { type: 'application/json' });
    saveBlob(blob, `${d.name}.${format}`);
  };
  const image = async (format: 'svg' | 'png') => {
    const svg = chartRef?.current?.querySelector('svg');
    if (!svg) throw new Error('no chart');
    const { standaloneSvg, svgToPng, saveBlob } = await import('./exportImage.ts');
    const standalone = standaloneSvg(svg, caption());
    const blob = format === 'svg' ? new Blob([standalone.text], { type: 'image/svg+xml' }) : await svgToPng(standalone);
    saveBlob(blob, `wannacry-${view}.${format}`);
  };
  const copyLink = () => navigator.clipboard.writeText(shareLink(view, window.location.href));
  return (
    <div className="section-tools">
      <LazyDetails summary={STRINGS.tools.summary} fallback={<StaticTableLink view={view} what="The data" />}>
        {() => (
        <div className="controls" role="group" aria-label={`${STRINGS.tools.menu}: ${VIEWS[view].title}`}>
      <button type="button" onClick={() => run('CSV download ready', 'The CSV download could not be made in this browser', () => data('csv'))}>
        {STRINGS.tools.csv}
      </button>
      <button type="button" onClick={() => run('JSON download ready', 'The JSON download could not be made in this browser', () => data('json'))}>
        {STRINGS.tools.json}
      </button>
      {chartRef ? (
        <>
          <button type="button" onClick={() => run('SVG image ready', 'The SVG image could not be made in this browser', () => image('svg'))}>
            {STRINGS.tools.svg}
          </button>
          <button type="button" onClick={() => run('PNG image ready', 'The PNG image could not be made in this browser', () => image('png'))}>
            {STRINGS.tools.png}
          </button>
        </>
      ) : null}
      <button type="button" onClick={() => run(STRINGS.tools.linkCopied, 'The link could not be copied in this browser', copyLink)}>
        {STRINGS.tools.copyLink}
      </button>
        </div>
        )}
      </LazyDetails>
      <span className="tools-status" role="status">
        {status}
      </span>
    </div>
  );
});
