import { describe, expect, it } from 'vitest';
import { maxTooltipWidth, placeTooltip, toWrapperPoint } from './placeTooltip.ts';

describe('placeTooltip()', () => {
  it('centres the tooltip above its anchor when there is room', () => {
    expect(placeTooltip({ x: 160, y: 200 }, { width: 100, height: 60 }, { width: 320, height: 300 })).toEqual({ left: 110, top: 132, side: 'above' });
  });
  it('keeps it inside the left edge of a 320 px chart', () => {
    expect(placeTooltip({ x: 10, y: 200 }, { width: 200, height: 60 }, { width: 320, height: 300 })).toEqual({ left: 4, top: 132, side: 'above' });
  });
  it('keeps it inside the right edge of a 320 px chart', () => {
    expect(placeTooltip({ x: 318, y: 200 }, { width: 200, height: 60 }, { width: 320, height: 300 })).toEqual({ left: 116, top: 132, side: 'above' });
  });
  it('puts it below the anchor near the top of the chart', () => {
    expect(placeTooltip({ x: 160, y: 20 }, { width: 100, height: 60 }, { width: 320, height: 300 })).toEqual({ left: 110, top: 28, side: 'below' });
  });
  it('clears the height of a tall anchor when placed below it', () => {
    expect(placeTooltip({ x: 160, y: 20, height: 17 }, { width: 100, height: 60 }, { width: 320, height: 300 })).toEqual({ left: 110, top: 45, side: 'below' });
  });
  it('covers the anchor rather than leave a chart too short for either side', () => {
    expect(placeTooltip({ x: 160, y: 50 }, { width: 100, height: 80 }, { width: 320, height: 120 })).toEqual({ left: 110, top: 40, side: 'below' });
  });
  it('pins a tooltip wider than the chart to the left margin', () => {
    expect(placeTooltip({ x: 100, y: 200 }, { width: 400, height: 60 }, { width: 320, height: 300 })).toEqual({ left: 4, top: 132, side: 'above' });
  });
});

describe('maxTooltipWidth()', () => {
  it('is 280 px on wide charts and the chart minus its margins on a phone', () => {
    expect(maxTooltipWidth(1000)).toBe(280);
    expect(maxTooltipWidth(288)).toBe(280);
    expect(maxTooltipWidth(260)).toBe(252);
  });
});

describe('toWrapperPoint()', () => {
  it('scales a viewBox point to the drawn size and offsets it by the SVG position', () => {
    const svg = { left: 20, top: 50, width: 320, height: 100 };
    const wrapper = { left: 10, top: 30, width: 340, height: 200 };
    expect(toWrapperPoint({ x: 320, y: 100 }, svg, wrapper, 640)).toEqual({ x: 170, y: 70 });
  });
  it('uses a scale of 1 when the SVG has not been drawn (no layout)', () => {
    const zero = { left: 0, top: 0, width: 0, height: 0 };
    expect(toWrapperPoint({ x: 12.5, y: 7 }, zero, zero, 640)).toEqual({ x: 12.5, y: 7 });
  });
});
