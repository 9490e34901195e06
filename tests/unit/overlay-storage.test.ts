// The overlay's storage read and its hand-over from the router (utils/overlay-storage.ts, utils/handover.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOver, takeHandedOver } from '@/utils/handover';
import { overlayStorageFor, readOverlayStorageForPage } from '@/utils/overlay-storage';

const ORDER = 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863';
const OTHER = 'https://sellercentral.amazon.com/returns/list';

beforeEach(() => fakeBrowser.reset());

describe('handOver / takeHandedOver', () => {
  it('gives a value once, and only for the page it was left for', () => {
    handOver('k', ORDER, 42);
    expect(takeHandedOver('k', OTHER)).toBeNull();
    expect(takeHandedOver('other key', ORDER)).toBeNull();
    expect(takeHandedOver('k', ORDER)).toBe(42);
    expect(takeHandedOver('k', ORDER)).toBeNull();
  });
});

describe('overlay storage read', () => {
  it("the bundle takes the router's read for the same page instead of reading again", async () => {
    await fakeBrowser.storage.local.set({ settings: { readJson: false }, overlayUi: { collapsed: true } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const routerRead = readOverlayStorageForPage(ORDER);
    expect(overlayStorageFor(ORDER)).toBe(routerRead);
    expect(get).toHaveBeenCalledTimes(1);
    expect(await routerRead).toEqual({ settings: { readJson: false }, overlayUi: { collapsed: true } });
  });

  it('a bundle on another page (or a second time) reads storage itself', async () => {
    await fakeBrowser.storage.local.set({ overlayUi: { collapsed: true } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    void readOverlayStorageForPage(ORDER);
    expect(await overlayStorageFor(OTHER)).toEqual({ overlayUi: { collapsed: true } });
    expect(get).toHaveBeenCalledTimes(2);
    await overlayStorageFor(ORDER); // the router's read, still there for its own page: taken
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('a storage failure reads as nothing stored (defaults), never a rejection', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    expect(await overlayStorageFor(ORDER)).toEqual({});
  });
});
