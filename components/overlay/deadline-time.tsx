/**
 * A live countdown: `<time data-sfp-deadline="<clock>" datetime="<ISO>">` (shared test hook),
 * re-rendered by the shared minute clock — never by re-reading the page.
 */
import { formatDue, formatRemaining } from './format';
import { useNow } from './overlay-env';
import { t } from '@/utils/i18n/active';

/** Clock ids shown as countdowns (H1a ClockId, plus the SAFE-T clocks read from pages). */
export type ClockId =
  | 'return-refund' | 'amazon-cs-reply' | 'buyer-reply' | 'automated-refund'
  | 'safet-filing' | 'safet-wait' | 'safet-reply' | 'safet-appeal';

/** One countdown to `dueAt`, shown in `timeZone`. */
export function DeadlineTime({ clock, dueAt, timeZone }: { clock: ClockId; dueAt: Date; timeZone: string }) {
  const now = useNow();
  const overdue = dueAt.getTime() <= now.getTime();
  const due = formatDue(dueAt, timeZone);
  return (
    <time
      className={overdue ? 'sfp-countdown sfp-overdue' : 'sfp-countdown'}
      data-sfp-deadline={clock}
      dateTime={dueAt.toISOString()}
      title={t('common.dueTitle', { when: due })}
    >
      {formatRemaining(dueAt, now)}
      <span className="sfp-due"> · {due}</span>
    </time>
  );
}
