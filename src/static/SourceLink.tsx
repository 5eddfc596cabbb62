/** A static page's link to a source: publisher and date, to the source's own address, then where in it. */
import type { Model } from '../data/model.ts';
import { formatIsoDate } from '../format/format.ts';

export function SourceLink({ model, sourceId, locator }: { model: Model; sourceId: string; locator?: string | undefined }) {
  const source = model.sources.get(sourceId)!;
  const link = <a href={source.url}>{`${source.publisher}${source.date ? `, ${formatIsoDate(source.date)}` : ''}`}</a>;
  return locator ? (
    <>
      {link}, {locator}
    </>
  ) : (
    link
  );
}

