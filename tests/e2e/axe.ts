// axe-core inside SFP Guide's shadow roots (the overlay root and every row chip), shared by the e2e suites.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the overlay root and on every row chip (each in its own shadow root): "id: targets" strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const targets: Element[] = [];
    const root = document.querySelector('sfp-guide-overlay')?.shadowRoot?.querySelector('[data-sfp-overlay]');
    if (root) targets.push(root);
    const walk = (n: Document | ShadowRoot) => {
      for (const h of n.querySelectorAll('sfp-guide-chip')) {
        const chip = h.shadowRoot?.querySelector('[data-sfp-chip]');
        if (chip) targets.push(chip);
      }
      for (const el of n.querySelectorAll('*')) if (el.shadowRoot && el.localName !== 'sfp-guide-chip') walk(el.shadowRoot);
    };
    walk(document);
    if (targets.length === 0) return ['nothing to check'];
    const out: string[] = [];
    for (const t of targets) {
      const r = await w.axe.run(t, { resultTypes: ['violations'] });
      out.push(...r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`));
    }
    return out;
  });
}
