/**
 * A native <details> whose content is built only when a reader opens it: long tables (every
 * country, every trust, every day of payments) would otherwise be most of the page's elements.
 * Without JavaScript, or before the page's script has run, it opens on `fallback`: a link to the
 * same table on the static page for that view (static/<view>.html), which needs no script.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { STRINGS } from '../strings.ts';

interface Props {
  summary: ReactNode;
  className?: string;
  /** What the closed-at-first details shows when opened before the content can be built. */
  fallback: ReactNode;
  children: () => ReactNode;
  /** Open from the start (a section shown as its own view). */
  defaultOpen?: boolean;
}

export function LazyDetails({ summary, className, fallback, children, defaultOpen = false }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(defaultOpen);
  // A reader may have opened it before this code ran: catch up after hydration.
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={ref} className={className} open={defaultOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : fallback}
    </details>
  );
}

/** The fallback most tables use: the view's static page, which holds the same data as a table. */
export function StaticTableLink({ view, what }: { view: string; what: string }) {
  return (
    <p>
      <a href={`static/${view}.html`}>{STRINGS.asAPage(what)}</a>
      {STRINGS.worksWithoutJs}
    </p>
  );
}
