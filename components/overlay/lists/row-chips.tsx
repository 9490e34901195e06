import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ChipModel } from './types';
import { ListChip } from './list-chip';
import { removeRowHosts, syncRowHosts, type RowHost } from './row-hosts';

/**
 * Renders each chip into its own shadow host beside its row (see row-hosts.ts for why), from one React
 * tree: the list panel stays a single root, the chips are portals. `epoch` changes when the page was
 * re-read (rows may have been replaced by the SPA), which re-anchors hosts that left the document.
 */
export function RowChips({ chips, doc, epoch }: { chips: readonly ChipModel[]; doc: Document; epoch?: string }) {
  const hostsRef = useRef(new Map<string, RowHost>());
  const [hosts, setHosts] = useState<ReadonlyMap<string, RowHost>>(() => new Map());
  const signature = chips.map((c) => `${c.key}\u0000${c.anchorText ?? ''}`).join('\u0001');

  useLayoutEffect(() => {
    const keys = signature ? signature.split('\u0001').map((s) => s.split('\u0000')) : [];
    // A chip is anchored by its anchor text (claim id, thread id) when it has one, else by its order id.
    const anchorKeys = keys.map(([key, anchor]) => anchor || key || '');
    const byAnchor = syncRowHosts(doc, anchorKeys, hostsRef.current);
    hostsRef.current = byAnchor;
    const byKey = new Map<string, RowHost>();
    keys.forEach(([key, anchor]) => {
      const h = byAnchor.get(anchor || key || '');
      if (h && key) byKey.set(key, h);
    });
    setHosts(byKey);
  }, [doc, signature, epoch]);

  useLayoutEffect(() => {
    const current = hostsRef;
    return () => removeRowHosts(current.current);
  }, [doc]);

  return (
    <>
      {chips.map((chip) => {
        const h = hosts.get(chip.key);
        return h ? createPortal(<ListChip chip={chip} />, h.root, chip.key) : null;
      })}
    </>
  );
}
