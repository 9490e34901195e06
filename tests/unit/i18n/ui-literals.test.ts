/** No user-visible text is written in UI code: it all comes from the locale tables (ui-literals.ts). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource } from './ui-literals';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('UI literals', () => {
  it('components/ and entrypoints/ contain no user-visible string literal', () => {
    const found = ['components', 'entrypoints'].flatMap(sources).flatMap((file) => scanSource(file, readFileSync(file, 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line} ${f.kind}: ${f.text}`)).toEqual([]);
  });

  it('catches each kind of literal in a sample source (the scan can fail)', () => {
    const sample = `
      import { t } from '@/utils/i18n/active';
      const LABELS = { done: 'Marked as done', key: 'return-refund' };
      const chip = { label: 'Refunded', tone: 'ok', title: 'order.title.key', detail: late ? 'Late' : 'on-time' };
      export function Panel() {
        const cls = 'sfp-root sfp-compact';
        return (
          <section className={cls} aria-label="Deadlines of this order" data-sfp-page="order-details">
            Due soon
            {open ? 'Hide' : 'Show'}{open && 'sfp-x'}
            <button title={\`Undo \${1}\`} aria-label={t('common.undo')}>{t('common.undo')}</button>
            <a href="https://example.com/help">{' '}</a>
            {new Error('not shown to the seller').message}
            <abbr title="SFP Guide">·</abbr>
          </section>
        );
      }`;
    const found = scanSource('sample.tsx', sample).map((f) => [f.kind, f.text]);
    expect(found).toEqual([
      ['prose', 'Marked as done'],
      ['text-property', 'Refunded'],
      ['text-property', 'Late'],
      ['text-attribute', 'Deadlines of this order'],
      ['jsx-text', 'Due soon'],
      ['jsx-text', 'Hide'],
      ['jsx-text', 'Show'],
      ['text-attribute', 'Undo'],
    ]);
  });
});
