/**
 * Styles of the list-page panels inside the overlay's shadow root (the overlay's own style.css covers the
 * shared classes: sfp-list, sfp-muted, sfp-countdown, sfp-rule, sfp-verify). Rendered as a <style> by the
 * panels so the list features stay one folder.
 */
export const LIST_PANEL_CSS = `
/* Panel headings are h2 (the page has its h1), sized like the overlay's section headings. */
.sfp-h { font-size: 13px; margin: 6px 0 4px; color: #0f1111; }
.sfp-summary { margin: 2px 0; }
.sfp-summary strong { font-variant-numeric: tabular-nums; }
.sfp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
.sfp-facts dt { font-weight: 600; color: #3b4149; }
.sfp-facts dd { margin: 0; }
.sfp-todo { font-weight: 600; }
.sfp-deadlines { list-style: none; margin: 4px 0; padding: 0; }
.sfp-deadlines > li { padding: 3px 0; border-top: 1px solid #e3e6e8; }
.sfp-deadlines > li:first-child { border-top: 0; }
.sfp-deadline-title { font-weight: 600; }
.sfp-explain { color: #4f555c; font-size: 12px; }
.sfp-reply { margin: 6px 0; padding: 6px 8px; border: 1px solid #d5d9d9; border-radius: 4px; background: #fafafa; }
.sfp-reply-text { white-space: pre-wrap; margin: 4px 0 6px; }
.sfp-copy-status { margin-left: 8px; color: #1b4d1e; }
.sfp-reasons { margin: 6px 0 0; padding-left: 18px; font-size: 12px; }
.sfp-form { display: grid; grid-template-columns: max-content minmax(10rem, 1fr); gap: 4px 8px; align-items: center; margin: 6px 0; }
.sfp-form .sfp-check { grid-column: 1 / -1; }
.sfp-form select, .sfp-form input[type="datetime-local"] { font: inherit; padding: 2px 4px; }
.sfp-evidence { margin: 6px 0 0; border: 1px solid #d5d9d9; border-radius: 4px; }
.sfp-evidence .sfp-check { display: block; padding: 2px 0; }
.sfp-root button { font: inherit; padding: 2px 10px; border: 1px solid #8d9096; border-radius: 4px; background: #fff; color: #0f1111; cursor: pointer; }
.sfp-root button:focus-visible, .sfp-root select:focus-visible, .sfp-root input:focus-visible, .sfp-root a:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
`;
