/**
 * English names of the marketplace zones, as the runtime's Intl prints them for en-US (CLDR):
 * the generic name ("Pacific Time") and the short name of each offset ("PST", "GMT+1"). A table, not
 * Intl, because this runs in Seller Central tabs, where the first `Intl.DateTimeFormat` costs 20–30 ms
 * (see ./zone.ts). tests/unit/calendar/zone-names.test.ts compares every entry with Intl, for every
 * marketplace zone and offset change 2024–2032. Zones not listed (a seller's own choice) return null:
 * callers then ask Intl.
 */
import { zoneFields, type ZoneFields } from './zone';

/** en-US `timeZoneName: 'longGeneric'`, or the IANA name where Intl has only a "GMT+04:00"-style name. */
export const ZONE_GENERIC_NAMES: Readonly<Record<string, string>> = {
  'Africa/Cairo': 'Eastern European Time',
  'Africa/Johannesburg': 'South Africa Standard Time',
  'America/Los_Angeles': 'Pacific Time',
  'America/Mexico_City': 'Central Standard Time',
  'America/Sao_Paulo': 'Brasilia Standard Time',
  'America/Toronto': 'Eastern Time',
  'Asia/Dubai': 'Gulf Standard Time',
  'Asia/Kolkata': 'India Standard Time',
  'Asia/Riyadh': 'Arabian Standard Time',
  'Asia/Singapore': 'Singapore Standard Time',
  'Asia/Tokyo': 'Japan Standard Time',
  'Australia/Sydney': 'Australian Eastern Time',
  'Europe/Amsterdam': 'Central European Time',
  'Europe/Berlin': 'Central European Time',
  'Europe/Brussels': 'Central European Time',
  'Europe/Dublin': 'Ireland Time',
  'Europe/Istanbul': 'Türkiye Standard Time',
  'Europe/London': 'United Kingdom Time',
  'Europe/Madrid': 'Central European Time',
  'Europe/Paris': 'Central European Time',
  'Europe/Rome': 'Central European Time',
  'Europe/Stockholm': 'Central European Time',
  'Europe/Warsaw': 'Central European Time',
};

/** Zones whose en-US short names are letters, by UTC offset in minutes; the others read "GMT+1". */
const LETTERED: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  'America/Los_Angeles': { [-480]: 'PST', [-420]: 'PDT' },
  'America/Toronto': { [-300]: 'EST', [-240]: 'EDT' },
  'America/Mexico_City': { [-360]: 'CST' },
};

/**
 * en-US `timeZoneName: 'short'` of a marketplace zone at an instant ("PDT", "GMT+5:30", "GMT"); null for
 * other zones. `f`: the instant's local fields, when the caller has them already.
 */
export function zoneShortName(timeZone: string, at: Date, f?: ZoneFields): string | null {
  if (!Object.hasOwn(ZONE_GENERIC_NAMES, timeZone)) return null;
  f ??= zoneFields(at.getTime(), timeZone);
  const offset = Math.round((Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  const lettered = LETTERED[timeZone]?.[offset];
  if (lettered) return lettered;
  if (offset === 0) return 'GMT';
  const abs = Math.abs(offset);
  const minutes = abs % 60;
  return `GMT${offset < 0 ? '-' : '+'}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}
