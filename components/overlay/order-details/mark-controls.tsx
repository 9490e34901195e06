/**
 * Manual marks for facts the page does not show (issue 5 item 1): "return received" and "Amazon CS
 * contacted me". Each button records immediately — at "now" by default, or at the date-time the seller
 * picks after "other time" (a date-time input filled with now, in the marketplace's calendar zone) —
 * and is then undoable. Shared hooks: `[data-sfp-mark]`, `[data-sfp-mark-edit]`, `[data-sfp-mark-at]`,
 * `[data-sfp-mark-now]`, `[data-sfp-undo]`.
 *
 * Why the input is not on the panel from the start: giving a `datetime-local` input a value makes
 * Chromium load its ICU date formats, 20–30 ms on the first use in a tab — half the overlay's script
 * budget (issue 5 item 7), spent on a field most sellers never change. It is paid on "other time".
 */
import './english';
import { useId, useState } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import { formatInstant, fromLocalInputValue, toLocalInputValue } from '../format';
import { useNow } from '../overlay-env';
import type { MarkKind, RecordedMark } from '../services';
import type { OrderStateHandle } from './use-order-state';
import { t } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';

const LABELS: Record<MarkKind, { button: MessageKey; done: MessageKey }> = {
  'return-received': { button: 'order.marks.returnReceived', done: 'order.marks.returnReceivedDone' },
  'amazon-cs-contact': { button: 'order.marks.csContact', done: 'order.marks.csContactDone' },
};

interface Props {
  orderId: string;
  marketplace: MarketplaceCode | null;
  timeZone: string;
  handle: OrderStateHandle;
  kinds?: readonly MarkKind[];
}

/** The mark buttons with their date-time inputs and the list of recorded marks with undo. */
export function MarkControls({ orderId, marketplace, timeZone, handle, kinds = ['return-received', 'amazon-cs-contact'] }: Props) {
  const recorded = handle.state.marks.filter((m) => m.orderId === orderId);
  return (
    <div className="sfp-marks" role="group" aria-label={t('order.marks.group')}>
      {kinds.map((kind) => (
        <MarkRow key={kind} kind={kind} orderId={orderId} marketplace={marketplace} timeZone={timeZone} handle={handle} />
      ))}
      {recorded.length > 0 && (
        <ul className="sfp-list" aria-label={t('order.marks.recorded')}>
          {recorded.map((m) => (
            <RecordedRow key={m.markId} mark={m} timeZone={timeZone} onUndo={() => void handle.undo(m.markId)} />
          ))}
        </ul>
      )}
      {handle.error && (
        <p className="sfp-error" role="alert">
          {handle.error}
        </p>
      )}
    </div>
  );
}

function MarkRow({ kind, orderId, marketplace, timeZone, handle }: Omit<Props, 'kinds'> & { kind: MarkKind }) {
  const now = useNow();
  const inputId = useId();
  // null: "now" (the minute the panel shows); a string: the date-time input's value.
  const [edited, setEdited] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const at = edited === null ? new Date(Math.floor(now.getTime() / 60_000) * 60_000) : fromLocalInputValue(edited, timeZone);
  const invalid = at === null;
  const label = t(LABELS[kind].button);
  const record = async () => {
    // Records exactly the date-time shown (to the minute), as the seller sees it.
    if (!at || busy) return;
    setBusy(true);
    const done = await handle.mark({ kind, orderId, marketplace, at: at.toISOString() });
    setBusy(false);
    if (done) setEdited(null);
  };
  return (
    <div className="sfp-mark-row">
      <button type="button" className="sfp-button" data-sfp-mark={kind} disabled={busy || invalid} onClick={() => void record()}>
        {label}
      </button>
      {edited === null ? (
        <>
          <span className="sfp-muted">{t('order.marks.atNow')}</span>
          <button
            type="button"
            className="sfp-link-button"
            data-sfp-mark-edit={kind}
            aria-label={t('order.marks.otherTimeLabel', { label })}
            onClick={() => setEdited(toLocalInputValue(now, timeZone))}
          >
            {t('order.marks.otherTime')}
          </button>
        </>
      ) : (
        <>
          <label className="sfp-muted" htmlFor={inputId}>
            {t('order.marks.at')}
          </label>
          <input
            id={inputId}
            type="datetime-local"
            data-sfp-mark-at={kind}
            value={edited}
            autoFocus
            aria-label={t('order.marks.dateTimeLabel', { label })}
            aria-invalid={invalid}
            aria-describedby={`${inputId}-tz`}
            onChange={(e) => setEdited(e.currentTarget.value)}
          />
          <span id={`${inputId}-tz`} className="sfp-muted">
            {timeZone}
          </span>
          <button type="button" className="sfp-link-button" data-sfp-mark-now={kind} aria-label={t('order.marks.useNowLabel', { label })} onClick={() => setEdited(null)}>
            {t('order.marks.now')}
          </button>
        </>
      )}
    </div>
  );
}

function RecordedRow({ mark, timeZone, onUndo }: { mark: RecordedMark; timeZone: string; onUndo(): void }) {
  const label = t('order.marks.recordedAt', { what: t(LABELS[mark.kind].done), when: formatInstant(new Date(mark.at), timeZone) });
  return (
    <li data-sfp-recorded={mark.kind}>
      <span>{label}</span>{' '}
      <button type="button" className="sfp-link-button" data-sfp-undo={mark.markId} onClick={onUndo} aria-label={t('order.marks.undoLabel', { label })}>
        {t('common.undo')}
      </button>
    </li>
  );
}
