/**
 * A countdown as `<time datetime>`: "in 3 h 20 min" / "overdue 2 d 4 h", with the due instant in the
 * given time zone as its title. Pure: `now` comes from the caller's single ticking clock.
 */
import { t, translator } from '@/utils/i18n/active';

/** "3 h 20 min", "2 d 4 h", "12 min", "< 1 min". */
export function formatSpan(ms: number): string {
  const min = Math.floor(Math.abs(ms) / 60_000);
  if (min < 1) return t('time.underMinute');
  const d = Math.floor(min / 1440), h = Math.floor((min % 1440) / 60), m = min % 60;
  const [days, hours, minutes] = [t('time.days', { n: d }), t('time.hours', { n: h }), t('time.minutes', { n: m })];
  if (d) return h ? t('time.join', { a: days, b: hours }) : days;
  if (h) return m ? t('time.join', { a: hours, b: minutes }) : hours;
  return minutes;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The due instant as the seller reads it: "Tue 1 Dec, 00:00 PST". One cached formatter per zone. */
export function formatInstant(iso: string, timeZone: string): string {
  // Extension pages may use Intl: English keeps its en-GB order, the other languages their own.
  const lang = translator().lang;
  const key = `${lang}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
    });
    formats.set(key, f);
  }
  return f.format(new Date(iso));
}

/** Live countdown to `dueAt` (ISO) at `now`, shown in `timeZone`. */
export function Countdown({ dueAt, now, timeZone, clock }: { dueAt: string; now: Date; timeZone: string; clock?: string }) {
  const left = Date.parse(dueAt) - now.getTime();
  const due = formatInstant(dueAt, timeZone);
  return (
    <time
      dateTime={dueAt}
      title={t('common.dueTitle', { when: due })}
      className={left <= 0 ? 'sfp-countdown sfp-overdue' : 'sfp-countdown'}
      {...(clock ? { 'data-sfp-deadline': clock } : {})}
    >
      {t(left <= 0 ? 'time.overdue' : 'time.in', { span: formatSpan(left) })}
    </time>
  );
}
