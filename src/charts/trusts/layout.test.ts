import { describe, expect, it } from 'vitest';
import type { Trust } from '../../data/schema.ts';
import { layoutUnitGrid, moveUnitFocus, noDisruptionCount, trustUnits, unitMarker } from './layout.ts';

const trust = (name: string, category: Trust['category']): Trust => ({ name, category, sourceId: 's', locator: 'p1' });

describe('trustUnits()', () => {
  const named = [trust('A', 'infected'), trust('B', 'disrupted'), trust('C', 'infected')];

  it('makes one unit per trust: infected, then disrupted, then no disruption reported', () => {
    const units = trustUnits({ total: 10, infected: 3, disrupted: 2 }, named);
    expect(units.map((u) => u.category)).toEqual(['infected', 'infected', 'infected', 'disrupted', 'disrupted', 'none', 'none', 'none', 'none', 'none']);
    expect(units.map((u) => u.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('names units in list order and leaves the units beyond the list unnamed', () => {
    const units = trustUnits({ total: 10, infected: 3, disrupted: 2 }, named);
    expect(units.map((u) => u.trust?.name ?? null)).toEqual(['A', 'C', null, 'B', null, null, null, null, null, null]);
  });
  it('names nothing in an edition without names', () => {
    expect(trustUnits({ total: 4, infected: 1, disrupted: 1 }, []).every((u) => !u.trust)).toBe(true);
  });
  it('counts 236 − 34 − 46 = 156 trusts with no disruption reported (April 2018) and 236 − 37 − 44 = 155 (October 2017)', () => {
    expect(noDisruptionCount({ total: 236, infected: 34, disrupted: 46 })).toBe(156);
    expect(noDisruptionCount({ total: 236, infected: 37, disrupted: 44 })).toBe(155);
    expect(trustUnits({ total: 236, infected: 34, disrupted: 46 }, [])).toHaveLength(236);
  });
});

describe('layoutUnitGrid()', () => {
  it('lays 236 units out in 16 columns of 20 px on a 320 px screen', () => {
    const grid = layoutUnitGrid(236, 320);
    expect(grid).toMatchObject({ columns: 16, rows: 15, pitch: 20, size: 17, width: 320, height: 300 });
    expect(grid.cells[0]).toEqual({ x: 0, y: 0 });
    expect(grid.cells[15]).toEqual({ x: 300, y: 0 });
    expect(grid.cells[16]).toEqual({ x: 0, y: 20 });
    expect(grid.cells[235]).toEqual({ x: 220, y: 280 });
  });
  it('caps a 1000 px chart at 40 columns of 25 px', () => {
    const grid = layoutUnitGrid(236, 1000);
    expect(grid).toMatchObject({ columns: 40, rows: 6, pitch: 25, size: 21.25, width: 1000, height: 150 });
    expect(grid.cells[39]).toEqual({ x: 975, y: 0 });
    expect(grid.cells[235]).toEqual({ x: 875, y: 125 });
  });
  it('fills the default 640 px width with 32 columns', () => {
    expect(layoutUnitGrid(236, 640)).toMatchObject({ columns: 32, rows: 8, pitch: 20, size: 17, height: 160 });
  });
  it('keeps at least 10 columns on a very narrow chart, with smaller squares', () => {
    expect(layoutUnitGrid(236, 150)).toMatchObject({ columns: 10, rows: 24, pitch: 15, size: 12.75, height: 360 });
  });
  it('rounds fractional pitches to hundredths', () => {
    const grid = layoutUnitGrid(236, 333);
    expect(grid).toMatchObject({ columns: 16, pitch: 20.81, size: 17.69, height: 312.19 });
    expect(grid.cells[17]).toEqual({ x: 20.81, y: 20.81 });
  });
});

describe('moveUnitFocus()', () => {
  it('moves by one square sideways and one row up or down, and stops at the edges', () => {
    expect(moveUnitFocus(5, 'ArrowRight', 16, 236)).toBe(6);
    expect(moveUnitFocus(0, 'ArrowLeft', 16, 236)).toBe(0);
    expect(moveUnitFocus(5, 'ArrowDown', 16, 236)).toBe(21);
    expect(moveUnitFocus(230, 'ArrowDown', 16, 236)).toBe(230);
    expect(moveUnitFocus(5, 'ArrowUp', 16, 236)).toBe(5);
    expect(moveUnitFocus(235, 'ArrowRight', 16, 236)).toBe(235);
    expect(moveUnitFocus(100, 'Home', 16, 236)).toBe(0);
    expect(moveUnitFocus(100, 'End', 16, 236)).toBe(235);
    expect(moveUnitFocus(100, 'a', 16, 236)).toBe(100);
  });
});

describe('unitMarker()', () => {
  it('centres the marker in its square', () => {
    expect(unitMarker({ x: 20.81, y: 0 }, 17.69)).toEqual({ cx: 29.66, cy: 8.85, r: 3.89 });
  });
});
