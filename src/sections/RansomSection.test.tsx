// @vitest-environment jsdom
import { mountServerHtml } from '../test-html.ts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Model } from '../data/model.ts';
import { ModelContext } from '../ui/ModelContext.tsx';
import { loadRealModel } from '../charts/testing/realModel.ts';
import { RansomSection } from './RansomSection.tsx';

let model: Model;
beforeAll(async () => {
  model = await loadRealModel();
});

const tree = () => (
  <ModelContext.Provider value={model}>
    <RansomSection />
  </ModelContext.Provider>
);

describe('RansomSection', () => {
  it('renders the whole section from the shipped dataset (SVG snapshot at the default 640 px)', () => {
    const { container } = render(tree());
    expect(container.innerHTML).toMatchSnapshot();
  });

  it('snapshots each payment chart on its own, for reviewable diffs', () => {
    const { container } = render(tree());
    const [btcPanel, countPanel] = container.querySelectorAll('.payments-panel svg');
    expect(btcPanel!.outerHTML).toMatchSnapshot('bitcoin running total');
    expect(countPanel!.outerHTML).toMatchSnapshot('payments running total');
  });

  it('is a labelled region with its heading', () => {
    render(tree());
    expect(screen.getByRole('region', { name: 'The ransom' })).toBeInTheDocument();
  });

  it('gives the computed totals, labelled as computed, with a link to the transaction list', () => {
    const { container } = render(tree());
    const lede = container.querySelector('.ransom .lede')!;
    expect(lede.textContent).toContain('296 payments brought 48.86403816 BTC into the 3 wallets by 22 May, 21:00 UTC: computed from the @actual_ransom transaction list');
    expect(lede.querySelector('a.cite')).toHaveAttribute('href', 'https://github.com/keithcollins/actual_ransom/blob/3741f56084e85e2b18bfe2e2e4691b6e69def117/tx.json');
  });

  it('draws two small multiples, each with the two deadline markers', () => {
    const { container } = render(tree());
    const panels = container.querySelectorAll('.payments-panel svg');
    expect(panels).toHaveLength(2);
    for (const panel of panels) {
      expect([...panel.querySelectorAll('.deadline-marker text')].map((t) => t.textContent)).toEqual(['Price doubles', 'Deletion deadline']);
    }
  });

  it('breaks the payments down by wallet: 94 / 94 / 108', () => {
    const { container } = render(tree());
    const rows = within(container.querySelector<HTMLTableElement>('.wallet-table')!).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim()))).toEqual([
      ['94', '13.43213239 BTC'],
      ['94', '16.86789944 BTC'],
      ['108', '18.56400633 BTC'],
      ['296', '48.86403816 BTC'],
    ]);
  });

  it('is one keyboard slider through the hours, with a tooltip for the hour', () => {
    render(tree());
    const slider = screen.getByRole('slider', { name: 'Ransom payments hour by hour' });
    expect(slider).toHaveAttribute('aria-valuetext', 'By 22 May, 21:00 UTC: 296 payments, 48.86403816 BTC in all. In the hour before: 1 payment, 0.00049776 BTC');
    act(() => slider.focus());
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(slider).toHaveAttribute('aria-valuenow', '0');
    fireEvent.keyDown(slider, { key: 'PageUp' });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    // 47 hours after midnight on 12 May: the hour that ends at 14 May 00:00 UTC.
    expect(slider).toHaveAttribute('aria-valuenow', '47');
    expect(screen.getByRole('tooltip').textContent).toContain('By 14 May, 00:00 UTC93 payments, 15.44834652 BTC in all');
    fireEvent.keyDown(slider, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('gives the balance before the withdrawal exactly, and dollars only as published', () => {
    const { container } = render(tree());
    const withdrawal = container.querySelector('.withdrawal')!;
    expect(withdrawal.textContent).toContain('52.19666422 BTC balance of the three wallets before they were emptied (by 3 August 2017)');
    expect(withdrawal.textContent).toContain('more than $143,000');
  });

  it('states the ransom rule: $300, $600 after 3 days, deletion after 7', () => {
    const { container } = render(tree());
    const rule = [...container.querySelectorAll('.ransom-rule .stat-value')].map((s) => s.textContent);
    expect(rule).toEqual(['$300', '$600', '7 days']);
  });

  it('hydrates its own server render without a mismatch', async () => {
    const host = document.createElement('div');
    mountServerHtml(host, renderToString(tree()));
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
