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

/** A button under the section: what it does, and what the status line says when it did or could not. */
interface Tool {
  label: string;
  task: () => Promise<void>;
  done: string;
  failed: string;
}

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
    source: STRINGS.tools.imageSources(model.dataset.sources.length, formatIsoDate(model.dataset.meta.updated)),
  });
  // Each tool says in the status line whether it worked.
  const run = async (tool: Tool) => {
    try {
      await tool.task();
      setStatus(tool.done);
    } catch {
      setStatus(tool.failed);
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
  const made = (what: string, task: () => Promise<void>, label: string): Tool => ({ label, task, done: `${what} ready`, failed: `The ${what} could not be made in this browser` });
  const tools: Tool[] = [
    made('CSV download', () => data('csv'), STRINGS.tools.csv),
    made('JSON download', () => data('json'), STRINGS.tools.json),
    ...(chartRef ? [made('SVG image', () => image('svg'), STRINGS.tools.svg), made('PNG image', () => image('png'), STRINGS.tools.png)] : []),
    { label: STRINGS.tools.copyLink, task: copyLink, done: STRINGS.tools.linkCopied, failed: 'The link could not be copied in this browser' },
  ];
  return (
    <div className="section-tools">
      <LazyDetails summary={STRINGS.tools.summary} fallback={<StaticTableLink view={view} what="The data" />}>
        {() => (
          <div className="controls" role="group" aria-label={`${STRINGS.tools.menu}: ${VIEWS[view].title}`}>
            {tools.map((tool) => (
              <button key={tool.label} type="button" onClick={() => run(tool)}>
                {tool.label}
              </button>
            ))}
          </div>
        )}
      </LazyDetails>
      <span className="tools-status" role="status">
        {status}
      </span>
    </div>
  );
});
