/**
 * A background refusal in the UI's language (popup and options notices): its code's text
 * (`actions.error.<code>`), or "unknown error" for a reply without one. The English `error` is for logs.
 */
import { t } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';
import type { Failure } from './messages';

export function failureText(reply: unknown): string {
  const code = (reply as Partial<Failure> | null | undefined)?.code;
  return code ? t(`actions.error.${code}` as MessageKey) : t('popup.notice.unknownError');
}
