import type { ChipTone } from './types';

const DAY = 24 * 60 * 60 * 1000;

/** Urgency of a deadline: overdue once passed, "soon" within 24 h (the badge's amber band, issue 6), else info. */
export function toneFor(dueAt: Date, now: Date): ChipTone {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return 'overdue';
  return left <= DAY ? 'soon' : 'info';
}

/** Parses an ISO instant from an observation; null for absent or invalid values (never a guessed date). */
export function instant(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * True when an instant is exactly local midnight in `timeZone`: how readers encode a date shown without a
 * time ("Nov 26, 2026" in an inbox row). Such a value says the day, not the moment.
 */
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

export function isLocalMidnight(at: Date, timeZone: string): boolean {
  try {
    let f = clockFormatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' });
      clockFormatters.set(timeZone, f);
    }
    const parts = f.formatToParts(at);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
    return get('hour') % 24 === 0 && get('minute') === 0 && get('second') === 0 && at.getUTCMilliseconds() === 0;
  } catch {
    return false;
  }
}
