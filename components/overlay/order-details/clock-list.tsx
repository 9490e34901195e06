/**
 * The open clocks of an order, each a live countdown with its rule's source ("≈ verify" when Amazon
 * does not state the rule) and the one-sentence explanation from the policy engine.
 */
import './english';
import { DeadlineTime } from '../deadline-time';
import { RuleSource } from '../rule-source';
import type { OrderClock } from './order-guidance';
import { t } from '@/utils/i18n/active';
import { ruleRefOf } from '../rule-source';



/** List of open clocks; renders nothing when there are none. */
export function ClockList({ clocks, timeZone }: { clocks: readonly OrderClock[]; timeZone: string }) {
  if (clocks.length === 0) return null;
  return (
    <ul className="sfp-list" aria-label={t('order.openDeadlines')}>
      {clocks.map((c) => (
        <li key={c.clock} data-sfp-clock={c.clock}>
          <span className="sfp-clock-label">{c.label}</span>{' '}
          <DeadlineTime clock={c.clock} dueAt={c.dueAt} timeZone={timeZone} />
          {c.rule && <RuleSource rule={ruleRefOf(c.rule)} />}
          <span className="sfp-muted"> {t('order.originShown', { origin: t(`order.origin.${c.origin}`) })}</span>
          {c.explanation && <p className="sfp-muted">{c.explanation}</p>}
        </li>
      ))}
    </ul>
  );
}
