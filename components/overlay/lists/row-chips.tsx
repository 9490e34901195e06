import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ChipModel } from './types';
import { ListChip } from './list-chip';
import { removeRowHosts, syncRowHosts, type RowHost } from './row-hosts';

/**
 * Renders each chip into a shadow host beside its row (see row-hosts.ts for why), from one React tree:
 * the list panel stays a single root and the chips are portals, so they share the overlay's clock and
 * services. `epoch` changes when the page was re-read (the SPA may have replaced rows), which
 * re-anchors hosts that left the document. Chips whose row is not found are not shown.
 */
export function RowChips({ chips, doc, epoch }: { chips: readonly ChipModel[]; doc: Document; epoch?: string }) {
  const hostsRef = useRef(new Map<string, RowHost>());
  const [hosts, setHosts] = useState<ReadonlyMap<string, RowHost>>(() => new Map());
  const anchors = [...new Set(chips.map((c) => c.anchor).filter(Boolean))].join('\u0001');

  useLayoutEffect(() => {
    const next = syncRowHosts(doc, anchors ? anchors.split('\u0001') : [], hostsRef.current);
    hostsRef.current = next;
    setHosts(new Map(next));
  }, [doc, anchors, epoch]);

  useLayoutEffect(() => {
    const ref = hostsRef;
    return () => removeRowHosts(ref.current);
  }, [doc]);

  // Several chips may share a row (two returns on one order): group them into that row's host.
  const byAnchor = new Map<string, ChipModel[]>();
  for (const chip of chips) {
    const list = byAnchor.get(chip.anchor);
    if (list) list.push(chip);
    else byAnchor.set(chip.anchor, [chip]);
  }
  return (
    <>
      {[...byAnchor].map(([anchor, group]) => {
        const h = hosts.get(anchor);
        return h
          ? createPortal(
              <>
                {group.map((chip) => (
                  <ListChip key={chip.key} chip={chip} />
                ))}
              </>,
              h.root,
              anchor,
            )
          : null;
      })}
    </>
  );
}
