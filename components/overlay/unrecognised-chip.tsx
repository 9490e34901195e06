/**
 * The "page not recognised" chip (architecture.md "Failure policy"): shown when a reader could not find
 * its anchors. It never shows guidance computed from a guess; it offers the scrubbed page snapshot
 * (H2b snapshotPage: structure and labels kept, personal text removed) for a bug report.
 */
import { useState } from 'react';
import { useOverlayEnv } from './overlay-env';
import { t } from '@/utils/i18n/active';
import { unrecognisedTooltip } from './unrecognised-names';

/** Placeholder: the project's public issue tracker, to be confirmed when the repository is published. */
export const ISSUE_TRACKER_URL = 'https://github.com/sfp-guide/sfp-guide/issues/new';

/** Neutral chip for a page whose layout the reader did not recognise. */
export function UnrecognisedChip({ missing }: { missing: readonly string[] }) {
  const { services } = useOverlayEnv();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = () => {
    let text: string;
    try {
      text = services.snapshot();
    } catch (error) {
      services.reportError('snapshot', error);
      setCopy('failed');
      return;
    }
    services.copyText(text).then(
      () => setCopy('copied'),
      (error: unknown) => {
        services.reportError('clipboard', error);
        setCopy('failed');
      },
    );
  };
  return (
    <div className="sfp-chip sfp-neutral" data-sfp-unrecognised="" role="group" aria-label={t('overlay.unrecognised.label')}>
      <span title={unrecognisedTooltip(missing)}>{t('overlay.unrecognised.label')}</span>
      <button type="button" className="sfp-button" data-sfp-copy-snapshot="" onClick={onCopy}>
        {t('overlay.unrecognised.copy')}
      </button>
      <a href={ISSUE_TRACKER_URL} target="_blank" rel="noreferrer noopener">
        {t('overlay.unrecognised.report')}
      </a>
      <span role="status" className="sfp-muted">
        {copy === 'copied' ? t('overlay.unrecognised.copied') : copy === 'failed' ? t('overlay.unrecognised.failed') : ''}
      </span>
    </div>
  );
}
