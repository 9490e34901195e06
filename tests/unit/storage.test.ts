import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEADLINE_CONVENTION, DEFAULT_SETTINGS, SettingsSchema, migrateQueueV1toV2, migrateSettingsV1toV2, migrateSettingsV2toV3, parseQueue, queueItem, repairSettings,
  serializeQueue, settingsFromStorage, settingsItem, type SettingsV1, type SettingsV2, type StoredQueue, type StoredQueueV1,
} from '@/utils/storage';
import { createQueueStore } from '@/utils/actions/store';
import { envFor } from '@/utils/actions/policy-env';

const dir = join(process.cwd(), 'tests/fixtures/storage');
const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

beforeEach(() => fakeBrowser.reset());

describe('golden migrations: example v(N-1) migrates to example vN', () => {
  it('has an example for every version of every key', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'queue.v1.json', 'queue.v2-deadlines1.json', 'queue.v2-deadlines2.json', 'queue.v2.json', 'settings.v1.json', 'settings.v2.json', 'settings.v3.json',
    ]);
  });

  it('a queue computed under the old deadline convention comes out with corrected due times and nothing lost', async () => {
    // queue.v2-deadlines1.json: due instants as the first convention computed them (a weekend or holiday event
    // counted from the next business day, then N more). Expected, derived by hand (sfp-rules.md §2):
    // - US refund, return received Sat 21 Nov 14:00 PST → Mon 23, Tue 24 count → end Tue 24 (was end Wed 25);
    // - UK Amazon CS contact on bank-holiday Mon 4 May → Tue 5, Wed 6 → end Wed 6 (was Thu 7); reminder bit reset;
    // - US SAFE-T request Sun 22 Nov, Mon–Sat week → Mon 23, Tue 24, Wed 25 → end Wed 25 (was Thu 26), snooze kept;
    // - DE refund on a business day (Mon 23 Nov): unchanged; done actions and page dates ("Reply by"): untouched.
    const old = fixture<StoredQueue>('queue.v2-deadlines1.json');
    expect(parseQueue(old).stale).toBe(true);
    await fakeBrowser.storage.local.set({ queue: old, queue$: { v: 2 } });
    const store = createQueueStore({ now: () => new Date('2026-11-22T20:00:00Z'), env: () => envFor(DEFAULT_SETTINGS), log: () => undefined });
    const state = await store.read();
    const expected = fixture<StoredQueue>('queue.v2-deadlines2.json');
    expect(await queueItem.getValue()).toEqual(expected);
    expect(serializeQueue(state)).toEqual(expected);
    expect(Object.keys(state.actions)).toEqual(Object.keys(parseQueue(old).state.actions));
    expect(state.marks).toEqual(parseQueue(old).state.marks);
    expect(state.orders).toEqual(parseQueue(old).state.orders);
    // Stamped with the current convention: the next read trusts it and writes nothing.
    expect(parseQueue(expected).stale).toBe(false);
    const writes = store.writes;
    await store.read();
    expect(store.writes).toBe(writes);
  });

  it('settings v1 → v2', () => {
    const v2 = migrateSettingsV1toV2(fixture<SettingsV1>('settings.v1.json'));
    expect(v2).toEqual(fixture('settings.v2.json'));
  });

  it('settings v2 → v3 (the language fields), and v3 is valid', () => {
    const v3 = migrateSettingsV2toV3(fixture<SettingsV2>('settings.v2.json'));
    expect(v3).toEqual(fixture('settings.v3.json'));
    expect(v.safeParse(SettingsSchema, v3).success).toBe(true);
  });

  it('queue v1 → v2, and v2 reads back as the same records as v1', () => {
    const v1 = fixture<StoredQueueV1>('queue.v1.json');
    const v2 = migrateQueueV1toV2(v1);
    expect(v2).toEqual(fixture('queue.v2.json'));
    const parsed = parseQueue(v2);
    expect(parsed.dropped).toEqual({ actions: 0, marks: 0, orders: 0, undo: 0, other: 0 });
    expect(Object.values(parsed.state.actions)).toEqual(v1.actions);
    // Written back, it is stamped with the deadline convention (absent in stored v2 data: recomputed on read).
    expect(parsed.stale).toBe(true);
    expect(serializeQueue(parsed.state)).toEqual({ ...fixture<StoredQueue>('queue.v2.json'), deadlines: DEADLINE_CONVENTION });
  });

  it('WXT runs the migrations on stored v1 data (settings and queue)', async () => {
    await fakeBrowser.storage.local.set({
      settings: fixture('settings.v1.json'), settings$: { v: 1 },
      queue: fixture('queue.v1.json'), queue$: { v: 1 },
    });
    await settingsItem.migrate();
    await queueItem.migrate();
    expect(await settingsItem.getValue()).toEqual(fixture('settings.v3.json'));
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
    expect(await queueItem.getValue()).toEqual(fixture('queue.v2.json'));
    expect(await queueItem.getMeta()).toEqual({ v: 2 });
  });

  it('a v1 queue with broken records migrates what is valid and leaves the rest for repair', () => {
    const v1 = fixture<StoredQueueV1>('queue.v1.json');
    const broken = { ...v1, actions: [...v1.actions, { id: 'nope' }], orders: { ...v1.orders, '000-0000000-0000000': { sfp: 'yes' } } };
    const { state, dropped } = parseQueue(migrateQueueV1toV2(broken));
    expect(Object.keys(state.actions)).toHaveLength(3);
    expect(dropped).toMatchObject({ actions: 1, orders: 1 });
  });
});

describe('repair, record by record', () => {
  it('settings: invalid fields fall back to defaults, valid ones and valid calendars are kept', () => {
    const { value, repaired } = repairSettings({
      ...fixture<object>('settings.v2.json'),
      notifyLeadMinutes: -5,
      calendars: { US: { weekend: [0, 6] }, XX: { weekend: [1] }, DE: { weekend: [9] } },
    });
    expect(value.notifyLeadMinutes).toBe(DEFAULT_SETTINGS.notifyLeadMinutes);
    expect(value.defaultMarketplace).toBe('DE');
    expect(value.calendars).toEqual({ US: { weekend: [0, 6] } });
    expect(repaired).toBe(2);
    // valibot's record() reads an array as an empty record: the value is an object again, and it counts as repaired.
    const fromArray = repairSettings({ ...fixture<object>('settings.v2.json'), calendars: [] });
    expect(Array.isArray(fromArray.value.calendars)).toBe(false);
    expect(fromArray.value.calendars).toEqual({});
    expect(fromArray.repaired).toBe(1);
    expect(repairSettings(null)).toEqual({ value: DEFAULT_SETTINGS, repaired: 0 });
    expect(repairSettings('garbage').repaired).toBe(1);
  });

  it('queue: each corrupt record is dropped and counted, nothing valid is lost', () => {
    const v2 = fixture<{ actions: unknown[]; marks: unknown[]; undo: unknown[]; marketplacesSeen: unknown[] }>('queue.v2.json');
    const corrupt = {
      ...v2,
      actions: [
        ...v2.actions,
        ['refund-return', '1-2-3', 'US', 0, 0, 'r', 'o', 0],                // bad order id
        ['refund-return', '112-4738291-5047863', 'US', 1e20, 0, 'r', 'o', 0], // impossible instant
        ['explode', null, 'US', 0, 0, 'r', 'o', 0],
        'junk', null,
      ],
      marks: [...v2.marks, { id: 'm', kind: 'return-received' }],
      undo: [{ undoId: 'u' }],
      marketplacesSeen: [...v2.marketplacesSeen, 'ZZ'],
    };
    const { state, dropped } = parseQueue(corrupt);
    expect(Object.keys(state.actions)).toHaveLength(3);
    expect(Object.keys(state.marks)).toHaveLength(1);
    expect(dropped).toEqual({ actions: 5, marks: 1, orders: 0, undo: 1, other: 1 });
    expect(parseQueue('garbage').dropped.other).toBe(1);
    expect(parseQueue(null).dropped.other).toBe(0);
  });
});

describe('compact records', () => {
  it('encode → decode gives back exactly the schema-valid action (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { encodeAction, decodeAction, expectedId } = await import('@/utils/actions/compact');
    const { ActionSchema, ACTION_KINDS } = await import('@/utils/actions/model');
    const { clockOf } = await import('@/utils/actions/derive');
    const instant = fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }).map((t) => new Date(t).toISOString());
    const action = fc.record({
      kind: fc.constantFrom(...ACTION_KINDS),
      orderId: fc.option(fc.stringMatching(/^\d{3}-\d{7}-\d{7}$/), { nil: null }),
      ref: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
      marketplace: fc.constantFrom('US', 'DE', 'JP', 'UK'),
      host: fc.option(fc.constant('sellercentral-europe.amazon.com'), { nil: undefined }),
      startedAt: instant, dueAt: instant, createdAt: instant,
      ruleId: fc.string({ minLength: 1, maxLength: 30 }),
      status: fc.constantFrom('open', 'done', 'dismissed'),
      closedAt: fc.option(instant, { nil: undefined }),
      closedBy: fc.option(fc.constantFrom('auto', 'manual'), { nil: undefined }),
      snoozedUntil: fc.option(instant, { nil: undefined }),
      notified: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }).map((r) => {
      const a = Object.fromEntries(Object.entries({ ...r, clock: clockOf(r.kind) }).filter(([, v]) => v !== undefined));
      return { ...a, id: expectedId(a as never) };
    }).filter((a) => v.safeParse(ActionSchema, a).success);
    fc.assert(fc.property(action, (a) => {
      const parsed = v.parse(ActionSchema, a);
      const back = decodeAction(JSON.parse(JSON.stringify(encodeAction(parsed))));
      expect(back).toEqual(parsed);
      expect(JSON.stringify(back)).toBe(JSON.stringify(parsed)); // same key order: import compares JSON
    }), { numRuns: 200 });
  });

  it('rejects each kind of corrupt field', async () => {
    const { decodeAction } = await import('@/utils/actions/compact');
    const ok = ['reply-buyer', '112-4738291-5047863', 'US', 0, 1, 'r', 'o', 0, { ref: 'T' }];
    expect(decodeAction(ok)).not.toBeNull();
    const bad = (i: number, v: unknown) => decodeAction(ok.map((x, j) => (j === i ? v : x)));
    for (const [i, v] of [[0, 'x'], [1, '1-2-3'], [2, 'XX'], [3, 1.5], [4, 9e15], [5, ''], [6, 'open'], [7, '0'],
      [8, { ref: '' }], [8, { host: 'evil.example' }], [8, { notified: 4 }], [8, { closedBy: 'robot' }], [8, { other: 1 }], [8, []]] as const) {
      expect(bad(i, v), `slot ${i} = ${JSON.stringify(v)}`).toBeNull();
    }
  });
});

describe('bundles read only the items they use', () => {
  it('every storage item is declared /* @__PURE__ */ (defineItem reads storage as soon as it runs)', () => {
    const src = readFileSync('utils/storage.ts', 'utf8');
    const all = src.match(/storage\.defineItem\s*</g) ?? [];
    const pure = src.match(/\/\* @__PURE__ \*\/ storage\.defineItem\s*</g) ?? [];
    expect(all.length).toBeGreaterThan(0);
    expect(pure.length).toBe(all.length);
  });
});

describe('settingsFromStorage: what an overlay makes of its one raw read', () => {
  it('the stored v2 settings and UI state, as the options page wrote them through the items', async () => {
    const mine = { ...DEFAULT_SETTINGS, readJson: false, defaultMarketplace: 'DE' as const, marketplaces: ['DE' as const] };
    await settingsItem.setValue(mine);
    await fakeBrowser.storage.local.set({ overlayUi: { collapsed: true } });
    const raw = await fakeBrowser.storage.local.get(['settings', 'overlayUi']);
    expect(settingsFromStorage(raw)).toEqual({ settings: mine, overlayUi: { collapsed: true } });
  });

  it('nothing stored → defaults; corrupt fields and UI state → their defaults, the rest kept', () => {
    expect(settingsFromStorage({})).toEqual({ settings: DEFAULT_SETTINGS, overlayUi: { collapsed: false } });
    const out = settingsFromStorage({ settings: { ...DEFAULT_SETTINGS, readJson: 'yes', overlays: null, notifyLeadMinutes: 30 }, overlayUi: { collapsed: 'no' } });
    expect(out.settings).toEqual({ ...DEFAULT_SETTINGS, notifyLeadMinutes: 30 });
    expect(out.overlayUi).toEqual({ collapsed: false });
    expect(settingsFromStorage({ settings: 'garbage', overlayUi: 7 })).toEqual({ settings: DEFAULT_SETTINGS, overlayUi: { collapsed: false } });
  });

  it('a v1 value the background has not migrated yet is migrated in memory, like the item would', () => {
    const v1 = fixture<SettingsV1>('settings.v1.json');
    expect(settingsFromStorage({ settings: v1 }).settings).toEqual(migrateSettingsV2toV3(migrateSettingsV1toV2(v1)));
    const v2 = fixture<SettingsV2>('settings.v2.json');
    expect(settingsFromStorage({ settings: v2 }).settings).toEqual(migrateSettingsV2toV3(v2));
  });
});
