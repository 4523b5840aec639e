import { z } from 'zod';
import {
  framesPresent,
  quoteCounts,
  reviewCounts,
  searchSnippets,
  type LibraryFilters,
} from '../../../db/library.ts';
import { libraryFacets } from '../../../db/library-facets.ts';
import { libraryPage, type PageStart } from '../../../db/library-page.ts';
import { SURE_CONFIDENCE } from '../../../db/quotes.ts';
import { cachedRead } from '../../../db/read-cache.ts';
import { proposedFacet } from '../../../db/learned-proposals.ts';
import type { Session } from '../session.ts';
import { id, isoDate, offset } from '../schemas.ts';

export const articleFilters = z.strictObject({
  /** FTS5 syntax over titles and texts; empty means no search. */
  search: z.string().optional(),
  outlets: z.array(z.string()).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  entityId: id.optional(),
  speaker: z.string().optional(),
  /** A hand code: articles with annotations of it not rejected; a frame: articles where it is asserted. */
  codeId: id.optional(),
  /** A frame: articles where it is present but denied. */
  deniedCodeId: id.optional(),
  /** A frame: undecided articles the model learned from the coders proposes it for (not decisions). */
  proposedCodeId: id.optional(),
});
export type ArticleFilters = z.infer<typeof articleFilters>;

export const articleListOptions = articleFilters.extend({
  /** `relevance` (best search matches first) applies while searching; otherwise it sorts by id. */
  sort: z.enum(['id', 'title', 'outlet', 'published', 'words', 'relevance']).optional(),
  descending: z.boolean().optional(),
  /** Where the page starts, when `after` and `before` are not given or name an article that is gone. */
  offset: offset.optional(),
  /** The page is the articles right after this one in this order (the last of the page before). */
  after: id.optional(),
  /** The page is the articles right before this one (the first of the page after). */
  before: id.optional(),
  /**
   * The page holding this article, starting at a multiple of `limit` (for a window that shows an
   * article and must find it in the list); the answer says where the page starts and where the
   * article is. When the article is not in the list, the page at `offset` is given instead.
   */
  around: id.optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});
export type ArticleListOptions = z.infer<typeof articleListOptions>;

/** A piece of a search snippet: `match` marks the words the search found. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface ArticleListRow {
  id: number;
  title: string | null;
  outlet: string | null;
  /** ISO 8601 date (and time when known). */
  published: string | null;
  words: number;
  /** Quotes not rejected. */
  quotes: number;
  /**
   * Frames present by the decisions that count: asserted ones first (the primary leading), then the
   * denied ones (`denied`, never counted as the frame asserted). `hits`: evidence sentences.
   */
  frames: {
    codeId: number;
    name: string;
    color: string | null;
    hits: number;
    primary: boolean;
    denied: boolean;
  }[];
  analysed: boolean;
  /**
   * The analysis's suggestions (quotes and frame evidence): how many need a person (`waiting`: frame
   * evidence not yet reviewed, and quotes not yet reviewed that analysis is less than sure of), how many
   * quotes analysis is sure of and a person can accept in bulk (`sure`), and how many were accepted or
   * rejected. All 0 when not analysed.
   */
  review: { waiting: number; sure: number; reviewed: number };
  /** Only while searching: the passage around the matches. */
  snippet?: SnippetSegment[];
}

export interface ArticleList {
  /** How many articles match the filters in all. */
  total: number;
  rows: ArticleListRow[];
  /** Asked `around` an article that is in the list: where the page starts, and the article's place. */
  offset?: number;
  position?: number;
}

export const articleListArgs = z.tuple([
  articleListOptions
    .refine(
      (options) => [options.after, options.before, options.around].filter((x) => x !== undefined).length <= 1,
      { message: 'give one of after, before and around' },
    )
    .optional(),
]);

function libraryFilters(filters: ArticleFilters): LibraryFilters {
  const search = filters.search?.trim();
  return { ...filters, search: search === '' ? undefined : search };
}

/** One page of the library: articles matching the filters, in the order asked for. */
export function listArticles(this: Session, options: ArticleListOptions = {}): ArticleList {
  const { sort, descending, offset, after, before, around, limit, ...rest } = options;
  const filters = libraryFilters(rest);
  const start: PageStart = { after, before, around, offset: offset ?? 0 };
  const page = libraryPage(this.db, filters, {
    sort: sort ?? (filters.search ? 'relevance' : 'id'),
    descending: descending ?? false,
    start,
    limit: limit ?? 100,
  });
  const ids = page.rows.map((row) => row.id);
  const quotes = quoteCounts(this.db, ids);
  const reviews = reviewCounts(this.db, ids, SURE_CONFIDENCE);
  const snippets = filters.search ? searchSnippets(this.db, filters.search, ids) : undefined;
  const frames = new Map<number, ArticleListRow['frames']>();
  for (const frame of framesPresent(this.db, ids)) {
    const list = frames.get(frame.article_id) ?? [];
    list.push({
      codeId: frame.code_id,
      name: frame.name,
      color: frame.color,
      hits: frame.hits,
      primary: frame.is_primary === 1,
      denied: frame.denied === 1,
    });
    frames.set(frame.article_id, list);
  }
  return {
    total: page.total,
    ...(page.position !== undefined ? { offset: page.offset, position: page.position } : {}),
    rows: page.rows.map((row) => {
      const snippet = snippets?.get(row.id);
      return {
        id: row.id,
        title: row.title,
        outlet: row.outlet,
        published: row.published_at,
        words: row.word_count,
        quotes: quotes.get(row.id) ?? 0,
        frames: frames.get(row.id) ?? [],
        analysed: row.analyzed_at !== null,
        review: reviews.get(row.id) ?? { waiting: 0, sure: 0, reviewed: 0 },
        ...(snippet !== undefined ? { snippet: snippetSegments(snippet) } : {}),
      };
    }),
  };
}

/** Splits a snippet marked with U+E000…U+E001 into plain segments, so the UI never renders HTML. */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const oneLine = marked.replace(/\s*\n+\s*/g, ' ');
  for (const [, match, plain] of oneLine.matchAll(/\uE000([^\uE001]*)\uE001|([^\uE000]+)/g)) {
    const text = match ?? plain ?? '';
    if (text === '') continue;
    const last = segments[segments.length - 1];
    if (last && last.match === (match !== undefined)) last.text += text;
    else segments.push({ text, match: match !== undefined });
  }
  return segments;
}

export const facetOptions = z.strictObject({
  /** How many speakers and entities to count (the most frequent); default 20. */
  top: z.number().int().min(1).max(500).optional(),
});

export interface ArticleFacets {
  /** Counted without the outlet filter, so the other outlets can be added to the selection. */
  outlets: { outlet: string | null; articles: number }[];
  speakers: { name: string; entityId: number | null; articles: number; quotes: number }[];
  entities: { id: number; name: string; type: string; articles: number }[];
  /** Hand codes with the articles using them; frames with the articles asserting them, and denying them apart. */
  codes: { id: number; name: string; kind: string; color: string | null; articles: number; denied: number }[];
  /** Articles per day (spans up to three months) or per month: `bucket` is "2020-03-22" or "2020-03". */
  dates: { bucket: string; articles: number }[];
  bucket: 'day' | 'month';
  /** Matching articles without a date. */
  undated: number;
  /** Per frame, matching articles the learner proposes it for (stored proposals, never decisions). */
  proposed: { id: number; name: string; color: string | null; articles: number }[];
}

export const articleFacetsArgs = z.tuple([articleFilters.optional(), facetOptions.optional()]);

/** Counts per outlet, speaker, entity, code and date over the articles matching the filters. */
export function articleFacets(
  this: Session,
  filters: ArticleFilters = {},
  options: z.infer<typeof facetOptions> = {},
): ArticleFacets {
  const search = libraryFilters(filters);
  const top = options.top ?? 20;
  // Kept until the project changes (db/read-cache.ts): the library asks again after every edit
  // and on every facet click back to a filter it has shown.
  const facets = cachedRead(this.db, `facets ${JSON.stringify([search, top])}`, () =>
    libraryFacets(this.db, search, top),
  );
  return {
    outlets: facets.outlets,
    speakers: facets.speakers.map(({ entity_id, ...speaker }) => ({ ...speaker, entityId: entity_id })),
    entities: facets.entities,
    codes: facets.codes,
    dates: facets.dates,
    bucket: facets.bucket,
    undated: facets.undated,
    proposed: cachedRead(this.db, `proposed ${JSON.stringify(search)}`, () => proposedFacet(this.db, search)),
  };
}
