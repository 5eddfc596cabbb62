/**
 * The frame: header, the sections the view asks for, and the credit line. Loading and error
 * states live here, so no view can render without its data or fail silently.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Config } from './embed/config.ts';
import { buildModel } from './data/model.ts';
import { useDataset, useWorld } from './data/queries.ts';
import { SourcesSection } from './sections/SourcesSection.tsx';
import { SpreadSection } from './sections/SpreadSection.tsx';
import { NhsSection } from './sections/NhsSection.tsx';
import { RansomSection } from './sections/RansomSection.tsx';
import { Header } from './ui/Header.tsx';
import { CreditLine } from './ui/CreditLine.tsx';
import { ModelContext } from './ui/ModelContext.tsx';
import { ErrorState, LoadingState } from './ui/States.tsx';

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

function Graphic({ config }: { config: Config }) {
  const { view, embed } = config;
  const story = view === 'story';
  // Set once React runs in the browser: tests and newsroom scripts can wait for interactivity.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  return (
    <main className="graphic" data-view={view} data-embed={embed ? '' : undefined} data-interactive={interactive ? '' : undefined}>
      <Header mode={embed ? 'hidden' : story ? 'full' : 'compact'} />
      {story || view === 'map' ? <SpreadSection config={config} /> : null}
      {story || view === 'nhs' ? <NhsSection /> : null}
      {story || view === 'ransom' ? <RansomSection /> : null}
      {story || view === 'sources' ? <SourcesSection expanded={view === 'sources'} /> : null}
      <CreditLine compact={embed} />
    </main>
  );
}
