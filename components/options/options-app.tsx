/**
 * The options page: marketplaces and their calendars, default marketplace, reminders, which overlays run,
 * same-origin JSON reading, and the seller's data (export, import, clear). Settings are written here;
 * the action queue only through the background (import and clear are messages).
 */
import '@/utils/i18n/english-extension';
import { useEffect, useState } from 'react';
import { sendToBackground } from '@/utils/actions/send';
import { failureText } from '@/utils/actions/failure-text';
import type { QueueState } from '@/utils/actions/model';
import { queueAdapter, settingsAdapter, type StorageAdapter } from '@/utils/actions/storage-adapter';
import { MARKETPLACE_CODES, MARKETPLACES, type MarketplaceCode } from '@/utils/marketplaces';
import { OVERLAY_KINDS, overlayUiItem, settingsItem, type Settings } from '@/utils/storage';
import { AddMarketplace, MarketplaceCalendar } from './calendar-settings';
import { DataSettings } from './data-settings';
import { ReminderSettings } from './reminder-settings';
import { t } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';
import { LanguageSettings } from './language-settings';

const OVERLAY_LABEL: Record<(typeof OVERLAY_KINDS)[number], MessageKey> = {
  'order-details': 'options.features.orderDetails', 'order-list': 'options.features.orderList', messages: 'options.features.messages',
  returns: 'options.features.returns', safet: 'options.features.safet',
};

const DEFAULT_ADAPTERS = { queue: queueAdapter, settings: settingsAdapter };
const systemNow = () => new Date();

export function OptionsApp({ adapters = DEFAULT_ADAPTERS, now = systemNow }: {
  adapters?: { queue: StorageAdapter<QueueState>; settings: StorageAdapter<Settings> }; now?: () => Date;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [queue, setQueue] = useState<QueueState | null>(null);
  useEffect(() => {
    void adapters.settings.get().then(setSettings);
    void adapters.queue.get().then(setQueue);
    const a = adapters.settings.watch(setSettings);
    const b = adapters.queue.watch(setQueue);
    return () => { a(); b(); };
  }, [adapters]);
  if (!settings || !queue) return <main aria-busy="true">{t('common.loading')}</main>;

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void (adapters.settings.set ?? settingsItem.setValue)(next);
  };
  // Defaults from the hosts seen until the seller lists marketplaces explicitly.
  const markets: MarketplaceCode[] = settings.marketplaces.length
    ? settings.marketplaces
    : MARKETPLACE_CODES.filter((c) => queue.marketplacesSeen.includes(c));
  const year = now().getUTCFullYear();
  const actions = Object.values(queue.actions);

  return (
    <main className="sfp-options">
      <h1>{t('options.title')}</h1>
      <LanguageSettings settings={settings} onChange={update} />
      <section aria-labelledby="sfp-markets">
        <h2 id="sfp-markets">{t('options.markets.heading')}</h2>
        <p className="sfp-hint">
          {t(settings.marketplaces.length ? 'options.markets.yours' : markets.length ? 'options.markets.seen' : 'options.markets.none')}{' '}
          {t('options.markets.businessDays')}
        </p>
        {markets.map((mp) => (
          <MarketplaceCalendar key={mp} mp={mp} year={year} overrides={settings.calendars[mp] ?? {}} onChange={(o) =>
            update({ calendars: { ...settings.calendars, [mp]: o }, marketplaces: markets })} />
        ))}
        <AddMarketplace present={markets} onAdd={(mp) => update({ marketplaces: [...markets, mp] })} />
        <p>
          <label>
            {t('options.markets.defaultLabel')}{' '}
            <select value={settings.defaultMarketplace ?? ''} onChange={(e) =>
              update({ defaultMarketplace: (e.target.value || null) as MarketplaceCode | null })}>
              <option value="">{t('options.markets.defaultNone')}</option>
              {MARKETPLACE_CODES.map((c) => <option key={c} value={c}>{t('options.markets.option', { code: c, channel: MARKETPLACES[c].salesChannel })}</option>)}
            </select>
          </label>
        </p>
      </section>
      <ReminderSettings leadMinutes={settings.notifyLeadMinutes} onLead={(m) => update({ notifyLeadMinutes: m })} />
      <section aria-labelledby="sfp-features">
        <h2 id="sfp-features">{t('options.features.heading')}</h2>
        {OVERLAY_KINDS.map((k) => (
          <label key={k} className="sfp-check">
            <input type="checkbox" checked={settings.overlays[k]} onChange={(e) =>
              update({ overlays: { ...settings.overlays, [k]: e.target.checked } })} /> {t(OVERLAY_LABEL[k])}
          </label>
        ))}
        <label className="sfp-check">
          <input type="checkbox" checked={settings.readJson} onChange={(e) => update({ readJson: e.target.checked })} />{' '}
          {t('options.features.readJson')}
        </label>
      </section>
      <DataSettings
        actions={actions}
        today={now().toISOString().slice(0, 10)}
        onImport={async (list) => {
          const r = await sendToBackground({ type: 'sfp:import', actions: list });
          return 'ok' in r && r.ok ? t('options.data.imported', { added: r.added, updated: r.updated }) : t('options.data.importFailed', { error: failureText(r) });
        }}
        onClear={async () => {
          await sendToBackground({ type: 'sfp:clear-all' });
          await Promise.all([settingsItem.removeValue(), overlayUiItem.removeValue()]);
        }}
      />
    </main>
  );
}
