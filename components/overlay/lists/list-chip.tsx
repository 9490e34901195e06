import './english';
import type { ChipModel } from './types';
import { DeadlineTime } from '../deadline-time';
import { RuleSource } from '../rule-source';
import { t, translator } from '@/utils/i18n/active';

/**
 * One chip beside a list row: `[data-sfp-chip][data-order-id]`, its deadline as the shared live
 * `<time data-sfp-deadline="<clock>" datetime="<ISO>">`. All text is rendered as text (React escapes
 * it): nothing read from the page is ever turned into markup.
 */
export function ListChip({ chip }: { chip: ChipModel }) {
  const d = chip.deadline;
  return (
    <span className="sfp-chip" data-sfp-chip="" data-order-id={chip.orderId} data-tone={chip.tone} title={chip.detail} lang={translator().lang}>
      <span className="sfp-chip-label">{chip.label}</span>
      {/* Real spaces between the parts: screen readers and copy-paste read text, not the flex gap. */}
      {d ? (
        <>
          {' '}
          <span className="sfp-chip-when">
            {d.lead ? `${t('lists.lead', { lead: d.lead })} ` : null}
            <DeadlineTime clock={d.clock} dueAt={d.dueAt} timeZone={d.timeZone} />
          </span>
        </>
      ) : null}
      {chip.rule ? (
        <>
          {' '}
          <RuleSource rule={chip.rule} />
        </>
      ) : null}
    </span>
  );
}
