/**
 * The one-step link from a claim to its source: publisher and date, linking to the source,
 * followed by where in it the claim is found. Dataset strings are rendered as text only, and a
 * URL is used only after the schema has checked it is http(s).
 */
import type { Citation } from '../data/schema.ts';
import { formatIsoDate } from '../format/format.ts';
import { useModel } from './ModelContext.tsx';

interface Props {
  citation: Citation;
  /** Show the exact quote after the link (details panels, source lists). Implies `full`. */
  withQuote?: boolean;
  /** Publisher, date and locator in full; otherwise a short link beside the figure. */
  full?: boolean;
  className?: string;
}

/** The name shown beside a figure: the source's short name, else its publisher up to any aside. */
export function shortName(source: { short?: string | undefined; publisher: string }): string {
  return source.short ?? source.publisher.split(/ \(| via | - |, /)[0]!;
}

export function Cite({ citation, withQuote = false, full = withQuote, className }: Props) {
  const { sources } = useModel();
  const source = sources.get(citation.sourceId);
  if (!source) return null; // the dataset check guarantees every sourceId resolves
  const date = source.date ? formatIsoDate(source.date, { short: true }) : 'undated';
  if (!full) {
    // One step to the source; the full reference is in the accessible name and the tooltip.
    const reference = `${source.publisher}, ${date}, ${citation.locator}`;
    return (
      <a
        className={`cite cite-compact${className ? ` ${className}` : ''}`}
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        title={`${reference}: ${source.title}`}
        aria-label={`Source: ${reference} (opens in a new tab)`}
      >
        {shortName(source)}
      </a>
    );
  }
  return (
    <span className={`cite${className ? ` ${className}` : ''}`}>
      <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
        {source.publisher}, {date}
        <span className="visually-hidden"> (source, opens in a new tab)</span>
      </a>
      <span className="cite-locator">, {citation.locator}</span>
      {withQuote && citation.quote ? (
        <q className="cite-quote" lang={source.language}>
          {citation.quote}
        </q>
      ) : null}
    </span>
  );
}
