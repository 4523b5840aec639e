import { readFile } from 'node:fs/promises';
import { parseFeed as readFeedXml } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { FormatParser, ParsedRecord } from '../types.ts';
import { ImportFileError } from '../types.ts';
import { checkMarkupDepth, decodeMarkup, htmlToText } from '../html-text.ts';

type Feed = ReturnType<typeof readFeedXml>;
type FeedItem = Feed['items'][number];
type XmlElement = FeedItem['element'];

/** RSS 2.0, RSS 1.0 (RDF) and Atom: one article per item or entry. */
export const parseFeed: FormatParser = async function* (path) {
  const feed = readFeed(decodeMarkup(await readFile(path)));
  if (feed.items.length === 0) throw new ImportFileError('the feed has no items');
  const outlet = feed.title;
  const language = feed.language;
  for (const [index, item] of feed.items.entries()) yield toRecord(item, index + 1, outlet, language);
};

/** Whether the opening of an .xml file is that of an RSS, RDF or Atom feed. */
export function looksLikeFeed(head: string): boolean {
  const prolog = /^\ufeff?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i;
  const root = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(head.replace(prolog, ''))?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed') return true;
  return root === 'rdf' && /purl\.org\/rss\/1\.0|netscape\.com\/rdf\/simple/i.test(head);
}

function readFeed(text: string): Feed {
  checkMarkupDepth(text);
  // Feeds made by templates often carry a bare "&" ("AT&T"), which feed readers accept. Inside
  // CDATA a bare "&" is already legal, so CDATA sections are left as they are.
  const xml = text
    .trimStart()
    .replace(/(<!\[CDATA\[[\s\S]*?\]\]>)|&(?![a-z][\w.-]*;|#\d+;|#x[\da-f]+;)/gi, (match, cdata) =>
      cdata ? match : '&amp;',
    );
  const check = XMLValidator.validate(xml);
  if (check !== true) {
    throw new ImportFileError(
      `it is not well-formed XML, line ${check.err.line}: ${xmlProblem(check.err.code, check.err.msg)}; save the feed again from its site or fix the file by hand`,
    );
  }
  try {
    return readFeedXml(xml);
  } catch {
    throw new ImportFileError('it is XML but not an RSS or Atom feed');
  }
}

/** fast-xml-parser's findings in words; some of its messages are its own internals ("Invalid '[ \"rss\" ]' found"). */
function xmlProblem(code: string, message: string): string {
  if (code === 'InvalidXml' && /^Invalid '\[/.test(message))
    return `tags are left open at the end (${[...message.matchAll(/"([^"]+)"/g)].map((tag) => `<${tag[1]}>`).join(', ')})`;
  const problem = message
    .replace(/\.$/, '')
    .replace(/^char '(.)' is not expected/, "the character '$1' is not allowed there");
  return problem.length > 160 || /[[\]{}]/.test(problem)
    ? 'the markup is broken there'
    : (problem[0]?.toLowerCase() ?? '') + problem.slice(1);
}

function toRecord(
  item: FeedItem,
  number: number,
  outlet: string | null,
  language: string | null,
): ParsedRecord {
  const title = item.title;
  const where = title ? `item ${number} ("${shorten(title)}")` : `item ${number}`;
  let text: string;
  try {
    text = longest(contentOf(item).map(toText));
  } catch (error) {
    // One item with markup too deep to read does not take the rest of the feed with it.
    if (error instanceof ImportFileError) return { ok: false, where, reason: error.message };
    throw error;
  }
  if (!text) return { ok: false, where, reason: 'the item has no text' };
  const authors = [...new Set(item.authors.map((author) => author.name).filter(Boolean))];
  return {
    ok: true,
    where,
    article: {
      title,
      text,
      author: authors.join(', ') || null,
      url: item.url ?? (item.id && /^https?:\/\//i.test(item.id) ? item.id : null),
      published: firstText(item.element, ['pubdate', 'published', 'date', 'issued', 'updated', 'modified']),
      outlet,
      language,
    },
  };
}

/**
 * The full content and the summary of an item, as markup. Read from the XML rather than from
 * item.content and item.description, which decode entities a second time and so turn an escaped
 * "&lt;b&gt;" in the text into a tag.
 */
function contentOf(item: FeedItem): string[] {
  const children = (name: string): XmlElement[] =>
    item.element.findElementsWithName(name).filter((child) => !isMediaRss(child));
  const isXhtml = (child: XmlElement): boolean => child.getAttribute('type') === 'xhtml';
  const markup = [
    ...children('encoded').filter((encoded) => encoded.namespace === 'content'),
    ...children('content').filter((content) => !isXhtml(content)),
    ...children('description'),
    ...children('summary'),
  ].map((child) => child.textContent);
  // Atom XHTML content is XML elements, which only the library turns back into markup.
  if (children('content').some(isXhtml) && item.content) markup.push(item.content);
  return markup;
}

/** media:content and media:description describe a picture or video, not the story. */
function isMediaRss(element: XmlElement): boolean {
  return /search\.yahoo\.com\/mrss/i.test(element.namespaceUri ?? '');
}

/** Text from HTML, or from plain text whose blank lines separate paragraphs. */
function toText(markup: string): string {
  if (/<[a-z!/][^>]*>/i.test(markup)) return htmlToText(markup);
  return markup
    .split(/\n\s*\n/)
    .map((paragraph) => htmlToText(paragraph))
    .filter(Boolean)
    .join('\n\n');
}

function longest(texts: string[]): string {
  return texts.reduce((best, text) => (text.length > best.length ? text : best), '');
}

function firstText(element: XmlElement, names: string[]): string | null {
  for (const name of names) {
    const text = element.findElementWithName(name)?.textContent.trim();
    if (text) return text;
  }
  return null;
}

function shorten(title: string): string {
  return title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title;
}
