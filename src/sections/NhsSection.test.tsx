// @vitest-environment jsdom
import { mountServerHtml } from '../test-html.ts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Model } from '../data/model.ts';
import { ModelContext } from '../ui/ModelContext.tsx';
import { loadRealModel } from '../charts/testing/realModel.ts';
import { NhsSection } from './NhsSection.tsx';

let model: Model;
beforeAll(async () => {
  model = await loadRealModel();
});

const tree = () => (
  <ModelContext.Provider value={model}>
    <NhsSection />
  </ModelContext.Provider>
);
const units = (container: HTMLElement) => [...container.querySelectorAll<SVGRectElement>('.unit-chart rect[data-index]')];
const countBy = (rects: SVGRectElement[]) => rects.reduce<Record<string, number>>((n, r) => ({ ...n, [r.dataset.category!]: (n[r.dataset.category!] ?? 0) + 1 }), {});

describe('NhsSection', () => {
  it('renders the whole section from the shipped dataset (SVG snapshot at the default 640 px)', () => {
    const { container } = render(tree());
    expect(container.innerHTML).toMatchSnapshot();
  });

  it('snapshots each chart on its own, for reviewable diffs: the unit chart and the cost bar', () => {
    const { container } = render(tree());
    expect(container.querySelector('.unit-chart svg')!.outerHTML).toMatchSnapshot('trusts unit chart');
    expect(container.querySelector('.cost-chart svg')!.outerHTML).toMatchSnapshot('cost bar');
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

  it('marks the five acute trusts that diverted A&E, by name', () => {
    const { container } = render(tree());
    const marked = units(container).filter((r) => r.hasAttribute('data-ae-diverted'));
    expect(marked).toHaveLength(5);
    expect(container.querySelectorAll('.unit-chart .trust-ae-marker')).toHaveLength(5);
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
    fireEvent.pointerEnter(rects[40]!, { pointerType: 'mouse' });
    expect(screen.getByRole('tooltip').textContent).toBe('Brighton and Sussex University Hospitals NHS TrustNot infected, but reported disruption');
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

  it('lists every named trust in a table', () => {
    const { container } = render(tree());
    const table = [...container.querySelectorAll('table')].find((t) => t.caption?.textContent === 'The 80 trusts named in the April 2018 edition')!;
    expect(within(table).getAllByRole('row')).toHaveLength(81);
  });

  it('shows the cost parts, their arithmetic sum and the published total', () => {
    const { container } = render(tree());
    expect([...container.querySelectorAll('.cost-segment')].map((r) => r.getAttribute('aria-label'))).toEqual([
      'Lost output (cancelled care) during the attack: £19m',
      'Additional IT support during the attack: £0.5m',
      'Additional IT support after the attack (restore data and systems): £72m',
    ]);
    expect(container.querySelector('.cost-block .derived')!.textContent).toContain('£19m + £0.5m + £72m = £91.5m (our arithmetic)');
  });

  it('shows a cost part on touch, and hides it when the reader touches outside the chart', () => {
    const { container } = render(tree());
    fireEvent.pointerEnter(container.querySelectorAll('.cost-part')[1]!, { pointerType: 'touch' });
    expect(screen.getByRole('tooltip').textContent).toBe('Additional IT support during the attack£0.5m12-18 May 2017');
    fireEvent.pointerLeave(container.querySelector('.cost-chart')!, { pointerType: 'touch' });
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    fireEvent.pointerDown(container.querySelector('.nhs .lede')!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('gives the timeline in UK time, and in UTC on request', () => {
    const { container } = render(tree());
    const times = () => [...container.querySelectorAll('.timeline-time')].map((t) => t.textContent);
    expect(times()).toContain('16:00');
    fireEvent.click(screen.getByRole('button', { name: 'UTC' }));
    expect(times()).toContain('12 May, 15:00 UTC');
    expect(times()).toContain('late morning (UK time, as the source states it)');
  });

  it('cites every figure: each headline number sits beside a source link', () => {
    const { container } = render(tree());
    for (const stat of container.querySelectorAll('.stat')) expect(stat.querySelector('a.cite, .cite a')).not.toBeNull();
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
