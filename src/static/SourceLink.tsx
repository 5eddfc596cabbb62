/** A static page's link to a source: publisher and date, to the source's own address. */
import type { Model } from '../data/model.ts';
import { formatIsoDate } from '../format/format.ts';

export function SourceLink({ model, sourceId }: { model: Model; sourceId: string }) {
  const source = model.sources.get(sourceId)!;
  return <a href={source.url}>{`${source.publisher}${source.date ? `, ${formatIsoDate(source.date)}` : ''}`}</a>;
}
