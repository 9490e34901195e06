import './english';
import type { PanelProps } from '../feature';
import type { ReturnsObservation } from '@/utils/pages/observation';
import { LIST_PANEL_CSS } from './list-panel-styles';
import { ListSummary } from './list-summary';
import { returnChips } from './returns-model';
import { RowChips } from './row-chips';
import { useListContext } from './use-list-context';
import { t } from '@/utils/i18n/active';

/** Manage Returns: a summary in the overlay and a chip beside each return row. */
export function ReturnsPanel({ observation, page }: PanelProps<ReturnsObservation>) {
  const ctx = useListContext(observation.marketplace, page.marketplace);
  const chips = returnChips(observation, ctx);
  return (
    <div data-sfp-list="returns">
      <style>{LIST_PANEL_CSS}</style>
      <ListSummary chips={chips} noun="lists.noun.return" empty={t('lists.returns.empty')} />
      <RowChips chips={chips} doc={document} epoch={observation.observedAt} />
    </div>
  );
}
