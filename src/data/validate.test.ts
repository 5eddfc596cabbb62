import { describe, expect, it } from 'vitest';
import { isIsoDate } from './schema.ts';
import { describeFound, formatIssue, formatPath, validateDataset, validateDatasetInSteps } from './validate.ts';
import fixture from '../testing/fixture-dataset.json' with { type: 'json' };

describe('isIsoDate()', () => {
  it('accepts the precisions sources give, and only real calendar moments', () => {
    for (const ok of ['2017', '2017-05', '2017-05-12', '2017-05-12T09:25Z', '2017-05-12T09:25:30Z', '2016-02-29']) expect(isIsoDate(ok), ok).toBe(true);
    for (const bad of ['2017-13', '2017-02-30', '2017-05-12T24:00Z', '2017-05-12T09:25', '12/05/2017', '2017-5-12', '2017-05-12T09:25+02:00', ''])
      expect(isIsoDate(bad), bad).toBe(false);
  });
});

describe('formatPath() and formatIssue()', () => {
  it('writes paths the way an editor reads them', () => {
    expect(formatPath(['countries', 12, 'figures', 0, 'sourceId'])).toBe('countries[12].figures[0].sourceId');
    expect(formatPath([])).toBe('');
  });
  it('says what was expected and what was found, on one line', () => {
    expect(formatIssue({ path: ['meta', 'title'], expected: 'expected a headline (text)', found: 42 })).toBe('meta.title: expected a headline (text), found 42');
    expect(formatIssue({ path: ['x'], expected: 'a unique id', found: 'a\nb' })).toBe('x: expected a unique id, found "a b"');
    expect(formatIssue({ path: [], expected: 'expected an object' })).toBe('(top level): expected an object');
  });
  it('shortens long found values', () => {
    expect(describeFound('x'.repeat(100))).toBe(`"${'x'.repeat(57)}…"`);
    expect(describeFound([1, 2])).toBe('a list of 2');
    expect(describeFound(undefined)).toBe('nothing');
  });
});

describe('validateDatasetInSteps()', () => {
  const countingPauses = () => {
    const pause = Object.assign(() => { pause.count++; return Promise.resolve(); }, { count: 0 });
    return pause;
  };
  it('pauses before the schema and before each rule, and passes the valid fixture through unchanged', async () => {
    const pause = countingPauses();
    const result = await validateDatasetInSteps(fixture, pause);
    expect(result.ok && result.dataset).toEqual(fixture);
    expect(validateDataset(fixture).ok).toBe(true);
    expect(pause.count).toBe(3);
  });
  it('reports the problems of every step, as validateDataset does', async () => {
    const broken = structuredClone(fixture) as typeof fixture;
    broken.sources.push({ ...broken.sources[0]! }); // a duplicate id: a relation rule
    broken.countries[0]!.figures[0]!.sourceId = 'no-such-source';
    const result = await validateDatasetInSteps(broken, countingPauses());
    const issues = (r: ReturnType<typeof validateDataset>) => (r.ok ? [] : r.issues.map(formatIssue));
    expect(issues(result)).toEqual(issues(validateDataset(broken)));
    expect(issues(result).join('\n')).toMatch(/unique source id[\s\S]*no-such-source/);
  });
  it('stops after the schema when the shape is wrong', async () => {
    const pause = countingPauses();
    const result = await validateDatasetInSteps({ meta: 1 }, pause);
    expect(result.ok).toBe(false);
    expect(pause.count).toBe(1);
  });
});
