import { parseHTML } from 'linkedom';
import { decodeText } from './decode.ts';
import { MAX_MARKUP_DEPTH, markupDepth } from './markup-depth.ts';
import { ImportFileError } from './types.ts';

/*
 * The few DOM members the importers use. The project compiles without the DOM library (core runs
 * in Node), and linkedom's own declarations are typed `any`, so the one cast happens in
 * parseDocument and everything past it is checked.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  closest(selectors: string): DomElement | null;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  createElement(tagName: string): DomElement;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Refuses markup nested deeper than any article is, before a parser or Readability sees it. */
export function checkMarkupDepth(html: string): void {
  if (markupDepth(html, MAX_MARKUP_DEPTH + 1) > MAX_MARKUP_DEPTH)
    throw new ImportFileError(
      `its elements are nested more than ${MAX_MARKUP_DEPTH} levels deep, which no article needs and which would stall the reader; save the article as text, or as a page from a browser, and import that`,
    );
}

export function parseDocument(html: string): DomDocument {
  checkMarkupDepth(html);
  // Unlike a browser, linkedom adds no <html> and <body> around markup that lacks them.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(page) as unknown as { document: DomDocument }).document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Never text: metadata, code, media and form controls. */
// prettier-ignore
const SKIPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object',
  'video', 'audio', 'select', 'textarea', 'button', 'input',
]);

/** Elements that end the paragraph before them and start a new one after them. */
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Two or more line breaks (from <br>s or inside <pre>) with only spaces between them. */
const PARAGRAPH_BREAK = /\n[ \t\r\f]*\n[ \t\r\f\n]*/;

/**
 * Plain text of an HTML document, element or fragment: one paragraph per block element (and per
 * blank line made of two <br>s or inside <pre>), paragraphs separated by a blank line, whitespace
 * folded to single spaces inside them, entities decoded. A single <br> folds to a space, because
 * hard-wrapped pages put one at the end of every line, in the middle of sentences.
 */
export function htmlToText(html: string | DomNode): string {
  const root = typeof html === 'string' ? parseFragment(html) : html;
  const paragraphs: string[] = [];
  let pending = '';

  const endParagraph = (): void => {
    for (const part of pending.split(PARAGRAPH_BREAK)) {
      const paragraph = part.replace(HTML_SPACE, ' ').trim();
      if (paragraph.length > 0) paragraphs.push(paragraph);
    }
    pending = '';
  };

  const visit = (node: DomNode, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const text = node.textContent ?? '';
      pending += inPre ? text.replace(/\r\n?/g, '\n') : text.replace(HTML_SPACE, ' ');
      return;
    }
    if (!isElement(node) && node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE)
      return;
    const tag = isElement(node) ? node.localName.toLowerCase() : '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      pending += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    // Table cells sit side by side in the source with nothing between their texts.
    if (tag === 'td' || tag === 'th') pending += ' ';
    for (const child of node.childNodes) visit(child, inPre || tag === 'pre');
    if (block) endParagraph();
  };

  visit(root, false);
  endParagraph();
  return paragraphs.join('\n\n');
}

function parseFragment(html: string): DomElement {
  checkMarkupDepth(html);
  const container = parseDocument('').createElement('div');
  container.innerHTML = html;
  return container;
}

const DECLARED_CHARSET = [
  /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i,
  /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i,
];

/**
 * The text of an HTML or XML file: UTF-8 (a BOM is dropped), else the charset the markup declares
 * in a <meta> or an XML declaration, else Windows-1252, which is what browsers assume.
 */
export function decodeMarkup(bytes: Uint8Array): string {
  return decodeText(bytes, (invalid) => decodeAs(declaredCharset(invalid), invalid));
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  for (const pattern of DECLARED_CHARSET) {
    const charset = pattern.exec(head)?.[1];
    if (charset) return charset;
  }
  return null;
}

function decodeAs(charset: string | null, bytes: Uint8Array): string {
  // A page that says UTF-8 but is not is usually Windows-1252 saved by an old editor.
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: fall through to the browsers' default.
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}
