// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModelContext } from '../ui/ModelContext.tsx';
import { fixtureModel } from '../testing/fixtureModel.ts';
import { SourcesSection } from './SourcesSection.tsx';

describe('SourcesSection', () => {
  it('keeps a correction’s evidence notes beside their chips', () => {
    const base = fixtureModel();
    const myth = base.dataset.myths[0]!;
    const noted = { ...myth, evidence: [{ ...myth.evidence[0]!, note: 'Most infected machines ran Windows 7.' }, ...myth.evidence.slice(1)] };
    const model = { ...base, dataset: { ...base.dataset, myths: [noted] } };
    const { container } = render(
      <ModelContext.Provider value={model}>
        <SourcesSection />
      </ModelContext.Provider>,
    );
    const correction = container.querySelector(`#myth-${myth.id} .myth-correction`)!;
    expect(correction.querySelector('a.cite')).not.toBeNull();
    expect(correction.querySelector('.cite-note')?.textContent?.trim()).toBe('Most infected machines ran Windows 7.');
  });
});
