import { describe, expect, it } from 'vitest';
import {
  MARKETPLACE_CODES,
  MARKETPLACES,
  SELLER_CENTRAL_HOSTS,
  SELLER_CENTRAL_MATCHES,
  isSellerCentralHost,
  marketplaceForHost,
  marketplaceForSalesChannel,
} from '@/utils/marketplaces';

describe('marketplaces', () => {
  it('lists every marketplace once with a valid IANA time zone', () => {
    expect(new Set(MARKETPLACE_CODES).size).toBe(23);
    for (const code of MARKETPLACE_CODES) {
      const m = MARKETPLACES[code];
      expect(m.code).toBe(code);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: m.timeZone })).not.toThrow();
    }
  });

  it("each marketplace's default weekend is the country's in Unicode CLDR weekData (the runtime's ICU copy)", () => {
    // Intl.Locale#getWeekInfo() (weekInfo in older V8): weekend as 1 = Monday … 7 = Sunday, from CLDR.
    type WeekInfo = { weekend: number[] };
    const weekInfo = (tag: string): WeekInfo => {
      const l = new Intl.Locale(tag) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
      return l.getWeekInfo ? l.getWeekInfo() : l.weekInfo!;
    };
    for (const code of MARKETPLACE_CODES) {
      const m = MARKETPLACES[code];
      const cldr = weekInfo(`und-${m.country}`).weekend.map((d) => d % 7).sort();
      expect([...m.weekend].sort(), code).toEqual(cldr);
    }
    // The cases the issue names, written out: Fri + Sat in SA and EG; Sat + Sun in AE since 2022.
    expect(MARKETPLACES.SA.weekend).toEqual([5, 6]);
    expect(MARKETPLACES.EG.weekend).toEqual([5, 6]);
    expect(MARKETPLACES.AE.weekend).toEqual([0, 6]);
    expect(MARKETPLACES.US.weekend).toEqual([0, 6]);
  });

  it('matches only https Seller Central hosts', () => {
    expect(SELLER_CENTRAL_HOSTS).toHaveLength(25);
    for (const m of SELLER_CENTRAL_MATCHES) expect(m).toMatch(/^https:\/\/sellercentral[a-z.-]*\.amazon\.[a-z.]+\/\*$/);
  });

  it('maps hosts exactly', () => {
    expect(marketplaceForHost('sellercentral.amazon.de')).toBe('DE');
    expect(marketplaceForHost('sellercentral-japan.amazon.com')).toBe('JP');
    expect(marketplaceForHost('sellercentral-europe.amazon.com')).toBeNull();
    expect(isSellerCentralHost('sellercentral-europe.amazon.com')).toBe(true);
    expect(isSellerCentralHost('sellercentral.amazon.com.evil.example')).toBe(false);
    expect(isSellerCentralHost('evil-sellercentral.amazon.com')).toBe(false);
  });

  it('reads sales channels', () => {
    expect(marketplaceForSalesChannel(' Amazon.de ')).toBe('DE');
    expect(marketplaceForSalesChannel('www.amazon.co.uk')).toBe('UK');
    expect(marketplaceForSalesChannel('Amazon.example')).toBeNull();
  });
});
