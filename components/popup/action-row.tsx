/**
 * One queued action: what to do, for which order and marketplace, a live countdown, the rule behind
 * the deadline (source link, "≈ verify" when not stated by Amazon), and quick actions.
 * Test hooks: `[data-sfp-action][data-kind][data-order-id]`, its done button `[data-sfp-done]`.
 */
import '@/utils/i18n/english-extension';
import { memo } from 'react';
import type { Action } from '@/utils/actions/model';
import { ruleInfo } from '@/utils/actions/policy-env';
import { kindLabel, type Section } from '@/utils/actions/view';
import { Countdown, formatInstant } from '../common/countdown';
import { SnoozeMenu } from './snooze-menu';
import { t } from '@/utils/i18n/active';

/** What a row can ask for; the container turns these into messages and browser calls. */
export interface RowHandlers {
  open(a: Action): void;
  copy(text: string, what: string): void;
  command(cmd: { type: 'done' | 'dismiss' | 'unsnooze'; id: string } | { type: 'snooze'; id: string; until: string }): void;
}

export const ActionRow = memo(function ActionRow({
  action: a, section, now, timeZone, reply, handlers,
}: { action: Action; section: Section; now: Date; timeZone: string; reply: string | null; handlers: RowHandlers }) {
  const rule = ruleInfo(a.ruleId);
  const label = kindLabel(a.kind);
  const ref = a.orderId ?? a.ref ?? '';
  return (
    <li
      className={`sfp-row sfp-${section}`} tabIndex={0} data-sfp-action="" data-kind={a.kind} data-order-id={a.orderId ?? ''}
      aria-label={t('popup.row.label', { what: label, ref, mp: a.marketplace })}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) handlers.open(a);
      }}
    >
      <div className="sfp-row-head">
        <strong className="sfp-kind">{label}</strong>
        <Countdown dueAt={a.dueAt} now={now} timeZone={timeZone} clock={a.clock} />
      </div>
      <div className="sfp-row-meta">
        <span className="sfp-order">{ref}</span> · <span className="sfp-mp">{a.marketplace}</span>
        {section === 'snoozed' && a.snoozedUntil && t('popup.row.snoozedUntil', { when: formatInstant(a.snoozedUntil, timeZone) })}
      </div>
      <div className="sfp-rule">
        {rule.title}
        {rule.status !== 'amazon' && rule.status !== 'page' && <span className="sfp-verify" title={t('common.verifyTitle')}> {t('common.verify')}</span>}
        {rule.source && <> · <a href={rule.source} target="_blank" rel="noreferrer">{t('common.source')}</a></>}
      </div>
      <div className="sfp-buttons">
        <button type="button" data-sfp-open="" onClick={() => handlers.open(a)}>{t('popup.row.open')}</button>
        {a.orderId && <button type="button" data-sfp-copy-order="" onClick={() => handlers.copy(a.orderId!, 'order-id')}>{t('popup.row.copyOrder')}</button>}
        {reply && <button type="button" data-sfp-copy-reply="" onClick={() => handlers.copy(reply, 'reply')}>{t('common.copyReply')}</button>}
        <button type="button" data-sfp-done="" onClick={() => handlers.command({ type: 'done', id: a.id })}>{t('popup.row.done')}</button>
        {section === 'snoozed'
          ? <button type="button" data-sfp-unsnooze="" onClick={() => handlers.command({ type: 'unsnooze', id: a.id })}>{t('popup.row.unsnooze')}</button>
          : <SnoozeMenu now={now} timeZone={timeZone} onSnooze={(until) => handlers.command({ type: 'snooze', id: a.id, until: until.toISOString() })} />}
        <button type="button" data-sfp-dismiss="" onClick={() => handlers.command({ type: 'dismiss', id: a.id })}>{t('popup.row.dismiss')}</button>
      </div>
    </li>
  );
});
