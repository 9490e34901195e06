import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueueService, type QueueService } from '@/utils/actions/service';
import { OptionsApp } from '@/components/options/options-app';
import { settingsItem, queueItem, overlayUiItem, DEFAULT_SETTINGS, parseQueue } from '@/utils/storage';
import { toCsv, toJson } from '@/utils/actions/export';
import type { Observation } from '@/utils/pages/observation';

const NOW = new Date('2026-11-27T20:00:00.000Z');
const now = () => NOW;
const ORDER = '112-4738291-5047863';
let svc: QueueService;

const returned = (orderId: string, marketplace: Observation['marketplace'] = 'US'): Observation => ({
  kind: 'order-details', marketplace, observedAt: NOW.toISOString(), source: 'json', orderId, sfp: true,
  sfpDecidedBy: 'json:programs', fulfillment: 'seller', status: 'returned', trackingPresent: true,
  return: { state: 'delivered', deliveredAt: '2026-11-27T18:00:00.000Z' },
});

beforeEach(() => {
  fakeBrowser.reset();
  svc = createQueueService({ now });
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => svc.handleMessage(m, {}));
});

describe('options page', () => {
  it('lists the marketplaces seen, and saves a calendar change (weekend, holiday removed / added, time zone)', async () => {
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(ORDER, 'DE') }, {});
    const user = userEvent.setup();
    render(<OptionsApp now={now} />);
    const de = await screen.findByRole('group', { name: /DE — Amazon.de/ });
    await user.click(within(de).getByRole('checkbox', { name: 'Sat' })); // Saturday becomes a working day
    await waitFor(async () => expect((await settingsItem.getValue()).calendars.DE?.weekend).toEqual([0]));
    expect((await settingsItem.getValue()).marketplaces).toEqual(['DE']);
    await user.click(within(de).getByText(/^Holidays 2026–2027/));
    await user.click(within(de).getByRole('checkbox', { name: '2026-12-25' }));
    await waitFor(async () => expect((await settingsItem.getValue()).calendars.DE?.holidaysRemoved).toEqual(['2026-12-25']));
    const dayOff = within(de).getByLabelText('Add a day off');
    await user.type(dayOff, '2026-12-24');
    await user.click(within(de).getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await settingsItem.getValue()).calendars.DE?.holidaysAdded).toEqual(['2026-12-24']));
    await user.selectOptions(within(de).getByRole('combobox', { name: /Time zone/ }), 'Europe/London');
    await waitFor(async () => expect((await settingsItem.getValue()).calendars.DE?.timeZone).toBe('Europe/London'));
  });

  it("shows each marketplace's own weekend (SA: Fri + Sat), and ticking back to it drops the override", async () => {
    await svc.handleMessage({ type: 'sfp:observe', observation: returned('404-1234567-1234567', 'SA') }, {});
    const user = userEvent.setup();
    render(<OptionsApp now={now} />);
    const sa = await screen.findByRole('group', { name: /SA — Amazon.sa/ });
    const weekend = within(sa).getByRole('group', { name: 'Weekend days in SA' });
    expect(within(weekend).getByRole('checkbox', { name: 'Fri' })).toBeChecked();
    expect(within(weekend).getByRole('checkbox', { name: 'Sat' })).toBeChecked();
    expect(within(weekend).getByRole('checkbox', { name: 'Sun' })).not.toBeChecked();
    expect(weekend).toHaveTextContent('Default for SA: Fri + Sat (Unicode CLDR)');
    await user.click(within(weekend).getByRole('checkbox', { name: 'Fri' })); // Friday becomes a working day
    await waitFor(async () => expect((await settingsItem.getValue()).calendars.SA?.weekend).toEqual([6]));
    expect(weekend).toHaveTextContent('yours differs');
    await user.click(within(weekend).getByRole('checkbox', { name: 'Fri' }));
    await waitFor(async () => expect((await settingsItem.getValue()).calendars.SA?.weekend).toBeUndefined());
  });

  it('changed calendars change deadlines: Saturday as a working day brings a DE refund forward', async () => {
    // Return received Fri 27 Nov (DE): default Mon–Fri → end of Tue 1 Dec; with Saturdays working → end of Mon 30 Nov.
    const due = async () => Object.values((await svc.store.read()).actions)[0]?.dueAt;
    await svc.handleMessage({ type: 'sfp:mark', mark: { kind: 'return-received', orderId: ORDER, marketplace: 'DE', at: '2026-11-27T10:00:00.000Z' } }, {});
    expect(await due()).toBe('2026-12-01T23:00:00.000Z');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, calendars: { DE: { weekend: [0] } } });
    await svc.handleMessage({ type: 'sfp:mark', mark: { kind: 'return-received', orderId: '302-1111111-2222222', marketplace: 'DE', at: '2026-11-27T10:00:00.000Z' } }, {});
    const state = await svc.store.read();
    expect(state.actions['refund-return:302-1111111-2222222']?.dueAt).toBe('2026-11-30T23:00:00.000Z');
    // The action queued before the change moves too once the background recomputes.
    expect(state.actions[`refund-return:${ORDER}`]?.dueAt).toBe('2026-12-01T23:00:00.000Z');
    await svc.recompute();
    expect((await svc.store.read()).actions[`refund-return:${ORDER}`]?.dueAt).toBe('2026-11-30T23:00:00.000Z');
  });

  it('overlays, same-origin JSON, default marketplace and lead time are saved', async () => {
    const user = userEvent.setup();
    render(<OptionsApp now={now} />);
    await user.click(await screen.findByRole('checkbox', { name: 'SAFE-T claims' }));
    await user.click(screen.getByRole('checkbox', { name: /same-origin JSON/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /unified EU host/ }), 'FR');
    await user.selectOptions(screen.getByRole('combobox', { name: /Remind me/ }), '60');
    await waitFor(async () => expect(await settingsItem.getValue()).toMatchObject({
      overlays: { safet: false, 'order-details': true }, readJson: false, defaultMarketplace: 'FR', notifyLeadMinutes: 60,
    }));
  });

  it('requests the notifications permission from the click', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const user = userEvent.setup();
    render(<OptionsApp now={now} />);
    await user.click(await screen.findByRole('button', { name: 'Turn on reminders' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await screen.findByText(/Reminders are on/)).toBeInTheDocument();
  });

  it('imports valid rows, reports invalid ones by row number', async () => {
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(ORDER) }, {});
    const [a] = Object.values((await svc.store.read()).actions);
    await svc.handleMessage({ type: 'sfp:clear-all' }, {});
    const other = { ...a!, id: 'refund-return:302-1111111-2222222', orderId: '302-1111111-2222222' };
    const csv = toCsv([a!, other]) + 'refund-return:1,refund-return,1,,US\r\n' + toCsv([{ ...other, id: 'wrong-id' }]).split('\r\n')[1] + '\r\n';
    const user = userEvent.setup();
    render(<OptionsApp now={now} />);
    const input = await screen.findByLabelText(/Import actions/);
    await user.upload(input, new File([csv], 'actions.csv', { type: 'text/csv' }));
    const report = await screen.findByText(/2 valid row\(s\), 2 invalid/);
    expect(report.closest('[data-sfp-import-report]')).toHaveTextContent(/Row 4: .*Row 5: id: expected refund-return:302-1111111-2222222/);
    await user.click(screen.getByRole('button', { name: 'Import 2 action(s)' }));
    expect(await screen.findByText('Imported: 2 added, 0 updated.')).toBeInTheDocument();
    expect(Object.keys(parseQueue(await queueItem.getValue()).state.actions).sort()).toEqual([a!.id, other.id].sort());
  });

  it('JSON export round-trips through import', async () => {
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(ORDER) }, {});
    const actions = Object.values((await svc.store.read()).actions);
    const { parseImport } = await import('@/utils/actions/export');
    expect(parseImport(toJson(actions))).toEqual({ actions, errors: [] });
    expect(parseImport(toCsv(actions))).toEqual({ actions, errors: [] });
    expect(parseImport('{nope').errors[0]?.message).toBe('not valid JSON');
    expect(parseImport('a,b\n1,2').errors[0]?.row).toBe(0);
  });

  it('clear all data asks for confirmation, then empties queue, settings and overlay state', async () => {
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(ORDER) }, {});
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifyLeadMinutes: 60 });
    await overlayUiItem.setValue({ collapsed: true });
    const user = userEvent.setup();
    render(<OptionsApp now={now} />);
    await user.click(await screen.findByRole('button', { name: 'Clear all data…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.keys(parseQueue(await queueItem.getValue()).state.actions)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('cannot be undone');
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('All data cleared.')).toBeInTheDocument();
    expect(parseQueue(await queueItem.getValue()).state.actions).toEqual({});
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await overlayUiItem.getValue()).toEqual({ collapsed: false });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
