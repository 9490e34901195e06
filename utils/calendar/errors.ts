/** Parameters of an input error's message (filled into its locale text `policy.calendarError.<kind>`). */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** What was wrong with the calendar input; each has a text in every language (`policy.calendarError.<kind>`). */
export type CalendarErrorKind =
  | 'zone' | 'eventDate' | 'dayKey' | 'marketplace' | 'removedList' | 'removedDay' | 'addedList' | 'addedDay'
  | 'holidayDay' | 'weekendList' | 'weekendDay' | 'weekendFull' | 'missing' | 'businessDays';

/**
 * Invalid calendar input: unknown time zone, bad day count, invalid date, bad weekend or holiday entry.
 * `message` is English (logs, tests); the seller reads `kind` with `params` in their language
 * (utils/policy/errors.ts `inputErrorText`).
 */
export class CalendarError extends Error {
  override name = 'CalendarError';
  constructor(message: string, readonly kind: CalendarErrorKind, readonly params: ErrorParams = {}) {
    super(message);
  }
}
