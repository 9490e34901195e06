/** Export / import of actions (JSON, CSV) and "clear all data" with a confirmation step. */
import '@/utils/i18n/english-extension';
import { useState } from 'react';
import type { Action } from '@/utils/actions/model';
import { parseImport, toCsv, toJson, type ImportResult } from '@/utils/actions/export';
import { t } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DataSettings({ actions, today, onImport, onClear }: {
  actions: readonly Action[]; today: string;
  onImport(actions: Action[]): Promise<string>;
  onClear(): Promise<void>;
}) {
  const [pending, setPending] = useState<ImportResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="sfp-data">
      <h2 id="sfp-data">{t('options.data.heading')}</h2>
      <p>{t('options.data.stored', { n: actions.length })}</p>
      <button type="button" onClick={() => download(`sfp-guide-actions-${today}.json`, 'application/json', toJson(actions))}>{t('options.data.exportJson')}</button>{' '}
      <button type="button" onClick={() => download(`sfp-guide-actions-${today}.csv`, 'text/csv', toCsv(actions))}>{t('options.data.exportCsv')}</button>
      <p>
        <label>
          {t('options.data.import')}{' '}
          <input type="file" accept=".json,.csv,application/json,text/csv" onChange={async (e) => {
            const file = e.target.files?.[0];
            setMessage(null);
            setPending(file ? parseImport(await file.text()) : null);
          }} />
        </label>
      </p>
      {pending && (
        <div className="sfp-import" data-sfp-import-report="">
          <p>{t('options.data.report', { valid: pending.actions.length, invalid: pending.errors.length })}</p>
          {pending.errors.length > 0 && (
            <ul className="sfp-import-errors">
              {pending.errors.slice(0, 50).map((e) => <li key={`${e.row}-${e.message}`}>{t('options.data.row', { row: e.row, message: t(`options.data.error.${e.kind}` as MessageKey, e.params) })}</li>)}
              {pending.errors.length > 50 && <li>{t('options.data.more', { n: pending.errors.length - 50 })}</li>}
            </ul>
          )}
          <button type="button" disabled={!pending.actions.length} onClick={async () => {
            setMessage(await onImport(pending.actions));
            setPending(null);
          }}>{t('options.data.importButton', { n: pending.actions.length })}</button>
        </div>
      )}
      <h3>{t('options.data.clearHeading')}</h3>
      {!confirming
        ? <button type="button" onClick={() => setConfirming(true)}>{t('options.data.clear')}</button>
        : (
          <div role="alertdialog" aria-labelledby="sfp-clear-q">
            <p id="sfp-clear-q">{t('options.data.clearQuestion')}</p>
            <button type="button" onClick={async () => {
              await onClear();
              setConfirming(false);
              setMessage(t('options.data.cleared'));
            }}>{t('options.data.clearYes')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </div>
        )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
