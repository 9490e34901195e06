/**
 * Finds user-visible string literals in UI source (components/, entrypoints/): every text a seller reads
 * must come from the locale tables (utils/i18n/locales/<lang>.json through t()). Parsed with the TypeScript compiler,
 * not regexes, so comments and keys are never mistaken for text. Flags:
 * - JSX text with a letter in it;
 * - a string or template literal with a letter in a text attribute (aria-label, title, placeholder, alt, label);
 * - a string literal with a letter rendered as a JSX child (`{open ? 'Hide' : 'Show'}`), or given to a
 *   text-like property (`label: 'Refunded'`), unless it looks like an id or a message key;
 * - a string or template literal that reads like prose (two words or more) anywhere else, unless it is a
 *   message key passed to t(), CSS, a selector, a URL, or a developer-facing message (Error, console, reportError).
 */
import ts from 'typescript';

/** One literal the seller would read. */
export interface UiLiteral {
  file: string;
  line: number;
  kind: 'jsx-text' | 'text-attribute' | 'text-property' | 'prose';
  text: string;
}

/** Object properties whose string values are shown as text. */
const TEXT_PROPERTIES = new Set(['label', 'title', 'text', 'message', 'detail', 'todo', 'lead', 'summary', 'empty', 'noun', 'heading', 'description']);
/** Ids, enum values and message keys: lower-case words joined by - _ or . (never shown as they are). */
const ID_LIKE = /^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$|^(?:[a-z][A-Za-z0-9]*\.)+[A-Za-z0-9_.]+$/;

/** The literal, or the ?: / ?? / || / && / (…) expression it is a branch of (not a condition). */
function valueOf(node: ts.Node): ts.Node | null {
  let p: ts.Node = node.parent;
  while (ts.isConditionalExpression(p) || ts.isParenthesizedExpression(p) || (ts.isBinaryExpression(p) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(p.operatorToken.kind))) {
    if (ts.isConditionalExpression(p) && p.condition === node) return null;
    node = p;
    p = p.parent;
  }
  return node;
}

/** True when the literal is rendered as a JSX child (`{open ? 'Hide' : 'Show'}`). */
function jsxChildExpression(node: ts.Node): boolean {
  const v = valueOf(node);
  const p = v?.parent;
  return !!p && ts.isJsxExpression(p) && (ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent));
}

/** True when the literal is the value of a text-like property (`label: overdue ? 'Late' : 'Due'`). */
function textPropertyValue(node: ts.Node, sf: ts.SourceFile): boolean {
  const v = valueOf(node);
  const p = v?.parent;
  return !!p && ts.isPropertyAssignment(p) && p.initializer === v && TEXT_PROPERTIES.has(p.name.getText(sf));
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-valuetext']);
/** Calls whose string arguments are keys, ids or developer-facing, never seller-facing text. */
const NON_TEXT_CALLS = new Set(['t', 'tr', 'translator', 'msg', 'Error', 'RangeError', 'TypeError', 'PolicyInputError', 'reportError', 'warn', 'error', 'log', 'info', 'debug',
  'querySelector', 'querySelectorAll', 'closest', 'matches', 'deepQuery', 'setAttribute', 'getAttribute', 'hasAttribute', 'removeAttribute', 'addEventListener',
  'removeEventListener', 'createElement', 'mark', 'startPageLanguage']);
const LETTER = /\p{L}/u;
/** Literals that are not text: CSS, selectors, URLs, paths, ids, key templates. */
const NOT_TEXT_SHAPES = [
  /^\s*$/,
  /[{};]\s*$/m, // CSS
  /^https?:\/\//,
  /^[#.[]/, // selectors
  /^(?:[\w-]+\.)+[\w-]*$/, // dotted message keys
  /^sfp-/, // class lists (and class-name templates)
  /^(?:noreferrer|noopener|nofollow)(?: (?:noreferrer|noopener|nofollow))*$/, // rel values
  /\.(?:json|csv|js|css|html)\b/, // file names and paths
  /\[[\w-]+(?:[*^$|~]?=[^\]]*)?\]/, // attribute selectors
];
/** …and, for prose, any single word (ids, classes, keys). */
const NOT_TEXT = [...NOT_TEXT_SHAPES, /^[\w-]+$/];

/**
 * Literals that are not seller-facing text: the brand, and the name of a missing page part that the
 * "page not recognised" chip lists for bug reports beside the readers' own (English, technical) names.
 */
export const ALLOWED_TEXT = new Set(['SFP Guide']);

function prose(text: string): boolean {
  const s = text.trim();
  if (!LETTER.test(s) || ALLOWED_TEXT.has(s)) return false;
  if (NOT_TEXT.some((re) => re.test(s))) return false;
  return /\p{L}[^\s]*\s+[^\s]*\p{L}/u.test(s); // at least two words with letters
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

/** True when `node` is an argument of a call whose strings are not seller-facing (t(), Error, console …). */
function inNonTextCall(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && NON_TEXT_CALLS.has(calleeName(p))) return true;
    if (ts.isTaggedTemplateExpression(p)) return true;
    if (ts.isJsxAttribute(p) || ts.isJsxExpression(p) || ts.isBlock(p) || ts.isSourceFile(p)) {
      if (!ts.isJsxExpression(p)) return false;
    }
  }
  return false;
}

function templateText(node: ts.TemplateExpression | ts.NoSubstitutionTemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
}

/** The user-visible literals of one source file. */
export function scanSource(file: string, source: string): UiLiteral[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: UiLiteral[] = [];
  const at = (node: ts.Node, kind: UiLiteral['kind'], text: string) =>
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, kind, text: text.trim() });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text) && !ALLOWED_TEXT.has(node.text.trim())) at(node, 'jsx-text', node.text);
      return;
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const lit = init && ts.isJsxExpression(init) ? init.expression : init;
      if (lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit) || ts.isTemplateExpression(lit))) {
        const text = ts.isStringLiteral(lit) ? lit.text : templateText(lit);
        if (LETTER.test(text) && !ALLOWED_TEXT.has(text.trim())) at(lit, 'text-attribute', text);
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const parent = node.parent;
      const isKey = ts.isPropertyAssignment(parent) && parent.name === node;
      const text = ts.isStringLiteral(node) ? node.text : templateText(node);
      const shown = LETTER.test(text) && !ALLOWED_TEXT.has(text.trim()) && !ID_LIKE.test(text.trim()) && !NOT_TEXT_SHAPES.some((re) => re.test(text.trim()));
      const textProperty = textPropertyValue(node, sf);
      if (shown && !inNonTextCall(node) && jsxChildExpression(node)) at(node, 'jsx-text', text);
      else if (shown && !inNonTextCall(node) && textProperty) at(node, 'text-property', text);
      else if (!isKey && !ts.isElementAccessExpression(parent) && prose(text) && !inNonTextCall(node)) at(node, 'prose', text);
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
