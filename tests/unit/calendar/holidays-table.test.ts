/**
 * The committed holiday table must equal what date-holidays gives today (regenerated in memory), so it
 * cannot silently drift from the maintained source; plus spot checks of which holiday types count.
 * Regenerate with: npx jiti utils/calendar/generate-holidays.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildHolidayTable, holidaysOf, renderHolidayTable, wholeDays } from '../../../utils/calendar/holiday-builder';
import { HOLIDAY_TABLE } from '../../../utils/calendar/holidays-table';
import { defaultHolidays } from '../../../utils/calendar';
import { MARKETPLACE_CODES } from '../../../utils/marketplaces';

describe('generated holiday table', () => {
  it('matches date-holidays regenerated in memory, byte for byte', () => {
    const table = buildHolidayTable();
    expect(table).toEqual(HOLIDAY_TABLE);
    const { version } = createRequire(import.meta.url)('date-holidays/package.json') as { version: string };
    const committed = readFileSync(new URL('../../../utils/calendar/holidays-table.ts', import.meta.url), 'utf8');
    expect(renderHolidayTable(table, version)).toBe(committed);
    // date-holidays computes lunar calendars (JP, SG) slowly: ~2 s idle, more on a busy machine.
  }, 60_000);

  it('has every marketplace and year', () => {
    for (const code of MARKETPLACE_CODES) {
      expect(Object.keys(HOLIDAY_TABLE[code]).map(Number)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
      expect(defaultHolidays(code).length).toBeGreaterThan(9 * 3);
    }
  });

  it('counts public holidays and observed substitutes, not observances or bank half-days', () => {
    const us = defaultHolidays('US');
    expect(us).toContain('2026-07-03'); // Independence Day observed (4 Jul is a Saturday)
    expect(us).toContain('2026-11-26'); // Thanksgiving
    expect(us).not.toContain('2026-11-27'); // day after Thanksgiving: observance
    expect(us).not.toContain('2026-02-14'); // Valentine's Day: observance
    const de = defaultHolidays('DE');
    expect(de).toContain('2026-10-03');
    expect(de).not.toContain('2026-12-24'); // Heiliger Abend: bank, from 14:00
    expect(defaultHolidays('UK')).toContain('2026-08-31'); // Summer bank holiday (England)
    expect(defaultHolidays('UK')).toContain('2026-12-28'); // Boxing Day substitute
  });

  it('expands multi-day holidays (AE Eid al-Fitr 2026: three days)', () => {
    expect(defaultHolidays('AE')).toEqual(expect.arrayContaining(['2026-03-20', '2026-03-21', '2026-03-22']));
    expect(holidaysOf('AE', 2026)).toEqual(expect.arrayContaining(['2026-05-27', '2026-05-28', '2026-05-29']));
  });
});

describe('wholeDays', () => {
  const h = (n: number) => n * 3_600_000;
  it('lists each whole local day of an entry', () => {
    expect(wholeDays('2026-03-20 00:00:00 -0600', new Date(h(0)), new Date(h(72)))).toEqual(['2026-03-20', '2026-03-21', '2026-03-22']);
    expect(wholeDays('2026-12-25 00:00:00', new Date(h(0)), new Date(h(24)))).toEqual(['2026-12-25']);
  });
  it('drops a first day that starts mid-day', () => {
    expect(wholeDays('2026-12-24 14:00:00', new Date(h(0)), new Date(h(10)))).toEqual([]);
    expect(wholeDays('2026-03-19 12:00:00', new Date(h(0)), new Date(h(12 + 48)))).toEqual(['2026-03-20', '2026-03-21']);
  });
  it('ignores an unreadable date', () => {
    expect(wholeDays('someday', new Date(h(0)), new Date(h(24)))).toEqual([]);
  });
});
