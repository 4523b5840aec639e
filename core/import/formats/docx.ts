import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { DOMParser, parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { ImportFileError } from '../types.ts';
import type { FormatParser } from '../types.ts';
import { checkZipBomb } from '../zip-limits.ts';
import { checkMarkupDepth } from '../html-text.ts';
import { wrongKindReason } from '../sniff.ts';

const NOT_DOCX = 'it is not a valid Word (.docx) document';
/** Said of a .docx that is neither another kind of file nor whole: what to do about it. */
const DAMAGED_DOCX = `${NOT_DOCX} (it is damaged or cut short); open it in Word or LibreOffice and save it again`;

/** Mammoth's default style map has headings but not Word's "Title" style, which headlines often use. */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", 'p.Title => h1.title:fresh'];

// linkedom's own types need the DOM lib, which code running in Node does not load; this is what is used.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  classList: { contains(name: string): boolean };
  children: Iterable<DomElement>;
}
interface DomDocument {
  body: { querySelectorAll(selector: string): Iterable<DomElement> };
  documentElement: DomElement | null;
}

const TEXT_NODE = 3;

interface Block {
  text: string;
  kind: 'title' | 'heading' | 'body';
}

/** Pictures are not text; leaving them unread also keeps a bomb hidden in one from inflating. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export const parseDocx: FormatParser = async function* (path) {
  const buffer = await readFile(path);
  const wrongKind = wrongKindReason(buffer, 'zip', 'it is not a Word (.docx) document');
  if (wrongKind) throw new ImportFileError(wrongKind);
  checkZipBomb(buffer);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new ImportFileError(DAMAGED_DOCX);
  }

  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: SKIP_IMAGES }))
      .value;
  } catch {
    throw new ImportFileError(NOT_DOCX);
  }
  const properties = await coreProperties(zip);
  const blocks = htmlBlocks(html);

  const headline =
    blocks.find((block) => block.kind === 'title') ?? (blocks[0]?.kind === 'heading' ? blocks[0] : undefined);
  const title = properties.title ?? headline?.text ?? null;
  // The headline is left out of the text when it is the title; one that differs from it stays, and
  // so does one that is all the document says (its title then comes from the file's name).
  const body =
    headline && sameText(headline.text, title) && blocks.length > 1
      ? blocks.filter((block) => block !== headline)
      : blocks;
  yield {
    ok: true,
    article: {
      title,
      text: body.map((block) => block.text).join('\n\n'),
      author: properties.creator ?? null,
      published: properties.created ?? null,
      language: properties.language ?? null,
    },
  };
};

function sameText(a: string, b: string | null): boolean {
  return b !== null && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

function htmlBlocks(html: string): Block[] {
  checkMarkupDepth(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: DomDocument;
  };
  const blocks: Block[] = [];
  for (const element of document.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')) {
    const text = blockText(element).trim();
    if (text === '') continue;
    const kind = element.classList.contains('title')
      ? 'title'
      : element.tagName.startsWith('H')
        ? 'heading'
        : 'body';
    blocks.push({ text, kind });
  }
  return blocks;
}

/** The text of a block, with line breaks kept and nested lists left to their own items. */
function blockText(node: DomNode): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (child.nodeName === 'BR') text += '\n';
    else if (child.nodeName !== 'UL' && child.nodeName !== 'OL') text += blockText(child);
  }
  return text;
}

type CoreProperty = 'title' | 'creator' | 'created' | 'language';

/** dc:title, dc:creator, dcterms:created and dc:language from docProps/core.xml, when not blank. */
async function coreProperties(zip: JSZip): Promise<Partial<Record<CoreProperty, string>>> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (xml === undefined) return {};
  const xmlDocument = new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
  const root = xmlDocument.documentElement;
  const properties: Partial<Record<CoreProperty, string>> = {};
  // linkedom keeps prefixes in names and has no namespaces, so match the local part.
  for (const element of root?.children ?? []) {
    const name = element.tagName.split(':').pop();
    const value = element.textContent?.trim();
    if ((name === 'title' || name === 'creator' || name === 'created' || name === 'language') && value) {
      properties[name] = value;
    }
  }
  return properties;
}
