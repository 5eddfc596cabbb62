/**
 * The shipped data's own checks, in one place: the figures the story states as facts (the trusts,
 * the payments, when the first countries appear), read from data/ exactly as the build reads it.
 * Other tests use a small fixed dataset (src/testing/fixture-dataset.json), so a journalist's
 * correction changes only this file's expectations, each of which names its source figure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countReportedBy } from './derive/evidence.ts';
import type { Dataset } from './schema.ts';
import type { Model } from './model.ts';
import { dailyRows, hourlyPaymentSeries, satoshiToBtc, tallyBefore } from '../charts/ransomSeries.ts';
import { deadlineMarkers } from '../charts/ransom/layout.ts';
import { paymentsSummary } from '../charts/ransom/text.ts';
import { trustEditions } from '../charts/trusts/editions.ts';
import { noDisruptionCount, trustUnits } from '../charts/trusts/layout.ts';
import { estimateTextWidth } from '../map/labels.ts';
import { buildScene, LABEL_FONT_PX, victimLabels } from '../map/scene.ts';
import { mapExtent } from '../map/viewBox.ts';
import { stepForDate, TIME_STEPS } from '../map/timeSteps.ts';
import { loadRealModel } from '../testing/realModel.ts';

let model: Model;
let dataset: Dataset;
beforeAll(async () => {
  model = await loadRealModel();
  dataset = model.dataset;
});

describe('the spread', () => {
  it('shows the countries public by the end of 12, 13 and 14 May (UTC), each from its first dated report', () => {
    const byEndOf = (day: number) => countReportedBy(model.evidence.values(), Date.UTC(2017, 4, day + 1));
    expect([byEndOf(12), byEndOf(13), byEndOf(14)]).toEqual([18, 46, 55]);
  });
});

describe('the map scene', () => {
  // The whole map as the graphic shows it (the far south cropped).
  const full = () => ({ viewBox: { x: 0, y: 0, ...mapExtent(model.world) }, pxPerUnit: 1 });

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
      const frame = mapExtent(model.world);
      const boxes = scene.annotations.map((a) => ({ x0: a.textX * pxPerUnit, x1: a.textX * pxPerUnit + estimateTextWidth(a.text, LABEL_FONT_PX), y0: a.textY * pxPerUnit - LABEL_FONT_PX, y1: a.textY * pxPerUnit + 3 }));
      expect(boxes.length, `labels placed at ${pxPerUnit} px per unit`).toBeGreaterThan(0);
      for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= frame.width * pxPerUnit && b.y0 >= 0 && b.y1 <= frame.height * pxPerUnit).toBe(true);
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

describe('the NHS trusts', () => {
  it('reads April 2018: 34 infected + 46 disrupted = the 80 affected, of 236; 156 with no disruption reported', () => {
    const { revised } = trustEditions(model);
    expect(revised.label).toBe('April 2018');
    expect(revised.counts).toEqual({ total: 236, infected: 34, disrupted: 46 });
    expect(revised.infected.value + revised.disrupted.value).toBe(revised.affected.value);
    expect(noDisruptionCount(revised.counts)).toBe(156);
    expect(revised.acuteInfected.value).toBe(25);
    expect(revised.named).toHaveLength(80);
  });
  it('reads October 2017: 37 + 44 = 81, with no names', () => {
    const { original } = trustEditions(model);
    expect(original.label).toBe('October 2017');
    expect(original.counts).toEqual({ total: 236, infected: 37, disrupted: 44 });
    expect(original.infected.value + original.disrupted.value).toBe(original.affected.value);
    expect(noDisruptionCount(original.counts)).toBe(155);
    expect(original.named).toEqual([]);
  });
  it('names all 80 affected units of April 2018, five of them A&E diverters', () => {
    const { revised } = trustEditions(model);
    const units = trustUnits(revised.counts, revised.named);
    expect(units.filter((u) => u.trust)).toHaveLength(80);
    expect(units.filter((u) => u.trust?.aeDiverted).map((u) => u.trust!.aeDiverted)).toEqual([
      'Royal London Hospital',
      'Lister Hospital',
      'Basingstoke Hospital',
      'Broomfield Hospital',
      'West Cumberland Hospital',
    ]);
  });
});

describe('the ransom payments', () => {
  const series = () => hourlyPaymentSeries(dataset.ransom.payments, dataset.ransom.wallets.length);

  it('holds 296 payments worth 4,886,403,816 satoshi (48.86403816 BTC)', () => {
    const { total, hours } = series();
    expect(total).toEqual({ count: 296, satoshi: 4886403816 });
    expect(satoshiToBtc(total.satoshi)).toBe(48.86403816);
    expect(hours.at(-1)).toMatchObject({ cumulativeCount: 296, cumulativeSatoshi: 4886403816 });
  });
  it('splits them 94 / 94 / 108 between the three wallets', () => {
    const { wallets } = series();
    expect(wallets.map((w) => w.count)).toEqual([94, 94, 108]);
    expect(wallets.map((w) => w.satoshi)).toEqual([1343213239, 1686789944, 1856400633]);
  });
  it('runs hourly from 12 May 00:00 UTC to 22 May 21:00 UTC', () => {
    const { start, end, hours } = series();
    expect(start).toBe(Date.UTC(2017, 4, 12));
    expect(end).toBe(Date.UTC(2017, 4, 22, 21));
    expect(hours).toHaveLength(10 * 24 + 21);
  });
  it('had 93 payments and 15.44834652 BTC by 14 May 00:00 UTC, in both the bins and a direct count', () => {
    const cutoff = Date.UTC(2017, 4, 14);
    expect(tallyBefore(dataset.ransom.payments, cutoff)).toEqual({ count: 93, satoshi: 1544834652 });
    const lastBinBefore = series().hours.find((bin) => bin.end === cutoff)!;
    expect(lastBinBefore).toMatchObject({ cumulativeCount: 93, cumulativeSatoshi: 1544834652 });
    expect(satoshiToBtc(lastBinBefore.cumulativeSatoshi)).toBe(15.44834652);
  });
  it('gives eleven days of rows that add up to the total', () => {
    const rows = dailyRows(series());
    expect(rows).toHaveLength(11);
    expect(rows.reduce((sum, row) => sum + row.satoshi, 0)).toBe(4886403816);
    expect(rows[1]).toMatchObject({ day: Date.UTC(2017, 4, 13), cumulativeCount: 93, cumulativeSatoshi: 1544834652 });
  });
});

describe('the ransom summary', () => {
  it('gives the totals and the tallies at the two deadlines', () => {
    const series = hourlyPaymentSeries(dataset.ransom.payments, 3);
    const markers = deadlineMarkers(series.start, 3, 7);
    expect(paymentsSummary(series, dataset.ransom.payments, markers, 3)).toBe(
      'Two charts of the ransom paid into the 3 bitcoin wallets, hour by hour from 12 May to 22 May, 21:00 UTC, computed from the @actual_ransom transaction list. ' +
        'In all, 296 payments brought 48.86403816 BTC. ' +
        'By the price rise on 15 May: 126 payments, 20.95276664 BTC. ' +
        'By the deletion deadline on 19 May: 284 payments, 46.80551383 BTC.',
    );
  });
});
