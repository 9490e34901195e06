/** Pure grouping of the queue into the popup's sections (Overdue / Due today / Later / Snoozed). */
import '@/utils/i18n/english-extension';
import type { MarketplaceCode } from '@/utils/marketplaces';
import { MARKETPLACES } from '@/utils/marketplaces';
import type { Action, QueueState } from '@/utils/actions/model';
import { endOfToday, sectionOf, SECTIONS, type Section } from '@/utils/actions/view';
import type { Settings } from '@/utils/storage';
import { t } from '@/utils/i18n/active';

/** Heading per section. */
export function sectionTitle(s: Section): string {
  return t(`popup.section.${s}`);
}

/** The time zone an action is shown in: the seller's calendar override, else the marketplace's. */
export function zoneFor(settings: Pick<Settings, 'calendars'>) {
  return (mp: MarketplaceCode) => settings.calendars[mp]?.timeZone ?? MARKETPLACES[mp].timeZone;
}

/** Sections with their actions sorted by due instant (snoozed: by wake-up). */
export function groupActions(
  queue: QueueState, settings: Pick<Settings, 'calendars'>, now: Date, filter: MarketplaceCode | 'all',
): Record<Section, Action[]> {
  const out: Record<Section, Action[]> = { overdue: [], today: [], later: [], snoozed: [] };
  const zone = zoneFor(settings);
  const ends = new Map<string, number>(); // one time-zone computation per zone, not per action
  const endToday = (z: string) => {
    let t = ends.get(z);
    if (t === undefined) ends.set(z, (t = endOfToday(now, z)));
    return t;
  };
  for (const a of Object.values(queue.actions)) {
    if (filter !== 'all' && a.marketplace !== filter) continue;
    const s = sectionOf(a, now, zone, endToday);
    if (s) out[s].push(a);
  }
  for (const s of SECTIONS) {
    const key = s === 'snoozed' ? (a: Action) => a.snoozedUntil ?? a.dueAt : (a: Action) => a.dueAt;
    out[s].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
  }
  return out;
}

/** Marketplaces that have open or snoozed actions, for the filter. */
export function marketplacesIn(queue: QueueState): MarketplaceCode[] {
  const set = new Set<MarketplaceCode>();
  for (const a of Object.values(queue.actions)) if (a.status === 'open') set.add(a.marketplace);
  return [...set].sort();
}
