/**
 * The page's entry, deliberately small. The prerendered page is complete without script, so its
 * first paint gets the network and the main thread to itself: the app's code (src/mount.tsx) and
 * its two data files are requested only once the first content has painted, all three at once.
 * On a phone this is the difference between seeing the headline and map once the HTML and
 * stylesheet arrive, and seeing them after a further 110 KB of script has downloaded and run.
 * A page without a snapshot (an empty root, as in the dev server) has nothing to paint first and
 * starts at once.
 */
// The cascade's order: the map's styles, then the shared ones, which refine some of the map's
// generic rules (the "How we know" and table summaries) with equal specificity.
import './map/map.css';
import './theme/tokens.css';
import './styles.css';
// Chart styles load with the page, not with the (lazy) chart code: prerendered charts need them.
import './charts/charts.css';
import placesUrl from './geo/places.generated.json?url';
import { DATASET_FILE } from './data/datasetFile.ts';
import { afterFirstPaint } from './afterFirstPaint.ts';

/** Longest wait for a paint report before the app loads anyway (an off-screen embed never paints). */
const FIRST_PAINT_WAIT_MS = 1500;

/** Starts the data downloads beside the code's; src/data/load.ts's requests are answered from them. */
function preloadData(doc: Document) {
  for (const href of [DATASET_FILE, placesUrl]) {
    doc.head.append(Object.assign(doc.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
  }
}

const hasSnapshot = Boolean(document.getElementById('root')?.firstElementChild);
void afterFirstPaint(window, hasSnapshot ? FIRST_PAINT_WAIT_MS : 0).then(() => {
  preloadData(document);
  return import('./mount.tsx');
});
