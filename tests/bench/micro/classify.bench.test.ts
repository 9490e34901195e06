// classifyContact on hostile sizes: a 1 MB message must classify in < 50 ms (issue 3 "Bad input").
// The classifier scans a bounded prefix (BODY_SCAN_CHARS), so the cost is flat in the message size.
import { measure, record } from '../record';
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
