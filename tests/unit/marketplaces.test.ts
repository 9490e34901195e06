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
