/** Export / import of actions (JSON, CSV) and "clear all data" with a confirmation step. */
import { useState } from 'react';
import type { Action } from '@/utils/actions/model';
import { parseImport, toCsv, toJson, type ImportResult } from '@/utils/actions/export';

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
      <h2 id="sfp-data">Your data</h2>
      <p>{actions.length} action(s) stored. Exports contain order ids, marketplaces, deadlines and rule ids — no buyer data.</p>
      <button type="button" onClick={() => download(`sfp-guide-actions-${today}.json`, 'application/json', toJson(actions))}>Export JSON</button>{' '}
      <button type="button" onClick={() => download(`sfp-guide-actions-${today}.csv`, 'text/csv', toCsv(actions))}>Export CSV</button>
      <p>
        <label>
          Import actions (JSON or CSV){' '}
          <input type="file" accept=".json,.csv,application/json,text/csv" onChange={async (e) => {
            const file = e.target.files?.[0];
            setMessage(null);
            setPending(file ? parseImport(await file.text()) : null);
          }} />
        </label>
      </p>
      {pending && (
        <div className="sfp-import" data-sfp-import-report="">
          <p>{pending.actions.length} valid row(s), {pending.errors.length} invalid.</p>
          {pending.errors.length > 0 && (
            <ul className="sfp-import-errors">
              {pending.errors.slice(0, 50).map((e) => <li key={`${e.row}-${e.message}`}>Row {e.row}: {e.message}</li>)}
              {pending.errors.length > 50 && <li>… and {pending.errors.length - 50} more</li>}
            </ul>
          )}
          <button type="button" disabled={!pending.actions.length} onClick={async () => {
            setMessage(await onImport(pending.actions));
            setPending(null);
          }}>Import {pending.actions.length} action(s)</button>
        </div>
      )}
      <h3>Clear all data</h3>
      {!confirming
        ? <button type="button" onClick={() => setConfirming(true)}>Clear all data…</button>
        : (
          <div role="alertdialog" aria-labelledby="sfp-clear-q">
            <p id="sfp-clear-q">Delete all actions, marks and settings? This cannot be undone.</p>
            <button type="button" onClick={async () => {
              await onClear();
              setConfirming(false);
              setMessage('All data cleared.');
            }}>Yes, delete everything</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
