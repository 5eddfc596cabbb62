import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema.ts';
import { checkProvenance, isBeforeSource, numbersInText, quoteStatesValue } from './provenance.ts';
import { formatIssue } from './validate.ts';

describe('isBeforeSource()', () => {
  it('compares at the coarser precision, since a day covers its hours', () => {
    expect(isBeforeSource('2017-05-12', '2017-05-14')).toBe(true);
    expect(isBeforeSource('2017-05-12T10:00Z', '2017-05-12T20:00Z')).toBe(true);
    expect(isBeforeSource('2017-05-12', '2017-05-12T20:00Z')).toBe(false);
    expect(isBeforeSource('2017-05-12T10:00Z', '2017-05-12')).toBe(false);
    expect(isBeforeSource('2017-05', '2017-05-14')).toBe(false);
    expect(isBeforeSource('2017-05-16', '2017-05-16')).toBe(false);
  });
});

describe('numbersInText() and quoteStatesValue()', () => {
  it('reads separators under both conventions, multipliers and number words', () => {
    expect(quoteStatesValue('China was by far the most affected country, with 6.2 million requests', 6_200_000)).toBe(true);
    expect(quoteStatesValue('75.000 detecciones del WanaCrypt0r 2.0 en 99 países', 75_000)).toBe(true);
    expect(quoteStatesValue('more than 45,000 attacks', 45_000)).toBe(true);
    expect(quoteStatesValue('1,5 млн', 1_500_000)).toBe(true);
    expect(quoteStatesValue('a requested ransom of .1781 bitcoins', 0.1781)).toBe(true);
    expect(quoteStatesValue('tot nu toe zes Belgische slachtoffers', 6)).toBe(true);
    expect(quoteStatesValue('Twenty of the 25 infected acute trusts', 20)).toBe(true);
    expect(quoteStatesValue('no NHS organisations paid the ransom', 0)).toBe(true);
  });
  it('takes a decrease as stating its size', () => {
    expect(quoteStatesValue('a fall of 4% in admissions', -4)).toBe(true);
  });
  it('refuses a quote without the figure', () => {
    expect(quoteStatesValue('as of 8pm on Saturday local time', 29_372)).toBe(false);
    expect(quoteStatesValue('a decrease of about 6% in total admissions', -4)).toBe(false);
    expect(numbersInText('plain digits here, eleven words at most')).toEqual([11]);
  });
});

/** The smallest dataset the rules look at; the schema is not involved. */
function dataset(parts: Partial<Dataset>): Dataset {
  return {
    sources: [], measures: [{ id: 'count', label: 'Count', unit: 'computers', description: 'd', evidencesOutbreak: true, mapLayer: false }],
    countries: [], globalTotals: [], nhs: { figures: [], trusts: [], timeline: [] },
    ransom: { facts: [], wallets: [], payments: [], paymentsSourceId: 's' },
    ...parts,
  } as unknown as Dataset;
}

describe('checkProvenance()', () => {
  const sources = [
    { id: 'copy', publisher: 'Blog', title: 't', date: '2017-05-14', url: 'https://example.org/a' },
    { id: 'undated', publisher: 'Site', title: 't', url: 'https://example.org/b' },
    { id: 'seen', publisher: 'Site', title: 't', url: 'https://example.org/c', firstSeen: '2017-05-15T09:30Z' },
  ];
  it('reports a row dated before its source, a country with no report to the day, an undated source', () => {
    const issues = checkProvenance(dataset({
      sources,
      countries: [
        { iso3: 'ESP', figures: [], reports: [{ kind: 'listed', subject: 's', reported: '2017-05-12', sourceId: 'copy', locator: 'l' }] },
        { iso3: 'DEU', figures: [], reports: [{ kind: 'named-victim', subject: 's', reported: '2017-05', sourceId: 'copy', locator: 'l' }] },
        { iso3: 'FRA', figures: [], reports: [{ kind: 'listed', subject: 's', reported: '2017-05-13', sourceId: 'undated', locator: 'l' }] },
        { iso3: 'ITA', figures: [], reports: [{ kind: 'listed', subject: 's', reported: '2017-05-15T10:00Z', sourceId: 'seen', locator: 'l' }] },
      ],
    } as Partial<Dataset>)).map(formatIssue);
    expect(issues).toEqual([
      'countries[0].reports[0].reported: expected a date on or after the source\'s publication date (2017-05-14, source "copy"), found "2017-05-12"',
      'countries[1]: expected at least one report or figure for DEU dated to the day (like 2017-05-13), so the time control can place the country, found "2017-05"',
      'countries[2].reports[0].sourceId: expected a source with a date or first_seen (source "undated" is undated, so nothing proves when this row became public), found "undated"',
    ]);
  });
  it('reports a figure whose quote lacks it unless it says how it was derived', () => {
    const figure = { measure: 'count', value: 29372, unit: 'computers', reported: '2017-05-14', sourceId: 'copy', locator: 'l', quote: 'as of 8pm on Saturday' };
    const bad = checkProvenance(dataset({ sources, countries: [{ iso3: 'CHN', figures: [figure], reports: [] }] } as Partial<Dataset>));
    expect(bad.map(formatIssue)).toEqual([
      'countries[0].figures[0].quote: expected a quote that contains the figure 29372, or "derived" showing the arithmetic and its inputs, found "as of 8pm on Saturday"',
    ]);
    const marked = { ...figure, derived: '4,341 + 25,031 = 29,372' };
    expect(checkProvenance(dataset({ sources, countries: [{ iso3: 'CHN', figures: [marked], reports: [] }] } as Partial<Dataset>))).toEqual([]);
  });
});
