import { describe, expect, it } from 'vitest';
import { layoutPartToWhole } from './layout.ts';

const parts = [
  { id: 'lost-output', value: 19 },
  { id: 'it-during', value: 0.5 },
  { id: 'it-after', value: 72 },
];

describe('layoutPartToWhole()', () => {
  it('sums £19m + £0.5m + £72m to £91.5m', () => {
    expect(layoutPartToWhole(parts, 320).sum).toBe(91.5);
  });
  it('gives each part its share of a 320 px bar', () => {
    expect(layoutPartToWhole(parts, 320).segments).toEqual([
      { id: 'lost-output', value: 19, x: 0, width: 66.45, centre: 33.22, labelInside: true, labelX: 33.22 },
      { id: 'it-during', value: 0.5, x: 66.45, width: 1.75, centre: 67.32, labelInside: false, labelX: 67.32 },
      { id: 'it-after', value: 72, x: 68.2, width: 251.8, centre: 194.1, labelInside: true, labelX: 194.1 },
    ]);
  });
  it('fills a 1000 px bar exactly', () => {
    const { segments } = layoutPartToWhole(parts, 1000);
    expect(segments.map((s) => s.width)).toEqual([207.65, 5.46, 786.89]);
    expect(segments[2]!.x + segments[2]!.width).toBe(1000);
  });
  it('keeps an outside label inside the chart when its segment is at the edge', () => {
    const { segments } = layoutPartToWhole([{ id: 'small', value: 1 }, { id: 'big', value: 99 }], 320);
    expect(segments[0]).toMatchObject({ centre: 1.6, labelInside: false, labelX: 24 });
  });
  it('lays out no segments for no parts', () => {
    expect(layoutPartToWhole([], 320)).toEqual({ segments: [], sum: 0 });
  });
});
