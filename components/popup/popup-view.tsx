/**
 * The popup: sections Overdue / Due today / Later / Snoozed, a marketplace filter, an empty state that
 * says what will appear, arrow-key navigation between rows, and an undo notice after each command.
 * Renders PAGE rows per section at first (the popup shows ~6 rows at a time); the next page loads when
 * "Show more" scrolls into view or is pressed, so 5,000 queued actions render within the 150 ms budget
 * (tests/bench/micro/popup.bench.test.ts).
 */
import '@/utils/i18n/english-extension';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { QueueState } from '@/utils/actions/model';
import { SECTIONS, type Section } from '@/utils/actions/view';
import type { Settings } from '@/utils/storage';
import { ActionRow, type RowHandlers } from './action-row';
import { groupActions, marketplacesIn, sectionTitle, zoneFor } from './popup-groups';
import { replyFor } from './reply-for';
import type { Notice } from './popup-store';
import { t } from '@/utils/i18n/active';

/** Rows rendered per section before "Show more". */
export const PAGE = 10;

/** "Show more": a button for keyboard users that also loads the next page when scrolled into view. */
function MoreButton({ left, onMore }: { left: number; onMore(): void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onMore();
    });
    io.observe(el);
    return () => io.disconnect();
  }, [onMore]);
  return (
    <button ref={ref} type="button" className="sfp-more" onClick={onMore}>
      {t('popup.more', { page: Math.min(PAGE, left), left })}
    </button>
  );
}

export interface PopupViewProps {
  queue: QueueState;
  settings: Settings;
  now: Date;
  loaded: boolean;
  filter: MarketplaceCode | 'all';
  notice: Notice | null;
  onFilter(filter: MarketplaceCode | 'all'): void;
  onUndo(undoId: string): void;
  onOptions(): void;
  handlers: RowHandlers;
}

function moveFocus(e: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const rows = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-sfp-action]')];
  if (!rows.length) return;
  const current = rows.findIndex((r) => r.contains(document.activeElement));
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1
    : e.key === 'ArrowDown' ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1);
  e.preventDefault();
  rows[next]?.focus();
}

export function PopupView(p: PopupViewProps) {
  const [shown, setShown] = useState<Record<Section, number>>({ overdue: PAGE, today: PAGE, later: PAGE, snoozed: PAGE });
  // Regroup at most once a minute of clock time (the countdowns re-render with `now` anyway).
  const minute = Math.floor(p.now.getTime() / 60_000);
  const groups = useMemo(
    () => groupActions(p.queue, p.settings, new Date(minute * 60_000), p.filter),
    [p.queue, p.settings, minute, p.filter],
  );
  const zone = useMemo(() => zoneFor(p.settings), [p.settings]);
  const markets = useMemo(() => marketplacesIn(p.queue), [p.queue]);
  const total = SECTIONS.reduce((n, s) => n + groups[s].length, 0);
  useEffect(() => {
    if (p.loaded) performance.mark?.('sfp:rows');
  }, [p.loaded]);
  const more = useMemo(() => Object.fromEntries(SECTIONS.map((s) => [s, () =>
    setShown((prev) => ({ ...prev, [s]: prev[s] + PAGE }))])) as Record<Section, () => void>, []);

  return (
    <main className="sfp-popup" aria-label={t('popup.label')}>
      <header className="sfp-popup-head">
        <h1>{t('common.brand')}</h1>
        {markets.length > 1 && (
          <label className="sfp-filter">
            {t('popup.marketplace')}{' '}
            <select value={p.filter} onChange={(e) => p.onFilter(e.target.value as MarketplaceCode | 'all')}>
              <option value="all">{t('popup.all')}</option>
              {markets.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
        )}
        <button type="button" className="sfp-link" onClick={p.onOptions}>{t('popup.options')}</button>
      </header>
      {p.notice && (
        <div className={p.notice.error ? 'sfp-notice sfp-error' : 'sfp-notice'} role="status">
          {p.notice.text}
          {p.notice.undoId && <button type="button" data-sfp-undo="" onClick={() => p.onUndo(p.notice!.undoId!)}>{t('common.undo')}</button>}
        </div>
      )}
      {p.loaded && total === 0 && (
        <section className="sfp-empty" data-sfp-empty="">
          <h2>{t('popup.emptyTitle')}</h2>
          <p>{t('popup.emptyBody')}</p>
          <p>{t('popup.emptyMarks')}</p>
        </section>
      )}
      <div onKeyDown={moveFocus}>
        {SECTIONS.map((s) => groups[s].length > 0 && (
          <section key={s} className={`sfp-section sfp-section-${s}`} aria-labelledby={`sfp-h-${s}`} data-sfp-section={s}>
            <h2 id={`sfp-h-${s}`}>{sectionTitle(s)} <span className="sfp-count">{groups[s].length}</span></h2>
            <ul>
              {groups[s].slice(0, shown[s]).map((a) => (
                <ActionRow key={a.id} action={a} section={s} now={p.now} timeZone={zone(a.marketplace)} reply={replyFor(a)} handlers={p.handlers} />
              ))}
            </ul>
            {groups[s].length > shown[s] && (
              <MoreButton left={groups[s].length - shown[s]} onMore={more[s]} />
            )}
          </section>
        ))}
      </div>
    </main>
  );
}
