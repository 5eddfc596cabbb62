import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels } from './labels.ts';

const frame = { width: 600, height: 300 };
const boxes = (labels: ReturnType<typeof placeLabels>) => labels.map((l) => ({ x0: l.textX, x1: l.textX + l.width, y0: l.textY - l.height * 0.75, y1: l.textY + l.height * 0.25 }));

describe('placeLabels()', () => {
  it('puts a lone label just right of its anchor, without a leader', () => {
    const [label] = placeLabels([{ id: 'ESP', text: 'Telefónica', x: 100, y: 100 }], frame);
    expect(label).toMatchObject({ id: 'ESP', textX: 106, leader: false, width: estimateTextWidth('Telefónica', 12) });
  });
  it('never overlaps two labels, even for anchors on top of each other', () => {
    const labels = placeLabels(
      ['NHS England', 'Deutsche Bahn', 'Renault', 'Telefónica', 'Q-Park'].map((text, i) => ({ id: String(i), text, x: 300 + i, y: 150 + i })),
      frame,
    );
    expect(labels).toHaveLength(5);
    const b = boxes(labels);
    for (let i = 0; i < b.length; i++)
      for (let j = i + 1; j < b.length; j++) expect(b[i]!.x0 < b[j]!.x1 && b[j]!.x0 < b[i]!.x1 && b[i]!.y0 < b[j]!.y1 && b[j]!.y0 < b[i]!.y1).toBe(false);
  });
  it('keeps labels inside the frame, flipping to the left at the right edge', () => {
    const [label] = placeLabels([{ id: 'JPN', text: 'Hitachi', x: 590, y: 100 }], frame);
    expect(label!.textX + label!.width).toBeLessThanOrEqual(598);
    expect(label!.textX).toBeLessThan(590);
  });
  it('leaves out a label that has no room rather than overlap', () => {
    expect(placeLabels([{ id: 'A', text: 'A very long label that cannot fit anywhere', x: 20, y: 10 }], { width: 60, height: 20 })).toEqual([]);
  });
});
