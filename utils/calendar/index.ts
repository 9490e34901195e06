/**
 * Business calendars: business-day deadlines in an explicit IANA zone and per-marketplace holiday sets.
 * Public contract: architecture.md "Public contracts" (BusinessCalendar, businessDeadline).
 */
export { CalendarError } from './errors';
export {
  businessDeadline,
  businessDeadlineDetail,
  businessDayTest,
  DEFAULT_WEEKEND,
  MAX_BUSINESS_DAYS,
  type BusinessCalendar,
  type BusinessDeadlineDetail,
  type SkipReason,
} from './business-days';
export { calendarFor, defaultHolidays, holidayDataCovers, type CalendarOverrides } from './holidays';
export { HOLIDAY_YEARS } from './holiday-sources';
export {
  dayKey,
  dayParts,
  isValidTimeZone,
  localDay,
  parseDayKey,
  startOfLocalDate,
  startOfLocalDay,
  weekdayOf,
  type DayNumber,
} from './civil-date';
export { zoneFields, zonedTime, type ZoneFields } from './zone';
