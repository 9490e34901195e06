/** Invalid calendar input: unknown time zone, bad day count, invalid date, bad weekend or holiday entry. */
export class CalendarError extends Error {
  override name = 'CalendarError';
}
