import type { PanelDeadline } from './types';
import { DeadlineTime } from '../deadline-time';
import { RuleSource } from '../rule-source';
import { t } from '@/utils/i18n/active';

/** Deadlines of a list-page panel: live countdown (shared DeadlineTime), why, and the rule's source. */
export function DeadlineList({ deadlines }: { deadlines: readonly PanelDeadline[] }) {
  if (deadlines.length === 0) return null;
  return (
    <ul className="sfp-deadlines" aria-label={t('overlay.deadlines')}>
      {deadlines.map((d) => (
        <li key={d.clock}>
          <span className="sfp-deadline-title">{d.title}</span>{' '}
          <DeadlineTime clock={d.clock} dueAt={d.dueAt} timeZone={d.timeZone} />
          <div className="sfp-explain">
            {d.explanation} <RuleSource rule={d.rule} />
          </div>
        </li>
      ))}
    </ul>
  );
}
