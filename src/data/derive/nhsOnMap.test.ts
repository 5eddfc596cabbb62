import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema.ts';
import { nhsPublicReports, withNhsOnMap } from './nhsOnMap.ts';

const sources = [
  { id: 'hsj', publisher: 'HSJ', title: 't', date: '2017-05-12T15:45Z', url: 'https://example.org/hsj' },
  { id: 'zdnet', publisher: 'ZDNet', title: 't', date: '2017-05-12', url: 'https://example.org/z' },
  { id: 'nao', publisher: 'NAO', title: 't', date: '2018-04-25', url: 'https://example.org/nao' },
];
const timeline = [
  { id: 'a', day: '2017-05-12', time: '2017-05-12T14:30Z', text: '16 trusts infected', sourceId: 'hsj', locator: 'para 3', quote: '16 trust' },
  { id: 'b', day: '2017-05-12', time: '2017-05-12T16:30Z', text: '25 organisations', sourceId: 'zdnet', locator: 'para 2' },
  { id: 'c', day: '2017-05-12', time: '2017-05-12T15:00Z', text: 'major incident', sourceId: 'nao', locator: 'Figure 2' },
];
const dataset = { sources, nhs: { figures: [], trusts: [], timeline }, countries: [{ iso3: 'GBR', figures: [], reports: [] }] } as unknown as Dataset;

describe('nhsPublicReports()', () => {
  it('takes the timeline rows whose source reported them the same day, dated by the source', () => {
    expect(nhsPublicReports(dataset).map((r) => [r.reported, r.sourceId, r.subject])).toEqual([
      ['2017-05-12T15:45Z', 'hsj', 'NHS England: 16 trusts infected'],
      ['2017-05-12', 'zdnet', 'NHS England: 25 organisations'],
    ]);
  });
  it('never dates a report before the moment it describes', () => {
    const early = { ...dataset, sources: [{ ...sources[0]!, date: '2017-05-12T14:00Z' }] } as unknown as Dataset;
    expect(nhsPublicReports(early)).toEqual([]);
  });
});

describe('withNhsOnMap()', () => {
  it("adds them to the United Kingdom's entry as named-victim reports", () => {
    const uk = withNhsOnMap(dataset).countries.find((c) => c.iso3 === 'GBR')!;
    expect(uk.reports.map((r) => r.kind)).toEqual(['named-victim', 'named-victim']);
    expect(uk.reports[0]!.note).toMatch(/NHS section's timeline \(a\)/);
  });
});
