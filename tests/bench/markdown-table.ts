/**
 * The Markdown table of one `npm run bench` (.bench/results.json as tests/bench/bench.mjs writes it): one
 * row per measured page, each budgeted figure beside its budget (shared/design/architecture.md,
 * "Performance budgets"). Printed by `npm run bench:table` and `npm run bench -- --markdown`; the
 * README's performance table is its output.
 */

/** The budgets bench.mjs checks: extension JS per page, `load` delay, overlay after its anchor (ms). */
export const BUDGETS = { extensionJsMs: { overlay: 40, nothingShown: 5 }, loadDelayMs: 20, overlayAfterAnchorMs: 150 } as const;

/** Median and p10–p90 of one figure, as results.json stores it. */
export interface Spread { median: number; p10: number; p90: number }

/** One page of results.json; pages without an overlay have no overlay figures. */
export interface PageResult {
  with: { extensionJsMs?: Spread; taskMs?: Spread; loadMs?: Spread; overlayAfterAnchorMs?: Spread; [figure: string]: Spread | undefined };
  without: { taskMs?: Spread; loadMs?: Spread; [figure: string]: Spread | undefined };
}

/** The parts of results.json the table reads. */
export interface BenchResults { pages?: Record<string, PageResult> }

const LABELS: Record<string, string> = {
  'order-details-sfp': 'SFP order details',
  'no-overlay': 'home, nothing shown',
  messages: 'Buyer Messages',
  'order-list': 'Manage Orders',
  returns: 'Returns',
  'safet-claims': 'SAFE-T claims',
  'order-details-de': 'German order page, English UI',
  'order-details-de-ui-de': 'German order page, German UI',
  'order-details-jp': 'Japanese order page, English UI',
  'order-details-jp-ui-ja': 'Japanese order page, Japanese UI',
};

const finite = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const num = (x: number | undefined) => (finite(x) ? x.toFixed(1) : '—');
const signed = (x: number) => (finite(x) ? `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)}` : '—');
const spread = (s: Spread | undefined) => (s ? `${num(s.median)} (${num(s.p10)}–${num(s.p90)})` : '—');
const verdict = (x: number | undefined, limit: number) => (finite(x) ? (x <= limit ? 'ok' : '**over**') : '');
const difference = (page: PageResult, figure: 'taskMs' | 'loadMs') =>
  (page.with[figure]?.median ?? NaN) - (page.without[figure]?.median ?? NaN);

/** The table, medians with p10–p90 in brackets; pages keep results.json's order. */
export function markdownTable(results: BenchResults): string {
  const { extensionJsMs: js, loadDelayMs, overlayAfterAnchorMs } = BUDGETS;
  const rows = [
    `| page | extension JS ms (≤ ${js.overlay}; nothing shown ≤ ${js.nothingShown}) | main-thread task ms, with − without | ` +
      `\`load\` delay ms (≤ +${loadDelayMs}) | overlay after its anchor ms (≤ ${overlayAfterAnchorMs}) |`,
    '|---|---|---|---|---|',
  ];
  for (const [name, page] of Object.entries(results.pages ?? {})) {
    const overlay = 'overlayAfterAnchorMs' in page.with;
    const script = page.with.extensionJsMs;
    const after = page.with.overlayAfterAnchorMs;
    const load = difference(page, 'loadMs');
    const cells = [
      LABELS[name] ?? name,
      `${spread(script)} ${verdict(script?.median, overlay ? js.overlay : js.nothingShown)}`.trim(),
      signed(difference(page, 'taskMs')),
      overlay ? `${signed(load)} ${verdict(load, loadDelayMs)}`.trim() : signed(load),
      overlay ? `${spread(after)} ${verdict(after?.median, overlayAfterAnchorMs)}`.trim() : '—',
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}
