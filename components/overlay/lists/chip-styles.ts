/**
 * Styles of the list chips. A string (not a .css import) because each row's shadow root needs its own
 * copy (one constructed sheet shared by all of them where the browser supports adoptedStyleSheets).
 * `all: initial` on the host keeps Seller Central's inherited styles out; colours meet WCAG AA on white.
 */
export const CHIP_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 0 2px 6px; }
.sfp-chip {
  display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 4px; max-width: 32em;
  font: 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 2px 8px; border-radius: 10px; border: 1px solid #8a8f98; background: #f4f5f7; color: #1f2329;
}
.sfp-chip[data-tone="ok"] { border-color: #2e7d32; background: #edf7ee; color: #1b4d1e; }
.sfp-chip[data-tone="info"] { border-color: #3a6ea5; background: #eef4fb; color: #173a61; }
.sfp-chip[data-tone="soon"] { border-color: #a15c00; background: #fff4e0; color: #5c3300; }
.sfp-chip[data-tone="overdue"] { border-color: #b3261e; background: #fdecea; color: #7a1410; }
.sfp-chip[data-tone="unclear"] { border-style: dashed; }
.sfp-chip time { font-weight: 600; }
/* The absolute due date stays in the <time> title: chips must stay one short line beside the row. */
.sfp-chip .sfp-due { display: none; }
.sfp-chip .sfp-rule { display: inline-flex; gap: 4px; }
.sfp-chip a { color: inherit; text-decoration: underline; font-size: 11px; }
.sfp-chip a:focus-visible, .sfp-chip button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
.sfp-verify { font-size: 11px; font-style: italic; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
