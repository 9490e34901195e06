/**
 * A countdown as `<time datetime>`: "in 3 h 20 min" / "overdue 2 d 4 h", with the due instant in the
 * given time zone as its title. Pure: `now` comes from the caller's single ticking clock.
 */

/** "3 h 20 min", "2 d 4 h", "12 min", "< 1 min". */
export function formatSpan(ms: number): string {
  const min = Math.floor(Math.abs(ms) / 60_000);
  if (min < 1) return '< 1 min';
  const d = Math.floor(min / 1440), h = Math.floor((min % 1440) / 60), m = min % 60;
  if (d) return h ? `${d} d ${h} h` : `${d} d`;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The due instant as the seller reads it: "Tue 1 Dec, 00:00 PST". One cached formatter per zone. */
export function formatInstant(iso: string, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
    });
    formats.set(timeZone, f);
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
      title={`Due ${due}`}
      className={left <= 0 ? 'sfp-countdown sfp-overdue' : 'sfp-countdown'}
      {...(clock ? { 'data-sfp-deadline': clock } : {})}
    >
      {left <= 0 ? `overdue ${formatSpan(left)}` : `in ${formatSpan(left)}`}
    </time>
  );
}
