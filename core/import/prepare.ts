import { createHash, randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { NewArticle } from '../../db/articles.ts';
import type { ArticleDraft } from './types.ts';
import { toIsoDate } from './dates.ts';
import { countWords, normaliseLine, normaliseText, paragraphs } from './normalise.ts';

const MAX_DERIVED_TITLE = 150;
/**
 * An article longer than this (about 170,000 words, a long book) keeps its first part: analysis of
 * longer texts takes minutes and no news article comes near it. The import says so.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Paragraphs shorter than this ("Photo: Reuters", "Advertisement") may repeat without remark. */
const MIN_REPEATED_WORDS = 8;

export interface SourceContext {
  file: string;
  format: string;
  /** Where the record sits in its file ("row 3"), for files holding many articles. */
  where?: string | undefined;
  /** The outlet to use when neither the metadata nor the URL names one. */
  fallbackOutlet?: string | undefined;
  importedAt: string;
}

export interface PreparedArticle {
  article: NewArticle;
  /** Pairs of 1-based paragraph numbers: the second repeats the first word for word. */
  repeatedParagraphs: [number, number][];
  /** The source's date as written, when it could not be read as a date (it is kept as written). */
  unreadDate: string | null;
  /** The length of the text before it was cut to MAX_ARTICLE_CHARS, when it was. */
  shortenedFrom?: number;
}

/** Normalises a parsed article and derives what is stored with it; null when it has no text. */
export function prepareArticle(draft: ArticleDraft, context: SourceContext): PreparedArticle | null {
  // Normalising only shortens a text, so twice the limit is more than enough to cut from, and a
  // 40 MB field is not copied whole through every step.
  const raw =
    draft.text.length > MAX_ARTICLE_CHARS * 2 ? draft.text.slice(0, MAX_ARTICLE_CHARS * 2) : draft.text;
  const whole = normaliseText(raw);
  if (whole.length === 0) return null;
  const text = shorten(whole);
  const url = normaliseLine(draft.url);
  const published = normaliseLine(draft.published);
  const publishedAt = toIsoDate(published);
  return {
    article: {
      uid: randomUUID(),
      content_hash: createHash('sha256').update(text).digest('hex'),
      title: givenTitle(normaliseLine(draft.title), text) ?? deriveTitle(text, context),
      outlet: normaliseLine(draft.outlet) ?? outletFromUrl(url) ?? normaliseLine(context.fallbackOutlet),
      author: normaliseLine(draft.author),
      url,
      published_at: publishedAt,
      published_raw: published,
      language: normaliseLine(draft.language),
      text,
      source_file: basename(context.file),
      source_format: context.format,
      imported_at: context.importedAt,
      word_count: countWords(text),
    },
    repeatedParagraphs: findRepeatedParagraphs(text),
    unreadDate: published !== null && publishedAt === null ? published : null,
    ...(text.length < whole.length
      ? { shortenedFrom: raw === draft.text ? whole.length : draft.text.length }
      : {}),
  };
}

/** One line, short, with a letter, not ending in a full stop, colon, semicolon or comma. */
export function isTitleLine(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= MAX_DERIVED_TITLE &&
    !line.includes('\n') &&
    /\p{L}/u.test(line) &&
    !/[.:;,]$/.test(line)
  );
}

/** The text up to MAX_ARTICLE_CHARS, cut at the end of a paragraph, else of a sentence or a word. */
function shorten(text: string): string {
  if (text.length <= MAX_ARTICLE_CHARS) return text;
  const head = text.slice(0, MAX_ARTICLE_CHARS);
  const floor = MAX_ARTICLE_CHARS * 0.9;
  for (const end of [head.lastIndexOf('\n\n'), head.search(/[.!?][^.!?]*$/) + 1, head.lastIndexOf(' ')]) {
    if (end > floor) return head.slice(0, end).trimEnd();
  }
  return head;
}

/**
 * The title the source gave, unless it is all the text there is (a page, document or row of one
 * line, whose title repeats it): that line is the body, and the title comes from the file's name.
 */
function givenTitle(title: string | null, text: string): string | null {
  const flat = (line: string) => line.replace(/\s+/g, ' ').trim();
  return title !== null && flat(title) === flat(text) ? null : title;
}

/**
 * A title for an article its source gave none: its first paragraph when that is a title line (one
 * short line, not ending as a sentence does, with text after it), else its file's name. A short
 * first paragraph of body text ("The council met on Monday.") is no title.
 */
function deriveTitle(text: string, context: SourceContext): string {
  const [first, ...rest] = paragraphs(text);
  if (first !== undefined && rest.length > 0 && isTitleLine(first)) return first;
  const name = basename(context.file, extname(context.file));
  return context.where ? `${name} (${context.where})` : name;
}

/** The outlet a URL's host names: `https://www.reuters.com/...` → reuters.com. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (!/^https?:$/.test(protocol) || !hostname.includes('.')) return null;
    return hostname.replace(/^(www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

export function findRepeatedParagraphs(text: string): [number, number][] {
  const firstSeen = new Map<string, number>();
  const repeats: [number, number][] = [];
  paragraphs(text).forEach((paragraph, index) => {
    const earlier = firstSeen.get(paragraph);
    if (earlier === undefined) firstSeen.set(paragraph, index + 1);
    else if (countWords(paragraph) >= MIN_REPEATED_WORDS) repeats.push([earlier, index + 1]);
  });
  return repeats;
}
