/**
 * The card a citation chip opens: publisher, title, date, where in the source, the exact words,
 * and the link. One card for the whole page, placed beside its chip inside the viewport. It stays
 * while the pointer is on it, closes with Escape, and a tap-opened card has a close button.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { formatIsoDate } from '../format/format.ts';
import { citationCard } from './citationCard.ts';
import { useModel } from './ModelContext.tsx';
import { placeTooltip } from './placeTooltip.ts';
import { STRINGS } from '../strings.ts';

export function CitationCard() {
  const state = useSyncExternalStore(citationCard.subscribe, citationCard.get, () => undefined);
  const { sources } = useModel();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const chip = citationCard.get()?.chip;
      citationCard.close();
      if (state.pinned) chip?.focus();
    };
    const onScroll = () => !citationCard.get()?.pinned && citationCard.close();
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
    };
  }, [state]);

  // Placed after it has a size: above the chip when there is room, always inside the viewport.
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card || !state) return;
    const box = card.getBoundingClientRect();
    const { left, top } = placeTooltip(
      { x: state.anchor.left + state.anchor.width / 2, y: state.anchor.top, height: state.anchor.height },
      { width: box.width, height: box.height },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }, [state]);

  if (!state) return null;
  const source = sources.get(state.citation.sourceId);
  if (!source) return null;
  const { citation } = state;
  return (
    <div
      ref={ref}
      className={`citation-card${state.pinned ? ' pinned' : ''}`}
      role={state.pinned ? 'dialog' : undefined}
      aria-label={state.pinned ? STRINGS.citation.sourceOf(source.publisher) : undefined}
      onPointerEnter={() => citationCard.keep()}
      onPointerLeave={() => citationCard.hideSoon()}
    >
      <p className="card-publisher">
        {source.publisher}
        <span className="card-date"> · {source.date ? formatIsoDate(source.date) : STRINGS.citation.undated}</span>
      </p>
      <p className="card-title">{source.title}</p>
      <p className="card-locator">{citation.locator}</p>
      {citation.quote ? (
        <blockquote className="card-quote" lang={source.language}>
          {citation.quote}
        </blockquote>
      ) : null}
      <p className="card-actions">
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {STRINGS.citation.openSource}
        </a>
        {source.viaUrl ? (
          <>
            {' · '}
            <a href={source.viaUrl} target="_blank" rel="noopener noreferrer">
              {STRINGS.citation.copyRead}
            </a>
          </>
        ) : null}
        {state.pinned ? (
          <button type="button" className="card-close" onClick={() => citationCard.close()} aria-label={STRINGS.citation.close}>
            ✕
          </button>
        ) : null}
      </p>
    </div>
  );
}
