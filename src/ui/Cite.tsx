/**
 * The one citation style: a chip with the source's short name, beside the figure it supports.
 * Without JavaScript it is a plain link to the source. With it, hover, focus or a tap opens the
 * citation card (publisher, title, date, locator, quote, link; CitationCard.tsx). Its accessible
 * name is its visible text, so a screen reader hears the short name once and voice control can
 * say what it sees (WCAG 2.5.3). Dataset strings are text only; URLs are http(s) (the schema).
 *
 * `full` is the evidence layer's form (details panel, sources view): publisher, date and locator
 * written out, with the exact quote.
 */
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Citation } from '../data/schema.ts';
import { formatIsoDate } from '../format/format.ts';
import { citationCard } from './citationCard.ts';
import { useModel } from './ModelContext.tsx';
import { STRINGS } from '../strings.ts';

interface Props {
  citation: Citation;
  /** Publisher, date, locator and the exact quote written out (evidence lists only). */
  full?: boolean;
  className?: string;
}

/** The name shown on a chip: the source's short name, else its publisher up to any aside. */
export function shortName(source: { short?: string | undefined; publisher: string }): string {
  return source.short ?? source.publisher.split(/ \(| via | - |, /)[0]!;
}

// The last pointer that pressed a chip: a touch or pen opens the card instead of leaving the page.
let lastPointer = 'mouse';

function open(chip: HTMLElement, citation: Citation, pinned: boolean) {
  const { left, top, width, height } = chip.getBoundingClientRect();
  citationCard.show({ citation, anchor: { left, top, width, height }, pinned, chip });
}

export function Cite({ citation, full = false, className }: Props) {
  const { sources } = useModel();
  const source = sources.get(citation.sourceId);
  if (!source) return null; // the dataset check guarantees every sourceId resolves
  if (full) {
    const date = source.date ? formatIsoDate(source.date, { short: true }) : STRINGS.citation.undated;
    return (
      <span className={`cite-full${className ? ` ${className}` : ''}`}>
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.publisher}, {date}
        </a>
        <span className="cite-locator">, {citation.locator}</span>
        {citation.quote ? (
          <q className="cite-quote" lang={source.language}>
            {citation.quote}
          </q>
        ) : null}
      </span>
    );
  }
  return (
    <a
      className={`cite${className ? ` ${className}` : ''}`}
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      onPointerDown={(e: ReactPointerEvent) => (lastPointer = e.pointerType)}
      onPointerEnter={(e) => e.pointerType === 'mouse' && open(e.currentTarget, citation, false)}
      onPointerLeave={(e) => citationCard.hideSoon(e.currentTarget)}
      onFocus={(e) => e.currentTarget.matches(':focus-visible') && open(e.currentTarget, citation, false)}
      onBlur={(e) => citationCard.hideSoon(e.currentTarget)}
      onClick={(e) => {
        if (lastPointer === 'mouse' || e.detail === 0) return; // a mouse click or Enter follows the link
        e.preventDefault();
        const current = citationCard.get();
        if (current?.pinned && current.chip === e.currentTarget) citationCard.close();
        else open(e.currentTarget, citation, true);
      }}
    >
      {shortName(source)}
    </a>
  );
}
