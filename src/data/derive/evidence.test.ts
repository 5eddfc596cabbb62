import { describe, expect, it } from 'vitest';
import type { Country, Measure } from '../schema.ts';
import { classifyCountry, countReportedBy, statusAt } from './evidence.ts';
import { availableFrom } from './time.ts';

const measures = new Map<string, Measure>([
  ['sinkhole', { id: 'sinkhole', label: 'Sinkhole', unit: 'requests', description: 'd', evidencesOutbreak: true, mapLayer: true }],
  ['unpatched', { id: 'unpatched', label: 'Unpatched', unit: '%', description: 'd', evidencesOutbreak: false, mapLayer: false }],
]);
const cite = { sourceId: 's', locator: 'p1' };
const figure = (measure: string, value: number, reported: string) => ({ measure, value, unit: measure === 'sinkhole' ? 'requests' : '%', reported, ...cite });
const report = (kind: 'named-victim' | 'statement' | 'listed' | 'denial', reported: string) => ({ kind, subject: kind, reported, ...cite });

describe('availableFrom()', () => {
  it('counts a dated claim from the end of the period its date names', () => {
    expect(availableFrom('2017-05-12T09:25Z')).toBe(Date.UTC(2017, 4, 12, 9, 25));
    expect(availableFrom('2017-05-13')).toBe(Date.UTC(2017, 4, 14));
    expect(availableFrom('2017-05')).toBe(Date.UTC(2017, 5, 1));
    expect(availableFrom('2017')).toBe(Date.UTC(2018, 0, 1));
    expect(availableFrom('2017-12-31')).toBe(Date.UTC(2018, 0, 1));
  });
});

describe('classifyCountry()', () => {
  it('takes the strongest category and the earliest report across figures and reports', () => {
    const country: Country = { iso3: 'ESP', figures: [figure('sinkhole', 10, '2017-05-30')], reports: [report('listed', '2017-05-13'), report('named-victim', '2017-05-12T09:25Z')] };
    const e = classifyCountry(country, measures);
    expect(e.status).toBe('named-victim');
    expect(e.categories).toEqual(['named-victim', 'published-count', 'reported']);
    expect(e.firstReport).toMatchObject({ at: Date.UTC(2017, 4, 12, 9, 25), reported: '2017-05-12T09:25Z' });
  });

  it('does not count a vulnerability figure or a zero as evidence', () => {
    const country: Country = { iso3: 'POL', figures: [figure('unpatched', 12.77, '2017-05-15'), figure('sinkhole', 0, '2017-05-15')], reports: [] };
    const e = classifyCountry(country, measures);
    expect(e.status).toBe('none');
    expect(e.firstReport).toBeUndefined();
  });

  it('shows a denial-only country as a denial, with no first report', () => {
    const e = classifyCountry({ iso3: 'MLT', figures: [], reports: [report('denial', '2017-05-14')] }, measures);
    expect(e.status).toBe('denial');
    expect(e.firstReport).toBeUndefined();
    expect(e.denialFrom).toBe(Date.UTC(2017, 4, 15));
  });

  it('keeps evidence as the status when a denial conflicts with it', () => {
    const e = classifyCountry({ iso3: 'PHL', figures: [figure('sinkhole', 231000, '2017-05-30')], reports: [report('denial', '2017-05-16')] }, measures);
    expect(e.status).toBe('published-count');
    expect(e.denials).toBe(1);
  });
});

describe('statusAt() and countReportedBy()', () => {
  const e = classifyCountry({ iso3: 'X', figures: [figure('sinkhole', 5, '2017-05-30')], reports: [report('statement', '2017-05-13'), report('denial', '2017-05-12')] }, measures);
  it('shows only what was public by the moment', () => {
    expect(statusAt(e, Date.UTC(2017, 4, 12, 12))).toBe('none');
    expect(statusAt(e, Date.UTC(2017, 4, 13, 12))).toBe('denial');
    expect(statusAt(e, Date.UTC(2017, 4, 14))).toBe('reported');
    expect(statusAt(e, Date.UTC(2017, 4, 31))).toBe('published-count');
  });
  it('counts countries first reported by the moment', () => {
    const other = classifyCountry({ iso3: 'Y', figures: [], reports: [report('listed', '2017-05-12T10:00Z')] }, measures);
    expect(countReportedBy([e, other], Date.UTC(2017, 4, 13))).toBe(1);
    expect(countReportedBy([e, other], Date.UTC(2017, 4, 14))).toBe(2);
  });
});
