// classifyContact on hostile sizes: a 1 MB message must classify in < 50 ms (issue 3 "Bad input").
// The classifier scans a bounded prefix (BODY_SCAN_CHARS), so the cost is flat in the message size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, record, stat } from '../record';
import { classifyContact } from '@/utils/policy/classify';

const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const CASES: Record<string, string> = {
  'classify-1mb': fill('Hello, I sent the kettle back last week, where is my refund? Does it fit the 2019 model? '),
  'classify-1mb-ja': fill('返品しましたが、まだ返金されていません。この商品はiPhoneに対応していますか？'),
  'classify-1mb-no-spaces': 'a'.repeat(MB),
  'classify-1mb-mixed-scripts': fill('Где мой заказ? 返金 where πού είναι refund '),
};

describe('classifyContact micro benchmark', () => {
  // First: this file's module instance has never classified (no pattern compiled yet), like a fresh tab.
  it('classify-first-call', () => {
    const t0 = performance.now();
    classifyContact({ sender: 'buyer', body: 'Hi, does this charger work with a Pixel 8? Thanks, Jane' });
    const ms = Math.round((performance.now() - t0) * 1000) / 1000;
    record('policy', 'classify-first-call', { median: ms, p10: ms, p90: ms, n: 1 });
    console.log(`classify-first-call: ${ms} ms (budget 5 ms)`);
    // Not asserted: one sample on a shared machine; the figure is reported (issue 16 budget 5 ms).
  });

  it('classify-per-message (independent development corpus)', () => {
    const corpus = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/messages/corpus-dev.json'), 'utf8')) as
      { sender: 'buyer' | 'amazon-cs'; subject?: string; body: string }[];
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const m of corpus) {
        const t0 = performance.now();
        classifyContact(m);
        samples.push(performance.now() - t0);
      }
    }
    const s = stat(samples);
    record('policy', 'classify-per-message', { ...s, messages: corpus.length });
    console.log(`classify-per-message: median ${s.median} ms, p90 ${s.p90} ms (n=${s.n})`);
  });

  it.each(Object.entries(CASES))('%s', async (name, body) => {
    const result = classifyContact({ sender: 'buyer', body });
    expect(result.unclear).toBe(true); // a 1 MB "message" is never taken at face value
    const s = await measure(() => classifyContact({ sender: 'buyer', body }));
    record('policy', name, { ...s, bytes: body.length });
    console.log(`${name}: median ${s.median} ms, p90 ${s.p90} ms (n=${s.n})`);
    expect(s.median).toBeLessThan(50);
  });

  it('classify-typical', async () => {
    const body = 'Hi, does this charger work with a Pixel 8? I do not want to have to return it. Thanks, Jane';
    const s = await measure(() => classifyContact({ sender: 'buyer', body }), 200, 20);
    record('policy', 'classify-typical', { ...s, bytes: body.length });
    console.log(`classify-typical: median ${s.median} ms`);
  });
});
