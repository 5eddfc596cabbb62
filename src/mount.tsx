/**
 * Loaded by src/main.tsx once the page has painted. Reads the URL, loads the data, and mounts the app. When the page holds prerendered HTML for
 * the same view and the same dataset version, React hydrates it (no flash, no re-layout);
 * otherwise the static snapshot is replaced by a fresh render. If the data cannot be loaded,
 * the snapshot stays readable and an alert above it offers a retry.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { datasetQuery, createQueryClient, worldQuery } from './data/queries.ts';
import { parseConfig } from './state/url.ts';
import { connectToHost } from './embed/hostMessages.ts';
import { matchesPrerender, readPrerenderInfo, withPageDefaults } from './prerenderInfo.ts';
import { ErrorState, LoadingState } from './ui/States.tsx';
import { STRINGS } from './strings.ts';

const prerendered = readPrerenderInfo(document);
const config = withPageDefaults(parseConfig(window.location.search), window.location.search, prerendered);
// In an iframe, tell the host our height (every protocol) and follow its theme messages.
if (window.parent !== window) connectToHost(window, { view: config.view, ...(config.childId ? { childId: config.childId } : {}) });
const queryClient = createQueryClient();
const rootElement = document.getElementById('root')!;
const tree = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App config={config} />
    </QueryClientProvider>
  </StrictMode>
);

function mountFresh() {
  // Drop the prerendered snapshot first: it shows another view or older data, and lazy sections
  // must not wait for elements of it to scroll into view.
  rootElement.replaceChildren();
  createRoot(rootElement).render(tree);
}

if (!prerendered || !rootElement.firstElementChild) {
  mountFresh();
} else {
  const load = () => Promise.all([queryClient.fetchQuery(datasetQuery), queryClient.fetchQuery(worldQuery)]);
  // One notice area above the snapshot: "loading" (only if loading takes a moment), then either
  // nothing (success) or the error with a retry.
  let noticeElement: HTMLElement | undefined;
  let notice: ReturnType<typeof createRoot> | undefined;
  const showNotice = (content: ReactNode) => {
    if (!noticeElement) {
      noticeElement = document.createElement('div');
      noticeElement.className = 'snapshot-notice';
      rootElement.before(noticeElement);
      notice = createRoot(noticeElement);
    }
    notice!.render(content);
  };
  const start = () => {
    const slow = window.setTimeout(() => showNotice(<LoadingState label={STRINGS.states.loadingInteractive} />), 400);
    return load().then(
      ([loaded]) => {
        window.clearTimeout(slow);
        notice?.unmount();
        noticeElement?.remove();
        // Hydrating as a transition lets React yield to the browser every few milliseconds
        // instead of holding the main thread for the whole page (a 100-160 ms task on a phone).
        if (matchesPrerender(prerendered, config, loaded.version)) startTransition(() => void hydrateRoot(rootElement, tree));
        else mountFresh();
      },
      (error: unknown) => {
        window.clearTimeout(slow);
        showNotice(<ErrorState error={error} onRetry={() => void start()} snapshot />);
      },
    );
  };
  void start();
}
