import { describe, expect, it } from 'vitest';
import { spreadMarkers } from './scene.ts';

describe('spreadMarkers()', () => {
  it('keeps markers at least the gap apart on screen, first come first kept', () => {
    const markers = [{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 30, y: 0 }];
    expect(spreadMarkers(markers, 1, 11)).toEqual([{ x: 0, y: 0 }, { x: 30, y: 0 }]);
    // Zoomed in twice as far, the same markers are 10 and 60 px apart.
    expect(spreadMarkers(markers, 2, 11)).toEqual([{ x: 0, y: 0 }, { x: 30, y: 0 }]);
    expect(spreadMarkers(markers, 3, 11)).toHaveLength(3);
  });
});

