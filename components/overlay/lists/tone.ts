import type { ChipTone } from './types';
import { zoneFields } from '@/utils/calendar/zone';

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
export function isLocalMidnight(at: Date, timeZone: string): boolean {
  try {
    const f = zoneFields(at.getTime(), timeZone);
    return f.hour === 0 && f.minute === 0 && f.second === 0 && f.millisecond === 0;
  } catch {
    return false;
  }
}
