import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../data/schema.ts';
import { attributionPeriods, layoutStrip, STRIP } from './layout.ts';

const statement = (id: string, date: string, actorKind: Attribution['actorKind']): Attribution => ({ id, date, actorKind, actor: id, claim: id, sourceId: 's', locator: 'l' });
const statements = [
  statement('uk', '2017-10-27', 'government'),
  statement('us', '2017-12-19T14:09Z', 'government'),
  statement('au', '2017-12-20', 'government'),
  statement('firm', '2017-05-15', 'researchers'),
  statement('nk', '2017-05-19', 'accused'),
  statement('doj', '2018-09-06', 'law-enforcement'),
];

describe('layoutStrip()', () => {
  const strip = layoutStrip(statements);
  it('runs from the first month to the end of the last, one lane per kind of speaker', () => {
    expect(strip.lanes.map((l) => l.kind)).toEqual(['researchers', 'government', 'law-enforcement', 'accused']);
    expect(strip.ticks[0]).toEqual({ x: STRIP.left, label: 'May 2017' });
    expect(strip.lanes[0]!.y).toBe(STRIP.top);
    expect(strip.height).toBe(STRIP.top + 3 * STRIP.laneHeight + STRIP.axis + 10);
  });
  it('places statements in time order along their lane, later to the right', () => {
    const x = (id: string) => strip.dots.find((d) => d.id === id)!.x;
    expect(x('firm')).toBeLessThan(x('nk'));
    expect(x('uk')).toBeLessThan(x('us'));
    expect(x('doj')).toBeLessThanOrEqual(STRIP.width - STRIP.right);
    expect(strip.dots.find((d) => d.id === 'nk')!.y).toBe(strip.lanes[3]!.y);
  });
  it('moves a dot along its lane rather than hide it behind one of the day before', () => {
    const x = (id: string) => strip.dots.find((d) => d.id === id)!.x;
    expect(x('au') - x('us')).toBeGreaterThanOrEqual(11);
  });
});

describe('attributionPeriods()', () => {
  it('groups statements by month, in date order', () => {
    expect(attributionPeriods(statements).map((p) => [p.key, p.statements.map((s) => s.id)])).toEqual([
      ['2017-05', ['firm', 'nk']],
      ['2017-10', ['uk']],
      ['2017-12', ['us', 'au']],
      ['2018-09', ['doj']],
    ]);
  });
});
