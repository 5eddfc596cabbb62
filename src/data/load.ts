/**
 * Fetches the published dataset (relative to the page, so the graphic works under any path)
 * and the map geometry, and turns every failure into a DatasetError with a message a reader can
 * act on. Raw details (the validation issues) are kept for the console and for editors.
 */
import pathsUrl from '../geo/paths.generated.json?url';
import placesUrl from '../geo/places.generated.json?url';
import { assembleWorld, pathsFromDocument, type World, type WorldPlaces } from '../geo/world.ts';
import type { Dataset } from './schema.ts';
import { formatIssue, validateDatasetInSteps } from './validate.ts';

import { DATASET_FILE } from './datasetFile.ts';

export type DatasetErrorKind = 'network' | 'http' | 'syntax' | 'invalid';

export class DatasetError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** FNV-1a hash of the file's text: tells the page whether its prerendered HTML is current. */
  version: string;
}

/** 32-bit FNV-1a, hex. Not for security: only to tell two versions of the file apart. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

async function fetchText(url: string, what: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new DatasetError('network', `The ${what} could not be downloaded. Check your connection, then try again.`);
  }
  if (!response.ok) {
    throw new DatasetError('http', `The ${what} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  return response.text();
}

function parse(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError('syntax', `The ${what} is damaged: it is not valid JSON.`);
  }
}

/** Lets the browser handle input and paint before the next piece of work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadDataset(signal?: AbortSignal, url = DATASET_FILE): Promise<LoadedDataset> {
  const text = await fetchText(url, 'data file', signal);
  const result = await validateDatasetInSteps(parse(text, 'data file'), yieldToMain);
  if (!result.ok) {
    const details = result.issues.map(formatIssue);
    throw new DatasetError(
      'invalid',
      `The data file does not have the expected content (${details.length} problem${details.length === 1 ? '' : 's'}), so the graphic cannot use it.`,
      details,
    );
  }
  return { dataset: result.dataset, version: hashText(text) };
}

/**
 * The map: names, centroids and zoom boxes come from a small JSON file fetched beside the
 * dataset (data is cheaper to parse than the same bytes as JavaScript); the shapes' paths come
 * from the prerendered map already in the page when there is one, else from the paths file.
 */
export async function loadWorld(signal?: AbortSignal, doc: Document | undefined = globalThis.document): Promise<World> {
  const bundled = parse(await fetchText(placesUrl, 'map file', signal), 'map file') as WorldPlaces;
  if (!bundled || !Array.isArray(bundled.shapes) || !Array.isArray(bundled.dots)) {
    throw new DatasetError('invalid', 'The map file does not have the expected content.');
  }
  const fromPage = doc ? pathsFromDocument(doc, bundled) : undefined;
  if (fromPage) return assembleWorld(bundled, fromPage);
  const file = parse(await fetchText(pathsUrl, 'map file', signal), 'map file') as { paths?: Record<string, string> };
  try {
    return assembleWorld(bundled, file.paths ?? {});
  } catch {
    throw new DatasetError('invalid', 'The map file does not have the expected content.');
  }
}
