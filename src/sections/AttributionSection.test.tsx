// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModelContext } from '../ui/ModelContext.tsx';
import { fixtureModel, oneElementPerLine } from '../testing/fixtureModel.ts';
import { AttributionSection } from './AttributionSection.tsx';

const model = fixtureModel();
const tree = () => (
  <ModelContext.Provider value={model}>
    <AttributionSection />
  </ModelContext.Provider>
);

describe('AttributionSection', () => {
  it('is a labelled region that says who blamed whom, as claims with sources', () => {
    const { container } = render(tree());
    expect(screen.getByRole('region', { name: 'Who was behind it' })).toBeInTheDocument();
    const items = [...container.querySelectorAll('.statement')];
    expect(items).toHaveLength(6);
    // Every statement names its speaker, keeps their own words on how sure they were, and cites its source.
    for (const item of items) expect(item.querySelector('a.cite')).not.toBeNull();
    expect(items[0]!.textContent).toContain('15 May 2017');
    const wallace = items.find((item) => item.textContent!.includes('quite strongly'))!;
    expect(wallace.textContent).toContain('27 Oct 2017');
    expect(wallace.querySelector('.statement-confidence')!.textContent).toBe('In their words: quite strongly; as sure as possible');
  });
  it('draws one dot per statement on its speaker’s lane, and describes the strip in words', async () => {
    const { container } = render(tree());
    expect(container.querySelectorAll('.strip-dot')).toHaveLength(6);
    expect(container.querySelectorAll('.dot-accused.strip-dot')).toHaveLength(1);
    expect(screen.getByRole('img')).toHaveAccessibleName(/^A strip of 6 statements on who was behind WannaCry, from 15 May 2017 to 6 September 2018: /);
    await expect(oneElementPerLine(container.querySelector('.attribution-strip')!.outerHTML)).toMatchFileSnapshot('./__snapshots__/attribution-strip.svg');
  });
});
