import './english';
import type { ChipModel, ChipTone } from './types';
import { t } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';

const ORDER: readonly ChipTone[] = ['overdue', 'soon', 'info', 'unclear', 'ok'];


/** "<strong>4</strong> returns: …": the summary sentence with its count in bold, in the table's word order. */
function summaryParts(count: number, noun: string, parts: string) {
  const [before, after] = t('lists.summary', { noun, parts, count: '\u0000' }).split('\u0000') as [string, string?];
  return (
    <>
      {before}
      <strong>{count}</strong>
      {after}
    </>
  );
}

/** One line counting a list's chips by urgency, e.g. "4 returns: 1 overdue, 1 due within 24 h, 2 no action". */
export function ListSummary({ chips, noun, empty }: { chips: readonly ChipModel[]; noun: MessageKey; empty: string }) {
  if (chips.length === 0) return <p className="sfp-summary sfp-muted" data-sfp-list-summary="">{empty}</p>;
  const counts = new Map<ChipTone, number>();
  for (const c of chips) counts.set(c.tone, (counts.get(c.tone) ?? 0) + 1);
  const parts = ORDER.filter((tone) => counts.has(tone)).map((tone) => t(`lists.tone.${tone}`, { n: counts.get(tone)! }));
  return (
    <p className="sfp-summary" data-sfp-list-summary="">
      {summaryParts(chips.length, t(noun, undefined, chips.length), parts.join(t('lists.partSep')))}
    </p>
  );
}
