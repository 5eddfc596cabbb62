import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../data/model.ts';
import { loadRealModel } from '../charts/testing/realModel.ts';
import { buildScene, spreadMarkers, victimLabels } from './scene.ts';
import { stepForDate, TIME_STEPS } from './timeSteps.ts';

describe('spreadMarkers()', () => {
  it('keeps markers at least the gap apart on screen, first come first kept', () => {
    const markers = [{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 30, y: 0 }];
    expect(spreadMarkers(markers, 1, 11)).toEqual([{ x: 0, y: 0 }, { x: 30, y: 0 }]);
    // Zoomed in twice as far, the same markers are 10 and 60 px apart.
    expect(spreadMarkers(markers, 2, 11)).toEqual([{ x: 0, y: 0 }, { x: 30, y: 0 }]);
    expect(spreadMarkers(markers, 3, 11)).toHaveLength(3);
  });
});

describe('the scene of the shipped data', () => {
  let model: Model;
  beforeAll(async () => {
    model = await loadRealModel();
  });
  const full = () => ({ viewBox: { x: 0, y: 0, width: model.world.width, height: model.world.height }, pxPerUnit: 1 });

  it('labels a victim only once its report is public: the NHS on 12 May, Deutsche Bahn on 13 May', () => {
    const names = (date: string) => victimLabels(model, TIME_STEPS[stepForDate(date)]!.at).map((l) => l.text);
    expect(names('2017-05-12T15:00Z')).not.toContain('NHS England');
    expect(names('2017-05-12T16:00Z')).toContain('NHS England');
    expect(names('2017-05-12T16:00Z')).not.toContain('Deutsche Bahn');
    expect(names('2017-05-13T08:00Z')).toContain('Deutsche Bahn');
  });
  it('shows the United Kingdom as a named victim from the first NHS report', () => {
    const at = (date: string) => buildScene(model, { layerId: 'evidence', step: stepForDate(date) }, full()).looks.get('GBR')?.status;
    expect(at('2017-05-12T15:00Z')).toBe('none');
    expect(at('2017-05-12T16:00Z')).toBe('named-victim');
  });
  it('places every label apart from every other and inside the frame, at phone and desktop widths', () => {
    for (const pxPerUnit of [0.36, 0.6, 1.2]) {
      const scene = buildScene(model, { layerId: 'evidence', step: TIME_STEPS.length - 1 }, { ...full(), pxPerUnit });
      const boxes = scene.annotations.map((a) => ({ x0: a.textX * pxPerUnit, x1: a.textX * pxPerUnit + a.text.length * 12 * 0.56, y0: a.textY * pxPerUnit - 12, y1: a.textY * pxPerUnit + 3 }));
      for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= model.world.width * pxPerUnit).toBe(true);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(boxes[i]!.x0 < boxes[j]!.x1 && boxes[j]!.x0 < boxes[i]!.x1 && boxes[i]!.y0 < boxes[j]!.y1 && boxes[j]!.y0 < boxes[i]!.y1).toBe(false);
    }
  });
  it('draws no markers or labels on a measure layer', () => {
    const scene = buildScene(model, { layerId: 'kryptos-sinkhole-requests', step: TIME_STEPS.length - 1 }, full());
    expect(scene.markers).toEqual([]);
    expect(scene.annotations).toEqual([]);
    expect(scene.looks.get('CHN')?.bin).toBeDefined();
  });
});
