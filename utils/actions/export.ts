/**
 * Export and import of actions as JSON or CSV (options page). Import validates every row with the
 * Action schema and the id rule, and reports each invalid row with its number and reason — the valid
 * rows are still imported. Exports contain only what the queue stores (ids, enums, instants, rule ids).
 */
import * as v from 'valibot';
import { ActionSchema, type Action } from './model';
import { expectedId } from './compact';

/** CSV columns, in order. */
export const CSV_COLUMNS = [
  'id', 'kind', 'orderId', 'ref', 'marketplace', 'host', 'clock', 'startedAt', 'dueAt', 'ruleId', 'status',
  'closedAt', 'closedBy', 'snoozedUntil', 'origin', 'notified', 'createdAt',
] as const;

/** Why a row or file could not be imported; the seller reads it as `options.data.error.<kind>` with `params`. */
export type ImportErrorKind = 'json' | 'noList' | 'tooMany' | 'csvHeader' | 'field' | 'id';

/** A row that could not be imported (`message` in English, for logs and tests). */
export interface ImportError { row: number; message: string; kind: ImportErrorKind; params?: Readonly<Record<string, string | number>> }
/** Result of parsing an import file. */
export interface ImportResult { actions: Action[]; errors: ImportError[] }

export const MAX_IMPORT_ROWS = 20_000;

export function toJson(actions: readonly Action[]): string {
  return JSON.stringify({ format: 'sfp-guide-actions', version: 1, actions }, null, 1);
}

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(actions: readonly Action[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of actions) lines.push(CSV_COLUMNS.map((c) => csvCell(a[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** RFC 4180 parser (quotes, doubled quotes, CRLF/LF). Linear in the input. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function validate(raw: unknown, row: number, out: ImportResult): void {
  const p = v.safeParse(ActionSchema, raw);
  if (!p.success) {
    const issue = p.issues[0];
    const field = v.getDotPath(issue);
    out.errors.push({ row, message: `${field || 'row'}: ${issue.message}`, kind: 'field', params: { field: field || '—' } });
  } else if (p.output.id !== expectedId(p.output)) {
    out.errors.push({ row, message: `id: expected ${expectedId(p.output)}`, kind: 'id', params: { expected: expectedId(p.output) } });
  } else out.actions.push(p.output);
}

/** Parses an export file (JSON or CSV, told apart by content). Never throws. */
export function parseImport(text: string): ImportResult {
  const out: ImportResult = { actions: [], errors: [] };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { actions: [], errors: [{ row: 0, message: 'not valid JSON', kind: 'json' }] };
    }
    const list = Array.isArray(data) ? data : (data as { actions?: unknown } | null)?.actions;
    if (!Array.isArray(list)) return { actions: [], errors: [{ row: 0, message: 'no "actions" list', kind: 'noList' }] };
    if (list.length > MAX_IMPORT_ROWS) return { actions: [], errors: [{ row: 0, message: `more than ${MAX_IMPORT_ROWS} rows`, kind: 'tooMany', params: { max: MAX_IMPORT_ROWS } }] };
    list.forEach((item, i) => validate(item, i + 1, out));
    return out;
  }
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header || !header.includes('id') || !header.includes('kind')) {
    return { actions: [], errors: [{ row: 0, message: 'not an SFP Guide CSV export (header missing)', kind: 'csvHeader' }] };
  }
  if (rows.length - 1 > MAX_IMPORT_ROWS) return { actions: [], errors: [{ row: 0, message: `more than ${MAX_IMPORT_ROWS} rows`, kind: 'tooMany', params: { max: MAX_IMPORT_ROWS } }] };
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const obj: Record<string, unknown> = {};
    header.forEach((col, i) => {
      const v = cells[i];
      if (v === undefined || v === '') {
        if (col === 'orderId') obj[col] = null;
        return;
      }
      obj[col] = col === 'notified' ? Number(v) : v;
    });
    validate(obj, r + 1, out); // row numbers as a spreadsheet shows them (header = row 1)
  }
  return out;
}
