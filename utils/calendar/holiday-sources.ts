/**
 * Which date-holidays data feeds each marketplace's default holidays, and which holiday types count.
 * Shared by the generator (generate-holidays.ts), its drift test, and the runtime table reader; this
 * module must stay free of the date-holidays import (12 MB) so it can be bundled anywhere.
 */
import type { MarketplaceCode } from '../marketplaces';

/**
 * Only date-holidays type 'public' counts (substitute "observed" days included, e.g. US Independence Day
 * observed on Fri 3 Jul 2026). Why: Amazon keeps "public holidays … predefined at a marketplace level"
 * (help EDSVA3D58NL292F, sfp-rules.md §2), i.e. statutory days off. 'bank' days are bank closures or
 * afternoons only (DE Heiliger Abend from 14:00), and 'optional', 'school' and 'observance' days are
 * normal working days for most warehouses and carriers. Public days that start mid-day count only
 * from their first whole day. Sellers add regional or company holidays themselves (CalendarOverrides).
 */
export const COUNTED_HOLIDAY_TYPES: readonly string[] = ['public'];

/** First and last year of the generated table (regenerate before the last year runs out). */
export const HOLIDAY_YEARS = { from: 2024, to: 2032 } as const;

/**
 * date-holidays country (and region) per marketplace. National holidays only, except the UK, whose
 * national list lacks the Summer bank holiday: England (the region holding most of the population and
 * Amazon UK's own network) is used there.
 */
export const HOLIDAY_SOURCES: Readonly<Record<MarketplaceCode, { country: string; region?: string }>> = {
  US: { country: 'US' }, CA: { country: 'CA' }, MX: { country: 'MX' }, BR: { country: 'BR' },
  UK: { country: 'GB', region: 'ENG' }, DE: { country: 'DE' }, FR: { country: 'FR' }, IT: { country: 'IT' },
  ES: { country: 'ES' }, NL: { country: 'NL' }, SE: { country: 'SE' }, PL: { country: 'PL' },
  BE: { country: 'BE' }, IE: { country: 'IE' }, TR: { country: 'TR' }, AE: { country: 'AE' },
  SA: { country: 'SA' }, EG: { country: 'EG' }, IN: { country: 'IN' }, JP: { country: 'JP' },
  AU: { country: 'AU' }, SG: { country: 'SG' }, ZA: { country: 'ZA' },
};
