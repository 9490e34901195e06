import { CalendarError, type ErrorParams } from '@/utils/calendar/errors';
import type { MessageKey, Translator } from '@/utils/i18n/translate';

/** What was wrong with the policy input; each has a text in every language (`policy.error.<kind>`). */
export type PolicyInputErrorKind =
  | 'calendar' | 'clock' | 'eventDate' | 'marketplace' | 'problem' | 'noPageDate' | 'pageDate'
  | 'factsMissing' | 'nowDate' | 'issuer' | 'fulfillment' | 'refundedDate' | 'refundedAfterNow'
  | 'deliveredDate' | 'deliveredAfterNow' | 'deliveredNotReturned';

/**
 * Invalid input to the policy functions (bad date, unknown marketplace or clock, invalid calendar).
 * `message` is English (logs, tests); the seller reads `kind` with `params` through `inputErrorText`.
 */
export class PolicyInputError extends Error {
  override name = 'PolicyInputError';
  constructor(message: string, readonly kind: PolicyInputErrorKind, readonly params: ErrorParams = {}, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * The seller's wording of an input error in `t`'s language: a PolicyInputError or CalendarError by its kind
 * (an invalid calendar names what is wrong with it), anything else as the generic "could not be checked".
 */
export function inputErrorText(error: unknown, t: Translator): string {
  if (error instanceof CalendarError) return t(`policy.calendarError.${error.kind}` as MessageKey, error.params);
  if (error instanceof PolicyInputError) {
    if (error.kind === 'calendar') {
      const cause = error.cause instanceof CalendarError ? inputErrorText(error.cause, t) : t('policy.error.unknown');
      return t('policy.error.calendar', { error: cause });
    }
    return t(`policy.error.${error.kind}` as MessageKey, error.params);
  }
  return t('policy.error.unknown');
}
