import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../testing/fixtureModel.ts';
import { trustEditions } from './editions.ts';
import { describeUnit, unitAccessibleName } from './unitText.ts';

const model = fixtureModel();

describe('describeUnit()', () => {
  const edition = { label: 'April 2018', hasNames: true, reclassified: 4 };
  it('names a trust, its category, and its A&E diversion', () => {
    const text = describeUnit({ index: 0, category: 'infected', trust: { name: 'Barts Health NHS Trust', category: 'infected', acute: true, aeDiverted: 'Royal London Hospital', sourceId: 's', locator: 'p' } }, edition);
    expect(unitAccessibleName(text)).toBe('Barts Health NHS Trust. Infected and locked out of devices. Acute trust. A&E diverted ambulances: Royal London Hospital');
  });
  it('says a square without a name is not named by the NAO', () => {
    expect(describeUnit({ index: 90, category: 'none' }, edition)).toEqual({ title: 'Not named by the NAO', lines: ['No disruption reported'] });
  });
  it('explains why the October 2017 squares carry no names', () => {
    expect(describeUnit({ index: 0, category: 'infected' }, { label: 'October 2017', hasNames: false, reclassified: 4 })).toEqual({
      title: 'Not named (October 2017 edition)',
      lines: ['Infected and locked out of devices', "The NAO did not publish which 4 trusts changed category, so this edition's squares are not named."],
    });
  });
});

describe('trustSummary()', () => {
  it('describes the shown edition, the marked trusts and the other edition', async () => {
    const { trustSummary } = await import('./summary.ts');
    const { revised, original } = trustEditions(model);
    const ae = revised.named.filter((t) => t.aeDiverted).slice(0, 2);
    expect(trustSummary(revised, original, ae)).toBe(
      'Each square is one of the 236 NHS trusts in England, as the National Audit Office counted them in its April 2018 edition: ' +
        '34 infected and locked out of devices, 46 not infected but reporting disruption, and 156 with no disruption reported (236 minus the 80 affected). ' +
        'Marked: the acute trusts whose A&E departments diverted ambulances: Royal London Hospital (Barts Health NHS Trust); Lister Hospital (East and North Hertfordshire NHS Trust). ' +
        'The October 2017 edition counted 37 infected and 44 disrupted, 81 in all.',
    );
    expect(trustSummary(original, revised, ae)).toBe(
      'Each square is one of the 236 NHS trusts in England, as the National Audit Office counted them in its October 2017 edition: ' +
        '37 infected and locked out of devices, 44 not infected but reporting disruption, and 155 with no disruption reported (236 minus the 81 affected). ' +
        'The April 2018 edition counted 34 infected and 46 disrupted, 80 in all.',
    );
  });
});
