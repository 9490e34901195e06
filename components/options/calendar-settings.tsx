/**
 * Marketplace calendars (sfp-rules.md §2: business days = the marketplace's work week in its zone minus
 * its public holidays, seller-overridable like Seller Central's Holiday Settings): time zone, weekend days,
 * holidays (defaults from the maintained holiday table, editable per date). Every change is validated
 * with calendarFor before it is saved.
 */
import '@/utils/i18n/english-extension';
import { useState } from 'react';
import { calendarFor, defaultHolidays, type CalendarOverrides } from '@/utils/calendar';
import { MARKETPLACES, MARKETPLACE_CODES, type MarketplaceCode } from '@/utils/marketplaces';
import { t, translator } from '@/utils/i18n/active';
import { inputErrorText } from '@/utils/policy/errors';
import { WEEKDAY_KEYS } from '@/utils/policy/explain-format';

const DAYS = WEEKDAY_KEYS.map((k) => () => t(`date.wd.${k}`));

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((d, i) => d === sorted[i]);
}

/** Validates overrides for a marketplace; the error text in the UI's language, or null when valid. */
export function overrideError(mp: MarketplaceCode, o: CalendarOverrides): string | null {
  try {
    calendarFor(mp, o);
    return null;
  } catch (e) {
    return t('options.calendar.invalid', { error: inputErrorText(e, translator()) });
  }
}

export function MarketplaceCalendar({ mp, overrides, year, onChange }: {
  mp: MarketplaceCode; overrides: CalendarOverrides; year: number; onChange(o: CalendarOverrides): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [newHoliday, setNewHoliday] = useState('');
  const m = MARKETPLACES[mp];
  const weekend = overrides.weekend ?? m.weekend;
  const defaultWeekend = m.weekend.map((i) => DAYS[i]!()).join(t('options.calendar.daysJoin'));
  const removed = new Set(overrides.holidaysRemoved ?? []);
  const added = overrides.holidaysAdded ?? [];
  const defaults = defaultHolidays(mp).filter((d) => d.startsWith(String(year)) || d.startsWith(String(year + 1)));
  const save = (o: CalendarOverrides) => {
    const err = overrideError(mp, o);
    setError(err);
    if (!err) onChange(o);
  };
  const list = (xs: Set<string>) => [...xs].sort();
  const allZones = zones();
  return (
    <fieldset className="sfp-calendar" data-sfp-calendar={mp}>
      <legend>{t('options.markets.option', { code: mp, channel: m.salesChannel })}</legend>
      <label>
        {t('options.calendar.zone')}{' '}
        <select value={overrides.timeZone ?? m.timeZone} onChange={(e) => {
          const { timeZone: _t, ...rest } = overrides;
          save(e.target.value === m.timeZone ? rest : { ...rest, timeZone: e.target.value });
        }}>
          {(allZones.includes(m.timeZone) ? allZones : [m.timeZone, ...allZones]).map((z) => (
            <option key={z} value={z}>{z === m.timeZone ? t('options.calendar.zoneDefault', { zone: z }) : z}</option>
          ))}
        </select>
      </label>
      <div role="group" aria-label={t('options.calendar.weekendGroup', { mp })} className="sfp-weekend">
        {t('options.calendar.weekend')}{' '}
        {DAYS.map((day, i) => (
          <label key={WEEKDAY_KEYS[i]}>
            <input type="checkbox" checked={weekend.includes(i)} onChange={(e) => {
              const next = e.target.checked ? [...weekend, i].sort() : weekend.filter((x) => x !== i);
              const { weekend: _w, ...rest } = overrides;
              // Back to the marketplace's own weekend: drop the override, so a corrected default applies.
              save(sameDays(next, m.weekend) ? rest : { ...rest, weekend: next });
            }} /> {day()}
          </label>
        ))}
        <span className="sfp-hint" data-sfp-weekend-default={mp}>
          {' '}{t('options.calendar.weekendDefault', { mp, days: defaultWeekend })}{overrides.weekend ? t('options.calendar.yoursDiffers') : ''}
        </span>
      </div>
      <details>
        <summary>{t('options.calendar.holidays', { from: year, to: year + 1, n: defaults.filter((d) => !removed.has(d)).length + added.length })}</summary>
        <p className="sfp-hint">{t('options.calendar.holidaysHint')}</p>
        <ul className="sfp-holidays">
          {defaults.map((d) => (
            <li key={d}>
              <label>
                <input type="checkbox" checked={!removed.has(d)} onChange={(e) => {
                  const next = new Set(removed);
                  if (e.target.checked) next.delete(d); else next.add(d);
                  save({ ...overrides, holidaysRemoved: list(next) });
                }} /> {d}
              </label>
            </li>
          ))}
          {added.map((d) => (
            <li key={`added-${d}`}>
              {t('options.calendar.yours', { day: d })}{' '}
              <button type="button" onClick={() => save({ ...overrides, holidaysAdded: added.filter((x) => x !== d) })}>{t('common.remove', { what: d })}</button>
            </li>
          ))}
        </ul>
        <label>
          {t('options.calendar.addDay')} <input type="date" value={newHoliday} onChange={(e) => setNewHoliday(e.target.value)} />
        </label>{' '}
        <button type="button" disabled={!newHoliday} onClick={() => {
          save({ ...overrides, holidaysAdded: list(new Set([...added, newHoliday])) });
          setNewHoliday('');
        }}>{t('common.add')}</button>
      </details>
      {error && <p role="alert" className="sfp-error">{error}</p>}
    </fieldset>
  );
}

/** Marketplace picker for adding one to the list. */
export function AddMarketplace({ present, onAdd }: { present: readonly MarketplaceCode[]; onAdd(mp: MarketplaceCode): void }) {
  const missing = MARKETPLACE_CODES.filter((c) => !present.includes(c));
  return (
    <label>
      {t('options.markets.add')}{' '}
      <select value="" onChange={(e) => e.target.value && onAdd(e.target.value as MarketplaceCode)}>
        <option value="">{t('options.markets.choose')}</option>
        {missing.map((c) => <option key={c} value={c}>{t('options.markets.option', { code: c, channel: MARKETPLACES[c].salesChannel })}</option>)}
      </select>
    </label>
  );
}
