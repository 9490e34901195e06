import type { ChipModel, ChipTone } from './types';

const ORDER: readonly ChipTone[] = ['overdue', 'soon', 'info', 'unclear', 'ok'];
const WORD: Record<ChipTone, string> = { overdue: 'overdue', soon: 'due within 24 h', info: 'due later', unclear: 'to check', ok: 'no action' };

/** One line counting a list's chips by urgency, e.g. "4 returns: 1 overdue, 1 due within 24 h, 2 no action". */
export function ListSummary({ chips, noun, empty }: { chips: readonly ChipModel[]; noun: [string, string]; empty: string }) {
  if (chips.length === 0) return <p className="sfp-summary sfp-muted" data-sfp-list-summary="">{empty}</p>;
  const counts = new Map<ChipTone, number>();
  for (const c of chips) counts.set(c.tone, (counts.get(c.tone) ?? 0) + 1);
  const parts = ORDER.filter((t) => counts.has(t)).map((t) => `${counts.get(t)} ${WORD[t]}`);
  return (
    <p className="sfp-summary" data-sfp-list-summary="">
      <strong>{chips.length}</strong> {chips.length === 1 ? noun[0] : noun[1]}: {parts.join(', ')}. Details beside each row.
    </p>
  );
}
