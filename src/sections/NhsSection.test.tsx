// @vitest-environment jsdom
import { mountServerHtml } from '../test-html.ts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ModelContext } from '../ui/ModelContext.tsx';
import { fixtureModel, oneElementPerLine } from '../testing/fixtureModel.ts';
import { NhsSection } from './NhsSection.tsx';

// The small fixed dataset: the shipped data's own figures are checked in src/data/shippedData.test.ts.
const model = fixtureModel();

const tree = () => (
  <ModelContext.Provider value={model}>
    <NhsSection />
  </ModelContext.Provider>
);
/** Opens a details built on opening (LazyDetails), as a reader's click would. */
const open = (container: HTMLElement, summary: string) => {
  const details = [...container.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.startsWith(summary))!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
};
const units = (container: HTMLElement) => [...container.querySelectorAll<SVGRectElement>('.unit-chart rect[data-index]')];
const countBy = (rects: SVGRectElement[]) => rects.reduce<Record<string, number>>((n, r) => ({ ...n, [r.dataset.category!]: (n[r.dataset.category!] ?? 0) + 1 }), {});

describe('NhsSection', () => {
  it('draws each chart as before (SVG snapshots, one element per line, for reviewable diffs)', async () => {
    const { container } = render(tree());
    // The squares' names are tested below; the snapshot holds the drawing.
    const trusts = container.querySelector('.unit-chart svg')!.outerHTML.replace(/ aria-label="[^"]*"/g, '');
    await expect(oneElementPerLine(trusts)).toMatchFileSnapshot('./__snapshots__/nhs-trusts.svg');
    open(container, 'How the cost adds up');
    await expect(oneElementPerLine(container.querySelector('.cost-chart svg')!.outerHTML)).toMatchFileSnapshot('./__snapshots__/nhs-cost.svg');
  });

  it('is a labelled region with its heading', () => {
    render(tree());
    expect(screen.getByRole('region', { name: 'What it did to the NHS in England' })).toBeInTheDocument();
  });

  it('draws 236 trusts, April 2018 by default: 34 infected, 46 disrupted, 156 with no disruption reported', () => {
    const { container } = render(tree());
    expect(countBy(units(container))).toEqual({ infected: 34, disrupted: 46, none: 156 });
    expect(screen.getByRole('button', { name: 'April 2018 edition (revised)' })).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.chart-legend')!.textContent).toContain('No disruption reported: 156 (236 trusts');
  });

  it('marks the acute trusts that diverted A&E, by name (two in the fixture)', () => {
    const { container } = render(tree());
    const marked = units(container).filter((r) => r.hasAttribute('data-ae-diverted'));
    expect(marked).toHaveLength(2);
    expect(container.querySelectorAll('.unit-chart .trust-ae-marker')).toHaveLength(2);
    expect(marked[0]).toHaveAccessibleName('Barts Health NHS Trust. Infected and locked out of devices. Acute trust. A&E diverted ambulances: Royal London Hospital');
  });

  it('switches to the October 2017 edition, 37 / 44 / 155, whose squares carry no names', () => {
    const { container } = render(tree());
    fireEvent.click(screen.getByRole('button', { name: 'October 2017 edition' }));
    expect(screen.getByRole('button', { name: 'October 2017 edition' })).toHaveAttribute('aria-pressed', 'true');
    expect(countBy(units(container))).toEqual({ infected: 37, disrupted: 44, none: 155 });
    expect(units(container)[0]!.getAttribute('aria-label')).toBe(
      "Not named (October 2017 edition). Infected and locked out of devices. The NAO did not publish which 4 trusts changed category, so this edition's squares are not named.",
    );
    expect(container.querySelectorAll('.unit-chart .trust-ae-marker')).toHaveLength(0);
  });

  it('shows a trust in a tooltip on hover and on keyboard focus, and moves with the arrow keys', () => {
    const { container } = render(tree());
    const rects = units(container);
    const birmingham = rects.find((r) => r.getAttribute('aria-label')!.startsWith('Birmingham'))!;
    fireEvent.pointerEnter(birmingham, { pointerType: 'mouse' });
    expect(screen.getByRole('tooltip').textContent).toBe('Birmingham Community Healthcare NHS Foundation TrustInfected and locked out of devices');
    fireEvent.pointerLeave(container.querySelector('.unit-chart')!, { pointerType: 'mouse' });
    expect(screen.queryByRole('tooltip')).toBeNull();

    expect(rects.filter((r) => r.getAttribute('tabindex') === '0')).toHaveLength(1);
    act(() => rects[0]!.focus());
    expect(screen.getByRole('tooltip').textContent).toContain('Barts Health NHS Trust');
    fireEvent.keyDown(rects[0]!, { key: 'End' });
    expect(document.activeElement).toBe(rects[235]);
    expect(screen.getByRole('tooltip').textContent).toBe('Not named by the NAONo disruption reported');
    fireEvent.keyDown(rects[235]!, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('lists every named trust in a table, built when the reader opens it', () => {
    const { container } = render(tree());
    const details = [...container.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.startsWith('Tables: the counts'))!;
    expect(details.querySelector('table')).toBeNull();
    expect(details.querySelector('a[href="static/nhs.html"]')).not.toBeNull();
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const table = [...container.querySelectorAll('table')].find((t) => t.caption?.textContent === 'The 6 trusts named in the April 2018 edition')!;
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  });

  it('shows the cost parts, their arithmetic sum and the published total', () => {
    const { container } = render(tree());
    open(container, 'How the cost adds up');
    expect([...container.querySelectorAll('.cost-segment')].map((r) => r.getAttribute('aria-label'))).toEqual([
      'Lost output (cancelled care) during the attack: £19m',
      'Additional IT support during the attack: £0.5m',
      'Additional IT support after the attack (restore data and systems): £72m',
    ]);
    expect(container.querySelector('.cost-block .derived')!.textContent).toContain('£19m + £0.5m + £72m = £91.5m (our arithmetic)');
  });

  it('shows a cost part on touch, and hides it when the reader touches outside the chart', () => {
    const { container } = render(tree());
    open(container, 'How the cost adds up');
    fireEvent.pointerEnter(container.querySelectorAll('.cost-part')[1]!, { pointerType: 'touch' });
    expect(screen.getByRole('tooltip').textContent).toBe('Additional IT support during the attack£0.5m12-18 May 2017');
    fireEvent.pointerLeave(container.querySelector('.cost-chart')!, { pointerType: 'touch' });
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    fireEvent.pointerDown(container.querySelector('.nhs .lede')!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('gives the timeline in UK time, and in UTC on request', () => {
    const { container } = render(tree());
    open(container, 'The week');
    const times = () => [...container.querySelectorAll('.timeline-time')].map((t) => t.textContent);
    expect(times()).toContain('16:00');
    fireEvent.click(screen.getByRole('button', { name: 'UTC' }));
    expect(times()).toContain('12 May, 15:00 UTC');
    expect(times()).toContain('late morning (UK time, as the source states it)');
  });

  it('cites every figure: each headline number sits beside a source link and says when it was counted', () => {
    const { container } = render(tree());
    const stats = [...container.querySelectorAll('.stat')];
    expect(stats.length).toBeGreaterThan(0);
    for (const stat of stats) {
      expect(stat.querySelector('a.cite, .cite a')).not.toBeNull();
      expect(stat.querySelector('.stat-period')?.textContent).toMatch(/2017/);
    }
  });

  it('hydrates its own server render without a mismatch', async () => {
    const html = renderToString(tree());
    const host = document.createElement('div');
    mountServerHtml(host, html);
    document.body.append(host);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(host, tree(), { onRecoverableError: (e) => console.error(e) });
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    host.remove();
  });
});
