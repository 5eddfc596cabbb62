/**
 * The producer's page (embed.html): pick a view, see it at 320, 600 and 1000 px side by side
 * (each iframe sized by the graphic's own height messages), and copy the embed code for a plain
 * iframe, pym.js, AMP or oEmbed.
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { fallbackHeight, VIEW_IDS, VIEWS, type View } from '../views.ts';
import { embedCodes, graphicUrl } from './embedCodes.ts';
import '../theme/tokens.css';
import '../styles.css';
import './preview.css';

const WIDTHS = [320, 600, 1000];
const base = new URL('./', window.location.href).href;

function SizedFrame({ view, width }: { view: View; width: number }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(fallbackHeight(view));
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { context?: string; height?: number };
      if (e.source === ref.current?.contentWindow && d?.context === 'iframe.resize' && typeof d.height === 'number') setHeight(d.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <figure className="preview-frame" style={{ width }}>
      <figcaption>
        {width} px · {height} px tall
      </figcaption>
      <iframe ref={ref} src={graphicUrl(base, view)} title={`${VIEWS[view].title} (${width} px preview)`} width={width} height={height} style={{ border: 0 }} />
    </figure>
  );
}

function CopyBox({ label, code }: { label: string; code: string }) {
  const [copied, setCopied] = useState(false);
  const id = `code-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={code} rows={Math.min(8, code.split('\n').length + 1)} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(code);
          } catch {
            // Clipboard permission refused (e.g. inside a frame): select the text for Ctrl+C instead.
            (document.getElementById(id) as HTMLTextAreaElement).select();
            document.execCommand('copy');
          }
          setCopied(true);
          window.setTimeout(() => setCopied(false), 2000);
        }}
      >
        {copied ? 'Copied' : `Copy ${label}`}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? `${label} copied` : ''}
      </span>
    </div>
  );
}

function Preview() {
  const [view, setView] = useState<View>('map');
  const codes = embedCodes(base, view);
  return (
    <main className="graphic preview">
      <h1>Embed the WannaCry graphic</h1>
      <p>
        Pick a view, check it at three widths, then copy the code for your platform. Every code sizes itself to the graphic's height; the plain iframe
        falls back to {fallbackHeight(view)} px where a host strips scripts.
      </p>
      <label className="view-picker">
        View{' '}
        <select value={view} onChange={(e) => setView(e.target.value as View)}>
          {VIEW_IDS.map((v) => (
            <option key={v} value={v}>
              {VIEWS[v].title}
            </option>
          ))}
        </select>
      </label>
      <div className="codes">
        <CopyBox label="iframe code" code={codes.iframe} />
        <CopyBox label="pym.js code" code={codes.pym} />
        <CopyBox label="AMP code" code={codes.amp} />
        <CopyBox label="oEmbed URL" code={codes.oembed} />
      </div>
      <div className="frames">
        {WIDTHS.map((w) => (
          <SizedFrame key={`${view}-${w}`} view={view} width={w} />
        ))}
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Preview />
  </StrictMode>,
);
