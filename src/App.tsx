/**
 * The frame: header, the sections the view asks for, and the credit line. Loading and error
 * states live here, so no view can render without its data or fail silently.
 */
import { memo, Suspense, useEffect, useMemo, useState } from 'react';
import type { Config } from './state/url.ts';
import { viewShows, type View } from './views.ts';
import { buildModel } from './data/model.ts';
import { useDataset, useWorld } from './data/queries.ts';
import { SpreadSection } from './sections/SpreadSection.tsx';
import { LATER_SECTION_IDS, useSections } from './sections/sectionComponents.tsx';
import { Header } from './ui/Header.tsx';
import { CitationCard } from './ui/CitationCard.tsx';
import { CreditLine } from './ui/CreditLine.tsx';
import { ModelContext } from './ui/ModelContext.tsx';
import { ErrorState, LoadingState } from './ui/States.tsx';
import { STRINGS } from './strings.ts';

export function App({ config }: { config: Config }) {
  const dataset = useDataset();
  const world = useWorld();
  const model = useMemo(
    () => (dataset.data && world.data ? buildModel(dataset.data.dataset, world.data) : null),
    [dataset.data, world.data],
  );

  if (dataset.isError || world.isError) {
    const failed = dataset.isError ? dataset : world;
    return (
      <main className="graphic">
        <ErrorState
          error={failed.error}
          retrying={dataset.isFetching || world.isFetching}
          onRetry={() => {
            if (dataset.isError) void dataset.refetch();
            if (world.isError) void world.refetch();
          }}
        />
      </main>
    );
  }
  if (!model) {
    return (
      <main className="graphic">
        <LoadingState />
      </main>
    );
  }
  return (
    <ModelContext.Provider value={model}>
      <Graphic config={config} />
    </ModelContext.Provider>
  );
}

/** Shown only when a section renders from scratch and its code is still on its way. */
function SectionLoading({ id }: { id: string }) {
  return (
    <section className="section" id={id} aria-busy="true">
      <LoadingState label={STRINGS.states.loadingSection} />
    </section>
  );
}

function Graphic({ config }: { config: Config }) {
  const { view, embed } = config;
  const story = view === 'story';
  // Set once React runs in the browser: tests and newsroom scripts can wait for interactivity.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  return (
    <main className="graphic" data-view={view} data-embed={embed ? '' : undefined} data-interactive={interactive ? '' : undefined}>
      <Header mode={embed ? 'hidden' : story ? 'full' : 'compact'} />
      {viewShows(view, 'spread') ? <SpreadSection config={config} /> : null}
      <LaterSections view={view} embed={embed} />
      <CreditLine compact={embed} />
      <CitationCard />
    </main>
  );
}

/**
 * The sections after the map, each in its own Suspense boundary so it hydrates when its code
 * arrives. Memoised: an update reaching a boundary that is still waiting for its code would make
 * React drop the prerendered HTML and show the fallback, so nothing re-renders them but `view`.
 */
const LaterSections = memo(function LaterSections({ view, embed }: { view: View; embed: boolean }) {
  const sections = useSections();
  return (
    <>
      {LATER_SECTION_IDS.filter((id) => viewShows(view, id)).map((id) => {
        const Section = sections[id];
        return (
          <Suspense key={id} fallback={<SectionLoading id={id} />}>
            <Section expanded={view === id && !embed} />
          </Suspense>
        );
      })}
    </>
  );
});
