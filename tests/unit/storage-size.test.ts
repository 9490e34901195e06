import { describe, expect, it } from 'vitest';
import { reduceMany, type QueueInput } from '@/utils/actions/reducer';
import { emptyQueue } from '@/utils/actions/model';
import { parseQueue, serializeQueue } from '@/utils/storage';
import { fakeDeadline, receivedReturnObs } from './actions/helpers';

describe('storage stays small with 10,000 actions', () => {
  it('10,000 open actions + their order facts serialise to under 1.6 MB and read back intact', () => {
    const inputs: QueueInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      type: 'observe', observation: receivedReturnObs(`111-${1_000_000 + i}-${2_000_000 + i}`),
    }));
    const state = reduceMany(emptyQueue(), inputs, new Date('2026-11-27T12:00:00.000Z'), { deadline: fakeDeadline });
    expect(Object.keys(state.actions)).toHaveLength(10_000);
    const bytes = new TextEncoder().encode(JSON.stringify(serializeQueue(state))).length;
    // The same queue in the v1 (object) form, for comparison.
    const v1 = { ...serializeQueue(state), actions: Object.values(state.actions), orders: state.orders };
    const v1Bytes = new TextEncoder().encode(JSON.stringify(v1)).length;
    console.info(`queue with 10,000 actions: ${(bytes / 1e6).toFixed(2)} MB stored (v1 object form: ${(v1Bytes / 1e6).toFixed(2)} MB; chrome.storage.local quota 10 MB)`);
    expect(bytes).toBeLessThan(1_600_000);
    expect(bytes).toBeLessThan(v1Bytes / 2);
    const back = parseQueue(JSON.parse(JSON.stringify(serializeQueue(state))));
    expect(back.state).toEqual(state);
  });
});
