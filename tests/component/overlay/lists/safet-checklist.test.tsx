import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { SafetChecklist } from '@/components/overlay/lists/safet-checklist';
import { makeEnv, withEnv } from './env';

// Date-time inputs take fireEvent.input: React's onChange and preact/compat's (the shipped overlay) both
// listen to 'input' there; selects and checkboxes take fireEvent.change.

const TZ = 'America/Los_Angeles';

function setup(props: Partial<Parameters<typeof SafetChecklist>[0]> = {}) {
  const utils = render(withEnv(makeEnv(), <SafetChecklist orderId="112-4738291-5047863" marketplace="US" timeZone={TZ} {...props} />));
  const field = (name: string) => utils.container.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-sfp-field="${name}"]`)!;
  const verdict = () => utils.container.querySelector('[data-sfp-verdict]')!;
  return { ...utils, field, verdict };
}

describe('SafetChecklist (SAFE-T filing page)', () => {
  it('asks for the refund date before judging, then shows an eligible verdict with a file-by countdown and sources', () => {
    const { field, verdict, container } = setup();
    expect(verdict().getAttribute('data-sfp-verdict')).toBe('need-input');
    fireEvent.input(field('refunded-at'), { target: { value: '2026-11-20T10:00' } });
    expect(verdict().getAttribute('data-sfp-verdict')).toBe('eligible');
    const fileBy = container.querySelector('time[data-sfp-deadline="safet-filing"]');
    // US, after 2026-02-16: 30 calendar days from the refund (Nov 20, 10:00 PST) → Dec 20.
    expect(fileBy?.getAttribute('datetime')?.slice(0, 10)).toBe('2026-12-20');
    expect(container.querySelectorAll('[data-sfp-reason] a[href^="https://"]').length).toBeGreaterThan(0);
    expect(container.textContent).toContain('≈ verify');
    expect(container.querySelectorAll('[data-sfp-evidence]').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading').textContent).toContain('112-4738291-5047863');
  });

  it('runs the window from the later return delivery and lists the photo evidence for customer damage with the 50 % cap', () => {
    const { field, container } = setup();
    fireEvent.input(field('refunded-at'), { target: { value: '2026-11-02T10:00' } });
    fireEvent.input(field('delivered-at'), { target: { value: '2026-11-10T10:00' } });
    fireEvent.change(field('problem'), { target: { value: 'damaged-by-customer' } });
    expect(container.querySelector('time[data-sfp-deadline="safet-filing"]')?.getAttribute('datetime')?.slice(0, 10)).toBe('2026-12-10');
    expect(container.textContent).toContain('at most 50 % reimbursed');
    expect(container.querySelector('[data-sfp-evidence="photos"]')).not.toBeNull();
  });

  it('says not eligible when the seller refunded, and routes transit losses to the carrier', () => {
    const { field, verdict, container } = setup();
    fireEvent.input(field('refunded-at'), { target: { value: '2026-11-20T10:00' } });
    fireEvent.change(field('issuer'), { target: { value: 'seller' } });
    expect(verdict().getAttribute('data-sfp-verdict')).toBe('not-eligible');
    expect(container.querySelector('time[data-sfp-deadline="safet-filing"]')).toBeNull();
    fireEvent.change(field('issuer'), { target: { value: 'amazon-cs' } });
    fireEvent.change(field('problem'), { target: { value: 'lost-in-return-transit' } });
    expect(verdict().textContent).toContain('Claim from the carrier instead');
  });

  it('shows a closed window for an old refund, and a typed message for impossible dates', () => {
    const { field, verdict } = setup();
    fireEvent.input(field('refunded-at'), { target: { value: '2026-06-01T10:00' } });
    expect(verdict().getAttribute('data-sfp-verdict')).toBe('window-closed');
    fireEvent.input(field('refunded-at'), { target: { value: '2027-01-01T10:00' } });
    expect(verdict().getAttribute('data-sfp-verdict')).toBe('invalid');
    expect(verdict().textContent).toMatch(/Check your answers: .*after now/);
  });

  it('does not judge without a marketplace, and prefills a marked return delivery', () => {
    const { verdict, field } = setup({ marketplace: null, knownReturnDeliveredAt: new Date('2026-11-24T18:30:00.000Z') });
    expect(field('delivered-at').value).toBe('2026-11-24T10:30');
    fireEvent.input(field('refunded-at'), { target: { value: '2026-11-20T10:00' } });
    expect(verdict().getAttribute('data-sfp-verdict')).toBe('need-input');
    expect(verdict().textContent).toMatch(/marketplace/);
  });
});
