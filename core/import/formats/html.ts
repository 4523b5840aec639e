import { readFile } from 'node:fs/promises';
import { Readability } from '@mozilla/readability';
import type { ArticleDraft, FormatParser } from '../types.ts';
import { ImportFileError } from '../types.ts';
import type { DomDocument, DomElement } from '../html-text.ts';
import { decodeMarkup, htmlToText, parseDocument } from '../html-text.ts';

/** A saved web page: the article Readability finds in it, with the page's own metadata. */
export const parseHtml: FormatParser = async function* (path) {
  yield { ok: true, article: extractArticle(decodeMarkup(await readFile(path))) };
};

function extractArticle(html: string): ArticleDraft {
  const page = parseDocument(html);
  const linkedData = readLinkedData(page);
  removeClutter(page);
  // Readability rewrites the document it reads, so everything else is taken from the page first.
  const fromPage = readMetadata(page, html, linkedData);
  const wholeBody = page.body ? htmlToText(page.body) : '';
  // linkedom's document, typed by the few members we use; Readability's type is the DOM's own.
  const readable = new Readability(page as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = (readable?.content ? htmlToText(readable.content) : '') || wholeBody;
  if (text.length === 0) throw new ImportFileError('no article text was found in the page');
  return {
    ...fromPage,
    text,
    title: fromPage.title ?? withoutSiteName(first(readable?.title), fromPage.outlet),
    author: fromPage.author ?? authorName(readable?.byline),
    outlet: fromPage.outlet ?? first(readable?.siteName),
    published: fromPage.published ?? first(readable?.publishedTime),
  };
}

function readMetadata(page: DomDocument, html: string, linkedData: LinkedData): Omit<ArticleDraft, 'text'> {
  const meta = readMetaTags(page);
  const outlet = first(meta.get('og:site_name'), linkedData.publisher, meta.get('application-name'));
  const titles = [meta.get('og:title'), meta.get('twitter:title'), page.querySelector('title')?.textContent];
  const authors = ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author'];
  const dates = ['date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created'];
  return {
    title: first(
      ...titles.map((title) => withoutSiteName(title, outlet)),
      linkedData.headline,
      page.querySelector('h1')?.textContent,
    ),
    author: authorName(...authors.map((name) => unlessLink(meta.get(name))), linkedData.author),
    outlet,
    published: first(
      meta.get('article:published_time'),
      linkedData.datePublished,
      publicationTime(page),
      ...dates.map((name) => meta.get(name)),
    ),
    url: pageUrl(page, html, meta),
    language: first(
      page.documentElement.getAttribute('lang'),
      meta.get('content-language'),
      linkedData.inLanguage,
    ),
  };
}

/** The first value that has text in it, on one line. */
function first(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const line = value?.replace(/\s+/g, ' ').trim();
    if (line) return line;
  }
  return null;
}

/** "By Maria Ivanova" -> "Maria Ivanova". */
function authorName(...values: (string | null | undefined)[]): string | null {
  return first(...values)?.replace(/^by\s+/i, '') ?? null;
}

/** Sites often give article:author as a link to the author's page, which is not a name. */
function unlessLink(value: string | undefined): string | undefined {
  return value && /^\s*https?:\/\//i.test(value) ? undefined : value;
}

const TITLE_SEPARATOR = /\s+[|–—:·•»-]\s+/g;

/** "Putin sends aid to Italy | The Daily" -> "Putin sends aid to Italy" when the site is The Daily. */
function withoutSiteName(
  title: string | null | undefined,
  siteName: string | null | undefined,
): string | null {
  if (!title || !siteName) return title ?? null;
  const same = (part: string): boolean => part.trim().toLowerCase() === siteName.toLowerCase();
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const last = separators.at(-1);
  if (last && same(title.slice(last.index + last[0].length))) return title.slice(0, last.index);
  const firstSeparator = separators[0];
  if (firstSeparator && same(title.slice(0, firstSeparator.index))) {
    return title.slice(firstSeparator.index + firstSeparator[0].length);
  }
  return title;
}

/** <meta> content by lower-cased name, property, itemprop or http-equiv; the first one wins. */
function readMetaTags(page: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of page.querySelectorAll('meta[content]')) {
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, meta.getAttribute('content') ?? '');
    }
  }
  return tags;
}

function publicationTime(page: DomDocument): string | null {
  const time =
    page.querySelector('time[itemprop="datePublished"], time[pubdate]') ??
    page.querySelector('article time[datetime]') ??
    page.querySelector('time[datetime]');
  return time?.getAttribute('datetime') ?? null;
}

function pageUrl(page: DomDocument, html: string, meta: Map<string, string>): string | null {
  // Browsers write this comment at the top of pages saved with "Save Page As".
  const savedFrom = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html.slice(0, 1024))?.[1];
  const base = first(meta.get('og:url'), savedFrom) ?? undefined;
  for (const candidate of [page.querySelector('link[rel="canonical"]')?.getAttribute('href'), base]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a URL: try the next one.
    }
  }
  return null;
}

interface LinkedData {
  headline?: string | null;
  author?: string | null;
  publisher?: string | null;
  datePublished?: string | null;
  inLanguage?: string | null;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/** The schema.org article described in the page's JSON-LD, if there is one. */
function readLinkedData(page: DomDocument): LinkedData {
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of linkedDataNodes(data)) {
      const types = ([] as unknown[]).concat(node['@type']);
      if (!types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) continue;
      return {
        headline: names(node.headline),
        author: names(node.author),
        publisher: names(node.publisher),
        datePublished: names(node.datePublished),
        inLanguage: names(node.inLanguage),
      };
    }
  }
  return {};
}

function* linkedDataNodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* linkedDataNodes(item);
  } else if (isRecord(value)) {
    yield value;
    yield* linkedDataNodes(value['@graph']);
  }
}

/** A JSON-LD value as text: a string, a {name} thing, or a list of either joined with commas. */
function names(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return names(value.name);
  if (Array.isArray(value)) return value.map(names).filter(Boolean).join(', ') || null;
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// prettier-ignore
const CLUTTER_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'form', 'nav', 'aside', 'footer', 'figcaption', 'dialog',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]',
  '[role="dialog"]', '[role="alertdialog"]',
].join(', ');

/** Words in a class or id that mark page furniture rather than the story. */
// prettier-ignore
const CLUTTER_WORDS = new Set([
  'related', 'comment', 'comments', 'share', 'sharing', 'social', 'newsletter', 'promo', 'cookie', 'cookies',
  'consent', 'banner', 'subscribe', 'advert', 'ad', 'ads', 'sponsored', 'recommended', 'trending', 'popular', 'readmore',
  'breadcrumb', 'breadcrumbs', 'outbrain', 'taboola',
]);

const CLUTTER_HEADING =
  /^(related|read more|more (on|from|about|stories|news)|see also|you (may|might) also like|most (read|popular)|comments?\b|trending|recommended)/i;

/**
 * Takes out navigation, sharing widgets, related-story lists, comment threads and cookie banners
 * before Readability runs, because on short pages Readability keeps whatever sits next to the
 * story. A class like "has-comments" on the story's own wrapper must not take the story with it, so
 * an element holding the headline or most of the page's paragraph text is always kept.
 */
function removeClutter(page: DomDocument): void {
  const body = page.body;
  if (!body) return;
  const headline = longestHeading(body);
  const storyLength = paragraphLength(body);
  const keep = (element: DomElement): boolean =>
    element === body ||
    (headline !== null && element.contains(headline)) ||
    paragraphLength(element) > storyLength / 2;

  const clutter = [...page.querySelectorAll(CLUTTER_ELEMENTS)];
  for (const element of body.querySelectorAll('[class], [id]')) {
    if (hasClutterName(element)) clutter.push(element);
  }
  for (const heading of body.querySelectorAll('h2, h3, h4')) {
    const container = heading.closest('section, div, ul');
    if (container && CLUTTER_HEADING.test(heading.textContent?.trim() ?? '')) clutter.push(container);
  }
  for (const element of clutter) if (!keep(element)) element.remove();
}

function hasClutterName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  // "related-stories", "share_bar", "cookieBanner" and "readMore" are split into their words.
  const words = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
  return words.some(
    (word, index) => CLUTTER_WORDS.has(word) || CLUTTER_WORDS.has(word + (words[index + 1] ?? '')),
  );
}

function longestHeading(body: DomElement): DomElement | null {
  let longest: DomElement | null = null;
  for (const heading of body.querySelectorAll('h1')) {
    if ((heading.textContent?.length ?? 0) > (longest?.textContent?.length ?? 0)) longest = heading;
  }
  return longest;
}

function paragraphLength(element: DomElement): number {
  let length = 0;
  for (const paragraph of element.querySelectorAll('p')) length += paragraph.textContent?.trim().length ?? 0;
  return length;
}
