import type { ArticleListOptions, ChangedEvent, Method } from './contract.ts';

// Which tables each read of the engine shows, so a change reloads only the views it touched
// (issue 12): accepting a quote reloads the article, the history and the counts that include
// quotes, not the codebook or the stories. A method missing here reloads on every change.

/** What one or more changes touched: tables (all when unknown) and articles (all when not limited). */
export interface DataChange {
  tables: ReadonlySet<string> | 'all';
  articleIds: ReadonlySet<number> | 'all';
}

// Grouping says "stories" without naming tables: it writes the stories and their articles only.
const TABLES_OF: Partial<Record<ChangedEvent['what'], string[]>> = {
  stories: ['stories', 'story_articles'],
};

export function changeOf(events: readonly ChangedEvent[]): DataChange {
  let tables: Set<string> | 'all' = new Set();
  let articleIds: Set<number> | 'all' = new Set();
  for (const event of events) {
    const named = event.tables ?? TABLES_OF[event.what];
    if (!named) tables = 'all';
    else if (tables !== 'all') for (const table of named) tables.add(table);
    if (!event.articleIds) articleIds = 'all';
    else if (articleIds !== 'all') for (const id of event.articleIds) articleIds.add(id);
  }
  return { tables, articleIds };
}

const ANALYSIS = ['articles', 'mentions', 'entities', 'quotes', 'annotations', 'codes', 'frame_decisions'];

const READS: Partial<Record<Method, readonly string[]>> = {
  'project.info': ['articles', 'quotes', 'entities', 'meta'],
  'articles.list': ['articles', 'quotes', 'annotations', 'codes', 'frame_decisions', 'learned_proposals'],
  'articles.facets': [...ANALYSIS, 'learned_proposals'],
  'articles.get': [...ANALYSIS, 'entity_aliases', 'coders', 'learned_proposals'],
  'entities.list': ['entities', 'entity_aliases', 'mentions'],
  'coders.list': ['coders'],
  'codebooks.list': ['codebooks', 'codes', 'annotations'],
  'frames.likely': ['annotations', 'codes', 'frame_decisions', 'learned_proposals', 'learn_runs'],
  'codebooks.updates': ['codebooks', 'codes'],
  'history.state': ['edits'],
  'stories.list': ['stories', 'story_articles', 'articles'],
  'stories.get': ['stories', 'story_articles', 'articles'],
  'compare.outlets': [...ANALYSIS, 'stories', 'story_articles'],
  'compare.wire': ['articles', 'stories', 'story_articles'],
  'compare.alignment': ['articles'],
  'compare.evidence': [...ANALYSIS, 'stories', 'story_articles'],
};

const readsAny = (tables: readonly string[], change: DataChange) =>
  change.tables === 'all' || tables.some((table) => (change.tables as ReadonlySet<string>).has(table));

/** Whether a change can alter what `method` answers for these arguments. */
export function touches(method: Method, args: readonly unknown[], change: DataChange): boolean {
  const tables = READS[method];
  if (tables && !readsAny(tables, change)) return false;
  // One article's view changes only with that article's rows (or with rows of no article: a
  // rename of an entity it mentions).
  if (method === 'articles.get' && change.articleIds !== 'all' && typeof args[0] === 'number')
    return change.articleIds.has(args[0]);
  return true;
}

/**
 * What of the library's list a change touched: nothing, some articles' rows (which stay in the
 * list, in the same place), or the whole list (which articles match, or their order, may differ).
 */
export function listTouched(
  options: ArticleListOptions,
  change: DataChange,
  /** The tables whose rows the list shows of each article (all that `articles.list` reads by default). */
  shown: readonly string[] = READS['articles.list']!,
): 'none' | 'all' | ReadonlySet<number> {
  if (!readsAny(READS['articles.list']!, change)) return 'none';
  const filtering: string[] = ['articles'];
  if (options.entityId !== undefined) filtering.push('mentions');
  if (options.speaker !== undefined) filtering.push('quotes', 'entities');
  if (options.codeId !== undefined) filtering.push('annotations', 'frame_decisions');
  if (options.deniedCodeId !== undefined) filtering.push('annotations', 'frame_decisions');
  // A decision (its rows) removes a proposal by trigger; a refresh replaces them all.
  if (options.proposedCodeId !== undefined)
    filtering.push('annotations', 'frame_decisions', 'learned_proposals');
  if (change.articleIds === 'all' || readsAny(filtering, change)) return 'all';
  return readsAny(shown, change) ? change.articleIds : 'none';
}

/**
 * What the Reader's list of articles shows of each: its title, outlet and date, the article's own
 * columns. A correction there changes none of them, so it does not read the list again.
 */
export const TITLES_ONLY: readonly string[] = ['articles'];
