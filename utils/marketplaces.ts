/**
 * Seller Central hosts, marketplaces and their defaults.
 * Source: shared/domain/seller-central-pages.md ("Hosts and marketplaces").
 * This module is imported by the tiny router content script: keep it free of dependencies.
 */

export const MARKETPLACE_CODES = [
  'US', 'CA', 'MX', 'BR', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'IE', 'TR',
  'AE', 'SA', 'EG', 'IN', 'JP', 'AU', 'SG', 'ZA',
] as const;

/** Two-letter code of an Amazon marketplace (UK, not GB, as Amazon writes it). */
export type MarketplaceCode = (typeof MARKETPLACE_CODES)[number];

/** Whether Seller Fulfilled Prime is known to run in a marketplace (shared/domain/sfp-rules.md §6). */
export type SfpAvailability = 'evidenced' | 'closed-to-new' | 'easy-ship' | 'unknown';

/** One marketplace: where its Seller Central lives and how its calendar defaults. */
export interface Marketplace {
  code: MarketplaceCode;
  /** ISO 3166-1 alpha-2 country, for holiday data (UK → GB). */
  country: string;
  marketplaceId: string;
  /** Storefront domain as written in "Sales channel" (e.g. "Amazon.de"). */
  salesChannel: string;
  /** Seller Central hosts that serve this marketplace alone. */
  hosts: readonly string[];
  /** Default IANA time zone for deadlines. */
  timeZone: string;
  /** Default BCP 47 locale of the marketplace's storefront. */
  locale: string;
  /**
   * Default weekend, as weekdays (0 = Sunday … 6 = Saturday): the days that are not business days.
   * Source: Unicode CLDR supplemental weekData (`weekendStart` / `weekendEnd` per territory), the data
   * ICU and every browser's `Intl.Locale#getWeekInfo()` ship; tests/unit/marketplaces.test.ts checks each
   * entry against the runtime's copy. date-holidays has no weekend for these countries (its `dayoff` is
   * the substitute-holiday day, not the weekend). SA and EG rest Friday + Saturday; AE moved to
   * Saturday + Sunday on 1 Jan 2022; IN rests on Sunday only (CLDR) — fewer rest days give earlier
   * deadlines, never later ones. The seller can change it in Options.
   */
  weekend: readonly number[];
  sfp: SfpAvailability;
}

const SAT_SUN = [0, 6] as const;
const FRI_SAT = [5, 6] as const;
const SUN = [0] as const;

export const MARKETPLACES: Readonly<Record<MarketplaceCode, Marketplace>> = {
  US: { code: 'US', country: 'US', marketplaceId: 'ATVPDKIKX0DER', salesChannel: 'Amazon.com', hosts: ['sellercentral.amazon.com'], timeZone: 'America/Los_Angeles', locale: 'en-US', weekend: SAT_SUN, sfp: 'evidenced' },
  CA: { code: 'CA', country: 'CA', marketplaceId: 'A2EUQ1WTGCTBG2', salesChannel: 'Amazon.ca', hosts: ['sellercentral.amazon.ca'], timeZone: 'America/Toronto', locale: 'en-CA', weekend: SAT_SUN, sfp: 'closed-to-new' },
  MX: { code: 'MX', country: 'MX', marketplaceId: 'A1AM78C64UM0Y8', salesChannel: 'Amazon.com.mx', hosts: ['sellercentral.amazon.com.mx'], timeZone: 'America/Mexico_City', locale: 'es-MX', weekend: SAT_SUN, sfp: 'unknown' },
  BR: { code: 'BR', country: 'BR', marketplaceId: 'A2Q3Y263D00KWC', salesChannel: 'Amazon.com.br', hosts: ['sellercentral.amazon.com.br'], timeZone: 'America/Sao_Paulo', locale: 'pt-BR', weekend: SAT_SUN, sfp: 'unknown' },
  UK: { code: 'UK', country: 'GB', marketplaceId: 'A1F83G8C2ARO7P', salesChannel: 'Amazon.co.uk', hosts: ['sellercentral.amazon.co.uk'], timeZone: 'Europe/London', locale: 'en-GB', weekend: SAT_SUN, sfp: 'evidenced' },
  DE: { code: 'DE', country: 'DE', marketplaceId: 'A1PA6795UKMFR9', salesChannel: 'Amazon.de', hosts: ['sellercentral.amazon.de'], timeZone: 'Europe/Berlin', locale: 'de-DE', weekend: SAT_SUN, sfp: 'evidenced' },
  FR: { code: 'FR', country: 'FR', marketplaceId: 'A13V1IB3VIYZZH', salesChannel: 'Amazon.fr', hosts: ['sellercentral.amazon.fr'], timeZone: 'Europe/Paris', locale: 'fr-FR', weekend: SAT_SUN, sfp: 'evidenced' },
  IT: { code: 'IT', country: 'IT', marketplaceId: 'APJ6JRA9NG5V4', salesChannel: 'Amazon.it', hosts: ['sellercentral.amazon.it'], timeZone: 'Europe/Rome', locale: 'it-IT', weekend: SAT_SUN, sfp: 'evidenced' },
  ES: { code: 'ES', country: 'ES', marketplaceId: 'A1RKKUPIHCS9HS', salesChannel: 'Amazon.es', hosts: ['sellercentral.amazon.es'], timeZone: 'Europe/Madrid', locale: 'es-ES', weekend: SAT_SUN, sfp: 'evidenced' },
  NL: { code: 'NL', country: 'NL', marketplaceId: 'A1805IZSGTT6HS', salesChannel: 'Amazon.nl', hosts: ['sellercentral.amazon.nl'], timeZone: 'Europe/Amsterdam', locale: 'nl-NL', weekend: SAT_SUN, sfp: 'unknown' },
  SE: { code: 'SE', country: 'SE', marketplaceId: 'A2NODRKZP88ZB9', salesChannel: 'Amazon.se', hosts: ['sellercentral.amazon.se'], timeZone: 'Europe/Stockholm', locale: 'sv-SE', weekend: SAT_SUN, sfp: 'unknown' },
  PL: { code: 'PL', country: 'PL', marketplaceId: 'A1C3SOZRARQ6R3', salesChannel: 'Amazon.pl', hosts: ['sellercentral.amazon.pl'], timeZone: 'Europe/Warsaw', locale: 'pl-PL', weekend: SAT_SUN, sfp: 'unknown' },
  BE: { code: 'BE', country: 'BE', marketplaceId: 'AMEN7PMS3EDWL', salesChannel: 'Amazon.com.be', hosts: ['sellercentral.amazon.com.be'], timeZone: 'Europe/Brussels', locale: 'fr-BE', weekend: SAT_SUN, sfp: 'unknown' },
  IE: { code: 'IE', country: 'IE', marketplaceId: 'A28R8C7NBKEWEA', salesChannel: 'Amazon.ie', hosts: ['sellercentral.amazon.ie'], timeZone: 'Europe/Dublin', locale: 'en-IE', weekend: SAT_SUN, sfp: 'unknown' },
  TR: { code: 'TR', country: 'TR', marketplaceId: 'A33AVAJ2PDY3EV', salesChannel: 'Amazon.com.tr', hosts: ['sellercentral.amazon.com.tr'], timeZone: 'Europe/Istanbul', locale: 'tr-TR', weekend: SAT_SUN, sfp: 'unknown' },
  AE: { code: 'AE', country: 'AE', marketplaceId: 'A2VIGQ35RCS4UG', salesChannel: 'Amazon.ae', hosts: ['sellercentral.amazon.ae'], timeZone: 'Asia/Dubai', locale: 'en-AE', weekend: SAT_SUN, sfp: 'easy-ship' },
  SA: { code: 'SA', country: 'SA', marketplaceId: 'A17E79C6D8DWNP', salesChannel: 'Amazon.sa', hosts: ['sellercentral.amazon.sa'], timeZone: 'Asia/Riyadh', locale: 'ar-SA', weekend: FRI_SAT, sfp: 'unknown' },
  EG: { code: 'EG', country: 'EG', marketplaceId: 'ARBP9OOSHTCHU', salesChannel: 'Amazon.eg', hosts: ['sellercentral.amazon.eg'], timeZone: 'Africa/Cairo', locale: 'ar-EG', weekend: FRI_SAT, sfp: 'unknown' },
  IN: { code: 'IN', country: 'IN', marketplaceId: 'A21TJRUUN4KGV', salesChannel: 'Amazon.in', hosts: ['sellercentral.amazon.in'], timeZone: 'Asia/Kolkata', locale: 'en-IN', weekend: SUN, sfp: 'unknown' },
  JP: { code: 'JP', country: 'JP', marketplaceId: 'A1VC38T7YXB528', salesChannel: 'Amazon.co.jp', hosts: ['sellercentral.amazon.co.jp', 'sellercentral-japan.amazon.com'], timeZone: 'Asia/Tokyo', locale: 'ja-JP', weekend: SAT_SUN, sfp: 'evidenced' },
  AU: { code: 'AU', country: 'AU', marketplaceId: 'A39IBJ37TRP1C6', salesChannel: 'Amazon.com.au', hosts: ['sellercentral.amazon.com.au'], timeZone: 'Australia/Sydney', locale: 'en-AU', weekend: SAT_SUN, sfp: 'evidenced' },
  SG: { code: 'SG', country: 'SG', marketplaceId: 'A19VAU5U5O7RUS', salesChannel: 'Amazon.sg', hosts: ['sellercentral.amazon.sg'], timeZone: 'Asia/Singapore', locale: 'en-SG', weekend: SAT_SUN, sfp: 'unknown' },
  ZA: { code: 'ZA', country: 'ZA', marketplaceId: 'AE08WJ6YKNBMC', salesChannel: 'Amazon.co.za', hosts: ['sellercentral.amazon.co.za'], timeZone: 'Africa/Johannesburg', locale: 'en-ZA', weekend: SAT_SUN, sfp: 'unknown' },
};

/** The unified EU account host: the host alone does not name the marketplace. */
export const UNIFIED_EU_HOST = 'sellercentral-europe.amazon.com';

/** Every Seller Central host the extension runs on, in table order. */
export const SELLER_CENTRAL_HOSTS: readonly string[] = [
  ...MARKETPLACE_CODES.flatMap((code) => MARKETPLACES[code].hosts),
  UNIFIED_EU_HOST,
];

/** `https://<host>/*` for every Seller Central host: content-script matches and host permissions. */
export const SELLER_CENTRAL_MATCHES: readonly string[] = SELLER_CENTRAL_HOSTS.map((h) => `https://${h}/*`);

const byHost = new Map<string, MarketplaceCode>(
  MARKETPLACE_CODES.flatMap((code) => MARKETPLACES[code].hosts.map((h) => [h, code] as const)),
);

/** Marketplace served by an exact Seller Central host; null for the EU host and any other host. */
export function marketplaceForHost(host: string): MarketplaceCode | null {
  return byHost.get(host.toLowerCase()) ?? null;
}

/** True only for an exact Seller Central host name (no suffix or look-alike matching). */
export function isSellerCentralHost(host: string): boolean {
  const h = host.toLowerCase();
  return byHost.has(h) || h === UNIFIED_EU_HOST;
}

/** Marketplace named by a sales channel label such as "Amazon.de" or "www.amazon.co.uk". */
export function marketplaceForSalesChannel(label: string): MarketplaceCode | null {
  const norm = label.trim().toLowerCase().replace(/^www\./, '');
  for (const code of MARKETPLACE_CODES) {
    if (MARKETPLACES[code].salesChannel.toLowerCase() === norm) return code;
  }
  return null;
}

export function isMarketplaceCode(value: unknown): value is MarketplaceCode {
  return typeof value === 'string' && (MARKETPLACE_CODES as readonly string[]).includes(value);
}
