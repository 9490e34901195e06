import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { RowChips } from '@/components/overlay/lists/row-chips';
import { ROW_HOST_TAG } from '@/components/overlay/lists/row-hosts';
import { findRowAnchors } from '@/components/overlay/lists/row-anchors';
import type { ChipModel } from '@/components/overlay/lists/types';
import { makeEnv, withEnv } from './env';

const A = '112-4738291-5047863';
const B = '114-1111111-2222222';

function table(): HTMLTableElement {
  document.body.innerHTML = `
    <h1>Order ${A} selected</h1>
    <table id="orders-table"><tbody>
      <tr><td>1</td><td><a class="order-link" href="/orders-v3/order/${A}">${A}</a><div>Buyer name: Sam Sample</div></td><td>Shipped</td></tr>
      <tr><td>2</td><td><div class="plain">${B}</div></td><td>Unshipped</td></tr>
    </tbody></table>`;
  return document.querySelector('table')!;
}

const chip = (over: Partial<ChipModel>): ChipModel => ({ key: `k:${over.anchor}`, orderId: over.anchor ?? '', anchor: A, tone: 'info', label: 'Refund due', ...over });

function chipsIn(host: Element): HTMLElement[] {
  return [...(host.shadowRoot?.querySelectorAll<HTMLElement>('[data-sfp-chip]') ?? [])];
}

describe('RowChips', () => {
  it('puts one shadow host beside each row\'s order id, prefers the row over a page header, and keeps the table intact', () => {
    const t = table();
    const cellsBefore = [...t.rows].map((r) => r.cells.length);
    const env = makeEnv();
    const due = new Date('2026-11-28T08:00:00.000Z');
    const { unmount } = render(withEnv(env, (
      <RowChips
        doc={document}
        chips={[
          chip({ anchor: A, orderId: A, deadline: { clock: 'return-refund', dueAt: due, timeZone: 'America/Los_Angeles' } }),
          chip({ anchor: B, orderId: B, label: 'Reply to buyer due' }),
        ]}
      />
    )));
    const hosts = [...document.querySelectorAll(ROW_HOST_TAG)];
    expect(hosts).toHaveLength(2);
    // Beside the link (a sibling inside the same cell), not in the <h1>.
    expect(hosts[0]!.previousElementSibling?.className).toBe('order-link');
    expect(hosts[0]!.closest('h1')).toBeNull();
    // Block element showing the id: appended inside it.
    expect(hosts[1]!.parentElement?.className).toBe('plain');
    expect([...t.rows].map((r) => r.cells.length)).toEqual(cellsBefore);

    const [a] = chipsIn(hosts[0]!);
    expect(a?.dataset.orderId).toBe(A);
    const time = a?.querySelector('time[data-sfp-deadline="return-refund"]');
    expect(time?.getAttribute('datetime')).toBe(due.toISOString());
    expect(a?.textContent).toMatch(/Refund due\s*in 19 h/);
    expect(chipsIn(hosts[1]!)[0]?.textContent).toContain('Reply to buyer due');

    unmount();
    expect(document.querySelectorAll(ROW_HOST_TAG)).toHaveLength(0);
  });

  it('groups several chips of one order into its row host and drops chips whose row is absent', () => {
    table();
    render(withEnv(makeEnv(), (
      <RowChips doc={document} chips={[chip({ key: 'r1', anchor: A }), chip({ key: 'r2', anchor: A }), chip({ key: 'r3', anchor: '999-9999999-9999999' })]} />
    )));
    const hosts = document.querySelectorAll(ROW_HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(chipsIn(hosts[0]!)).toHaveLength(2);
  });

  it('finds rows rendered inside open shadow roots (kat-* components) and re-anchors after the SPA replaces rows', () => {
    document.body.innerHTML = '<kat-table></kat-table>';
    const kat = document.querySelector('kat-table')!;
    const shadow = kat.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div role="row"><span class="id">${A}</span></div>`;
    const chips = [chip({ anchor: A, orderId: A })];
    const { rerender } = render(withEnv(makeEnv(), <RowChips doc={document} chips={chips} epoch="1" />));
    expect(shadow.querySelector(ROW_HOST_TAG)?.previousElementSibling?.className).toBe('id');

    // The SPA re-renders the rows: our host goes with them; the next read (new epoch) puts it back.
    act(() => {
      shadow.innerHTML = `<div role="row"><span class="id2">${A}</span></div>`;
    });
    rerender(withEnv(makeEnv(), <RowChips doc={document} chips={chips} epoch="2" />));
    const host = shadow.querySelector(ROW_HOST_TAG);
    expect(host?.previousElementSibling?.className).toBe('id2');
    expect(chipsIn(host!)).toHaveLength(1);
  });

  it('renders hostile text from the page as text: no element, no handler, no javascript: link', () => {
    table();
    const hostile = '<img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a>';
    render(withEnv(makeEnv(), (
      <RowChips
        doc={document}
        chips={[chip({ anchor: A, label: hostile, detail: hostile, rule: { id: 'r', title: hostile, source: 'javascript:alert(1)', status: 'inferred' } })]}
      />
    )));
    const host = document.querySelector(ROW_HOST_TAG)!;
    const root = host.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelector('[data-sfp-chip]')?.textContent).toContain('<img src=x onerror=');
    expect(root.textContent).toContain('≈ verify');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('findRowAnchors', () => {
  it('matches whole order ids only, skips scripts, inputs and our own hosts, and reads same-origin frames', () => {
    document.body.innerHTML = `
      <script>var x = "${A}";</script>
      <input value="${A}">
      <sfp-guide-chip>${A}</sfp-guide-chip>
      <p>9${A}9 is not it</p>
      <iframe></iframe>`;
    const frame = document.querySelector('iframe')!;
    const inner = frame.contentDocument;
    if (inner) inner.body.innerHTML = `<table><tr><td><span id="in-frame">${A}</span></td></tr></table>`;
    const found = findRowAnchors(document, [A, '8123456789']);
    if (inner) expect(found.get(A)?.element.id).toBe('in-frame');
    else expect(found.get(A)).toBeUndefined();
    expect(found.has('8123456789')).toBe(false);
  });

  it('finds keys that are a whole text node: an order id (19 characters) and a shorter claim id', () => {
    document.body.innerHTML = `<table><tr><td>Order</td><td><a id="order">${A}</a></td><td><span id="claim">C-4821</span></td></tr></table>`;
    const found = findRowAnchors(document, [A, 'C-4821']);
    expect(found.get(A)?.element.id).toBe('order');
    expect(found.get('C-4821')?.element.id).toBe('claim');
    expect(findRowAnchors(document, ['C-4821']).get('C-4821')?.element.id).toBe('claim');
  });

  it('does not take a longer digit run for an order id', () => {
    document.body.innerHTML = `<p id="long">9${A}9</p><p id="dash">${A}-1</p>`;
    expect(findRowAnchors(document, [A]).size).toBe(0);
    document.body.innerHTML = `<p id="ok">Order: ${A}.</p>`;
    expect(findRowAnchors(document, [A]).get(A)?.element.id).toBe('ok');
  });
});
