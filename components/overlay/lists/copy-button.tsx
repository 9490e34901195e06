import { useState } from 'react';
import { useOverlayEnv } from '../overlay-env';

/**
 * Copies text to the seller's clipboard (the overlay's copyText service) and says so in a live region.
 * Never types into Amazon's editor, never sends: the seller pastes and sends themselves.
 */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const { services } = useOverlayEnv();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await services.copyText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" data-sfp-copy={what} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="sfp-copy-status">
        {status === 'copied' ? 'Copied — paste it into the reply yourself.' : status === 'failed' ? 'Could not copy: select the text and copy it.' : ''}
      </span>
    </>
  );
}
