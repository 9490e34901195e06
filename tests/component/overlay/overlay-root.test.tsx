// The overlay shell: collapse (remembered), keyboard and ARIA, the unrecognised chip with the snapshot
// copy, error boundaries (a broken panel never breaks the page), and rule source links.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { defineFeature, type OverlayFeature } from '@/components/overlay/feature';
import { RuleSource } from '@/components/overlay/rule-source';
import { ISSUE_TRACKER_URL } from '@/components/overlay/unrecognised-chip';
import { fakeServices, orderObservation, renderOrder, renderView } from './render-overlay';

const NOW = new Date('2026-11-27T13:00:00.000Z');
const flush = () => act(async () => {});

describe('collapse', () => {
  test('the toggle hides the body, says so to assistive tech, and is remembered', async () => {
    const { services } = renderOrder(orderObservation(), { now: NOW });
    await flush();
    const toggle = screen.getByRole('button', { name: /Hide SFP Guide details/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).toBeVisible();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(body).not.toBeVisible();
    expect(services.setCollapsed).toHaveBeenLastCalledWith(true);
    await userEvent.click(toggle);
    expect(services.setCollapsed).toHaveBeenLastCalledWith(false);
  });

  test('starts collapsed when it was left collapsed', async () => {
    renderOrder(orderObservation(), { now: NOW, collapsed: true });
    await flush();
    expect(screen.getByRole('button', { name: /Show SFP Guide details/ })).toHaveAttribute('aria-expanded', 'false');
    expect(document.querySelector('[data-sfp-mark]')).not.toBeVisible();
  });

  test('keyboard: Tab reaches the toggle, Enter operates it', async () => {
    renderOrder(orderObservation(), { now: NOW });
    await flush();
    const user = userEvent.setup();
    await user.tab();
    const toggle = screen.getByRole('button', { name: /SFP Guide details/ });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('the root is a labelled region', async () => {
    renderOrder(orderObservation(), { now: NOW });
    await flush();
    expect(screen.getByRole('region', { name: 'SFP Guide: Order' })).toHaveAttribute('data-sfp-overlay');
  });

  test('floating fallback is marked for its corner styles', async () => {
    renderOrder(orderObservation(), { now: NOW, floating: true });
    await flush();
    expect(document.querySelector('[data-sfp-overlay]')).toHaveClass('sfp-floating');
  });
});

describe('unrecognised page chip', () => {
  const page = { kind: 'order-details' as const, marketplace: 'US' as const, orderId: '112-9038475-1162830' };

  test('says "page not recognised", offers the snapshot copy and the issue tracker, no guidance', async () => {
    const { services } = renderView({ status: 'unrecognised', page, missing: ['order-id-value'] });
    const chip = document.querySelector('[data-sfp-unrecognised]') as HTMLElement;
    expect(chip).toHaveTextContent('page not recognised');
    expect(screen.getByRole('link', { name: 'Report it' })).toHaveAttribute('href', ISSUE_TRACKER_URL);
    expect(document.querySelector('[data-sfp-overlay]')).not.toHaveAttribute('data-sfp-handler');
    expect(document.querySelector('[data-sfp-deadline]')).toBeNull();
    fireEvent.click(document.querySelector('[data-sfp-copy-snapshot]')!);
    await flush();
    expect(services.snapshot).toHaveBeenCalledTimes(1);
    expect(services.copyText).toHaveBeenCalledWith('<html><!-- scrubbed --></html>');
    expect(screen.getByRole('status')).toHaveTextContent('Snapshot copied');
  });

  test('a clipboard failure is shown and reported, never thrown', async () => {
    const services = fakeServices();
    services.copyText.mockRejectedValueOnce(new Error('denied'));
    renderView({ status: 'unrecognised', page, missing: [] }, { services });
    fireEvent.click(document.querySelector('[data-sfp-copy-snapshot]')!);
    await flush();
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy');
    expect(services.reportError).toHaveBeenCalledWith('clipboard', expect.any(Error));
  });

  test('a snapshot failure is shown and reported', async () => {
    const services = fakeServices();
    services.snapshot.mockImplementationOnce(() => {
      throw new Error('walk failed');
    });
    renderView({ status: 'unrecognised', page, missing: [] }, { services });
    fireEvent.click(document.querySelector('[data-sfp-copy-snapshot]')!);
    await flush();
    expect(services.copyText).not.toHaveBeenCalled();
    expect(services.reportError).toHaveBeenCalledWith('snapshot', expect.any(Error));
  });
});

describe('error boundary', () => {
  test('a panel that throws is replaced by a neutral line, reported once, the bar stays usable', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = defineFeature({
      kind: 'order-details',
      title: 'overlay.title.orderDetails',
      anchors: [],
      read: async () => ({ status: 'unrecognised', missing: [] }),
      Panel: () => {
        throw new Error('boom');
      },
    }) as OverlayFeature;
    const { services } = renderOrder(orderObservation(), { now: NOW, feature: broken });
    await flush();
    expect(document.querySelector('[data-sfp-panel-error="order-details"]')).toHaveTextContent('could not show');
    expect(services.reportError).toHaveBeenCalledTimes(1);
    expect(services.reportError).toHaveBeenCalledWith('order-details', expect.objectContaining({ message: 'boom' }));
    expect(screen.getByRole('button', { name: /SFP Guide details/ })).toBeEnabled();
    quiet.mockRestore();
  });
});

describe('rule sources', () => {
  test('Amazon rules link their source without "≈ verify"', () => {
    render(<RuleSource rule={{ id: 'a', title: 'A', source: 'https://sellercentral.amazon.com/help/x', status: 'amazon' }} />);
    expect(screen.getByRole('link', { name: 'source' })).toHaveAttribute('href', 'https://sellercentral.amazon.com/help/x');
    expect(screen.queryByText('≈ verify')).toBeNull();
  });

  test.each(['third-party', 'inferred'] as const)('%s rules are marked "≈ verify"', (status) => {
    render(<RuleSource rule={{ id: 'b', title: 'B', source: 'https://example.com/post', status }} />);
    expect(screen.getByText('≈ verify')).toBeInTheDocument();
  });

  test('a non-https source is never rendered as a link', () => {
    render(<RuleSource rule={{ id: 'c', title: 'C', source: 'javascript:alert(1)', status: 'amazon' }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('source unknown')).toBeInTheDocument();
  });
});
