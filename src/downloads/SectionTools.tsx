/**
 * Under each section: download its data (CSV for spreadsheets, JSON), its chart (SVG, PNG, with
 * title, source and date), and copy a link to it. The export code loads only on first use.
 */
import { useState, type RefObject, memo } from 'react';
import type { View } from '../embed/config.ts';
import { VIEW_TITLES } from '../embed/embedCodes.ts';
import { formatIsoDate } from '../format/format.ts';
import { useModel } from '../ui/ModelContext.tsx';

interface Props {
  view: Exclude<View, 'story'>;
  /** The chart to export as an image, when the section has one. */
  chartRef?: RefObject<HTMLElement | null>;
}

export const SectionTools = memo(function SectionTools({ view, chartRef }: Props) {
  const model = useModel();
  const [status, setStatus] = useState('');
  const caption = () => ({
    title: VIEW_TITLES[view],
    source: `Sources: ${model.dataset.sources.length} public sources, listed in the graphic · data updated ${formatIsoDate(model.dataset.meta.updated)}`,
  });
  const run = async (what: string, task: () => Promise<void>) => {
    try {
      await task();
      setStatus(`${what} ready`);
    } catch {
      setStatus(`${what} could not be made in this browser`);
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
  const copyLink = async () => {
    const url = new URL(window.location.href);
    url.searchParams.set('view', view);
    url.searchParams.delete('embed');
    url.searchParams.delete('childId');
    url.searchParams.delete('initialWidth');
    await navigator.clipboard.writeText(url.href);
  };
  return (
    <div className="section-tools controls" role="group" aria-label={`Download or share: ${VIEW_TITLES[view]}`}>
      <button type="button" onClick={() => run('CSV download', () => data('csv'))}>
        Data (CSV)
      </button>
      <button type="button" onClick={() => run('JSON download', () => data('json'))}>
        Data (JSON)
      </button>
      {chartRef ? (
        <>
          <button type="button" onClick={() => run('SVG image', () => image('svg'))}>
            Image (SVG)
          </button>
          <button type="button" onClick={() => run('PNG image', () => image('png'))}>
            Image (PNG)
          </button>
        </>
      ) : null}
      <button type="button" onClick={() => run('Link copied; it', copyLink)}>
        Copy link to this view
      </button>
      <span className="tools-status" role="status">
        {status}
      </span>
    </div>
  );
});
