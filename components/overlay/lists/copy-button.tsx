import { useState } from 'react';
import { useOverlayEnv } from '../overlay-env';
import { t } from '@/utils/i18n/active';

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
        {status === 'copied' ? t('overlay.copy.copied') : status === 'failed' ? t('overlay.copy.failed') : ''}
      </span>
    </>
  );
}
