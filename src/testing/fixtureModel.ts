/**
 * A small fixed dataset for tests of behaviour and for the charts' SVG snapshots: a frozen subset
 * of the shipped data (every figure the charts require, six named trusts, twelve payments, three
 * countries), cut down once on 2026-12-04 and edited by hand since. A journalist's correction to
 * data/ never changes these tests; the shipped data has its own checks (src/data/shippedData.test.ts).
 */
import { buildModel, type Model } from '../data/model.ts';
import { validateDataset, formatIssue } from '../data/validate.ts';
import { fullWorld } from '../geo/fullWorld.ts';
import fixture from './fixture-dataset.json' with { type: 'json' };

export function fixtureModel(): Model {
  const result = validateDataset(fixture);
  if (!result.ok) throw new Error(`The test fixture is not a valid dataset:\n${result.issues.map(formatIssue).join('\n')}`);
  return buildModel(result.dataset, fullWorld);
}

/** An SVG or HTML string with one element per line: snapshot diffs a person can review. */
export const oneElementPerLine = (markup: string) => `${markup.replace(/></g, '>\n<')}\n`;
