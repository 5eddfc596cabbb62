// @vitest-environment jsdom
import { mountServerHtml } from '../test-html.ts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ModelContext } from '../ui/ModelContext.tsx';
import { fixtureModel, oneElementPerLine } from '../testing/fixtureModel.ts';
import { RansomSection } from './RansomSection.tsx';

// The small fixed dataset: the shipped data's own figures are checked in src/data/shippedData.test.ts.
const model = fixtureModel();

const tree = () => (
  <ModelContext.Provider value={model}>
    <RansomSection />
  </ModelContext.Provider>
);

describe('RansomSection', () => {
  it('draws each payment chart as before (SVG snapshots, one element per line, for reviewable diffs)', async () => {
    const { container } = render(tree());
    const [btcPanel, countPanel] = container.querySelectorAll('.payments-panel svg');
    await expect(oneElementPerLine(btcPanel!.outerHTML)).toMatchFileSnapshot('./__snapshots__/ransom-bitcoin.svg');
    await expect(oneElementPerLine(countPanel!.outerHTML)).toMatchFileSnapshot('./__snapshots__/ransom-payments.svg');
  });

  it('is a labelled region with its heading', () => {
    render(tree());
    expect(screen.getByRole('region', { name: 'The ransom' })).toBeInTheDocument();
  });

  it('gives the computed totals, labelled as computed, with a link to the transaction list', () => {
    const { container } = render(tree());
    const lede = container.querySelector('.ransom .lede')!;
    expect(lede.textContent).toContain('31 payments brought 4.55075372 BTC into the 3 wallets by 22 May, 21:00 UTC (our sums of the public transaction list');
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

  it('breaks the payments down by wallet (the fixture: 8 / 12 / 11)', () => {
    const { container } = render(tree());
    const rows = within(container.querySelector<HTMLTableElement>('.wallet-table')!).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim()))).toEqual([
      ['8', '1.59677751 BTC'],
      ['12', '1.58160439 BTC'],
      ['11', '1.37237182 BTC'],
      ['31', '4.55075372 BTC'],
    ]);
  });

  it('is one keyboard slider through the hours, with a tooltip for the hour', () => {
    render(tree());
    const slider = screen.getByRole('slider', { name: 'Ransom payments hour by hour' });
    expect(slider).toHaveAttribute('aria-valuetext', 'By 22 May, 21:00 UTC: 31 payments, 4.55075372 BTC in all. In the hour before: 1 payment, 0.00049776 BTC');
    act(() => slider.focus());
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(slider).toHaveAttribute('aria-valuenow', '0');
    fireEvent.keyDown(slider, { key: 'PageUp' });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    // 47 hours after midnight on 12 May: the hour that ends at 14 May 00:00 UTC.
    expect(slider).toHaveAttribute('aria-valuenow', '47');
    expect(screen.getByRole('tooltip').textContent).toContain('By 14 May, 00:00 UTC10 payments, 1.44091776 BTC in all');
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
