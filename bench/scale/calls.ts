import Database from 'better-sqlite3';
import type { Engine } from '../../core/engine/engine.ts';
import type { Args, Method } from '../../core/contract.ts';
import type { Db } from '../../db/open.ts';
import { STORY_NAME } from './fixtures.ts';

// Every engine call the UI makes (read from renderer/), with the arguments the UI gives it, at the
// places in a large project where they cost most: deep in the list, with filters, over the story
// and the search Compare is asked about. Each entry prepares its arguments from the project
// (untimed) and returns the call to time; entries that write put back what they changed.

/** Where a figure stands against issue 12's targets. */
export interface Target {
  text: string;
  /** Met when p95 (or the single run) is under this many ms. */
  ms?: number;
  /** Met when peak RSS is under this many MB. */
  rssMb?: number;
}

export interface BenchCall {
  name: string;
  /** Sizes the call is measured at; a note says why a size is left out. */
  sizes: 'all' | 'smallest';
  /** Run once, not 20 times: it writes much, or takes minutes. */
  once?: boolean;
  target: Target;
  /** At a million articles: met when p95 is under this many ms (library open and facets: 1 s). */
  millionMs?: number;
  /** Part B work this figure is the baseline of, when it is not met. */
  partB?: string;
  prepare(engine: Engine): Promise<Run>;
}

export interface Run {
  /** One timed call (or the calls of one user action), answered as the bridge would answer it. */
  call(): Promise<unknown>;
  /** Puts back what the runs changed. */
  restore?(): Promise<void>;
}

const CLICK: Target = { text: 'p95 < 100 ms', ms: 100 };
/** Opening the library and its facets: usable at a million articles. */
const LIBRARY = { target: CLICK, millionMs: 1000 };

/** Calls a method as the bridge does: the envelope, serialised to JSON. Returns the JSON's length. */
export async function answer<K extends Method>(engine: Engine, method: K, ...args: Args<K>): Promise<number> {
  const envelope = await engine.call(method, args);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return JSON.stringify(envelope).length;
}

const timed = (run: () => Promise<unknown>): Promise<Run> => Promise.resolve({ call: run });

export function count(db: Db): number {
  return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
}

function storyId(db: Db): number {
  const id = db.prepare('SELECT id FROM stories WHERE name = ?').pluck().get(STORY_NAME) as
    number | undefined;
  if (id === undefined) throw new Error(`The bench story “${STORY_NAME}” is missing; rebuild the project.`);
  return id;
}

/** A word matching about `share` of the articles (or `articles` of them), from the full-text index's vocabulary. */
export function searchTerm(db: Db, target: number): { term: string; articles: number } {
  // A read-only engine's connection refuses the temporary table: the vocabulary is read on a
  // connection of its own, which writes nothing to the file either.
  if (db.readonly || db.pragma('query_only', { simple: true })) {
    const own = new Database(db.name, { fileMustExist: true });
    try {
      return searchTerm(own, target);
    } finally {
      own.close();
    }
  }
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, 'articles_fts', 'row')`);
  return db
    .prepare(
      `SELECT term, doc AS articles FROM temp.bench_vocab
       WHERE length(term) >= 5 AND term GLOB '[a-z]*' AND term NOT GLOB '*[^a-z]*'
       ORDER BY abs(doc - ?) LIMIT 1`,
    )
    .get(target) as { term: string; articles: number };
}

export function mostUsedFrame(db: Db): number {
  return db
    .prepare(
      `SELECT code_id FROM annotations WHERE code_id IN (SELECT id FROM codes WHERE kind = 'frame')
       GROUP BY code_id ORDER BY count(*) DESC LIMIT 1`,
    )
    .pluck()
    .get() as number;
}

/** An analysed article in the middle of the project that has a quote waiting for review. */
export function articleWithQuote(db: Db): { articleId: number; quoteId: number } {
  const middle = Math.floor(count(db) / 2);
  return db
    .prepare(
      `SELECT article_id AS articleId, id AS quoteId FROM quotes
       WHERE article_id >= ? AND status = 'suggested' AND kind = 'direct' ORDER BY article_id LIMIT 1`,
    )
    .get(middle) as { articleId: number; quoteId: number };
}

export function idAtOffset(db: Db, offset: number): number {
  return db.prepare('SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET ?').pluck().get(offset) as number;
}

const list = (name: string, options: Args<'articles.list'>[0], target = CLICK): BenchCall => ({
  name,
  sizes: 'all',
  target,
  prepare: (engine) => timed(() => answer(engine, 'articles.list', { limit: 200, ...options })),
});

export const CALLS: BenchCall[] = [
  {
    name: 'project.info',
    sizes: 'all',
    ...LIBRARY,
    prepare: (engine) => timed(() => answer(engine, 'project.info')),
  },
  { ...list('articles.list, first page (by id)', {}), millionMs: 1000 },
  list('articles.list, by title', { sort: 'title' }),
  list('articles.list, by outlet', { sort: 'outlet' }),
  list('articles.list, by date, latest first', { sort: 'published', descending: true }),
  list('articles.list, by words, most first', { sort: 'words', descending: true }),
  {
    name: 'articles.list, jump to the middle (offset)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const offset = Math.floor(count(engine.db) / 2);
      return timed(() => answer(engine, 'articles.list', { offset, limit: 200 }));
    },
  },
  {
    name: 'articles.list, page after the middle (by key)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const after = idAtOffset(engine.db, Math.floor(count(engine.db) / 2));
      return timed(() => answer(engine, 'articles.list', { offset: 0, after, limit: 200 }));
    },
  },
  {
    name: 'articles.list, by title, page after the middle (by key)',
    sizes: 'all',
    target: CLICK,
    prepare: async (engine) => {
      const middle = Math.floor(count(engine.db) / 2);
      const page = await engine.invoke('articles.list', { sort: 'title', offset: middle, limit: 1 });
      const after = page.rows[0]!.id;
      return { call: () => answer(engine, 'articles.list', { sort: 'title', offset: 0, after, limit: 200 }) };
    },
  },
  {
    name: 'articles.list, last page (offset)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const offset = count(engine.db) - 200;
      return timed(() => answer(engine, 'articles.list', { offset, limit: 200 }));
    },
  },
  list('articles.list, one outlet', { outlets: ['Reuters'] }),
  {
    name: 'articles.list, a search, best matches',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const { term } = searchTerm(engine.db, 12_000);
      return timed(() => answer(engine, 'articles.list', { search: term, limit: 200 }));
    },
  },
  ...(['title', 'words'] as const).map((sort): BenchCall => ({
    name: `articles.list, a search in 12% and one outlet, by ${sort}`,
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const { term } = searchTerm(engine.db, Math.floor(count(engine.db) * 0.12));
      return timed(() =>
        answer(engine, 'articles.list', {
          search: term,
          outlets: ['Reuters'],
          sort,
          descending: sort === 'words',
          limit: 200,
        }),
      );
    },
  })),
  {
    name: 'articles.facets, no filter',
    sizes: 'all',
    ...LIBRARY,
    partB: 'facet counts from covering indexes or summary tables',
    prepare: (engine) => timed(() => answer(engine, 'articles.facets', {})),
  },
  {
    name: 'articles.facets, a frame filter',
    sizes: 'all',
    ...LIBRARY,
    partB: 'facet counts from covering indexes or summary tables',
    prepare: (engine) => {
      const codeId = mostUsedFrame(engine.db);
      return timed(() => answer(engine, 'articles.facets', { codeId }));
    },
  },
  {
    name: 'articles.facets, one outlet',
    sizes: 'all',
    ...LIBRARY,
    partB: 'facet counts from covering indexes or summary tables',
    prepare: (engine) => timed(() => answer(engine, 'articles.facets', { outlets: ['Reuters'] })),
  },
  {
    name: 'articles.facets, a broad search',
    sizes: 'all',
    ...LIBRARY,
    partB: 'facet counts from covering indexes or summary tables',
    prepare: (engine) => {
      const { term } = searchTerm(engine.db, Math.floor(count(engine.db) * 0.3));
      return timed(() => answer(engine, 'articles.facets', { search: term }));
    },
  },
  {
    name: 'articles.get (open an article)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const { articleId } = articleWithQuote(engine.db);
      return timed(() => answer(engine, 'articles.get', articleId));
    },
  },
  {
    name: 'codebooks.list',
    sizes: 'all',
    target: CLICK,
    partB: 'codebook use counts from a summary kept with the annotations',
    prepare: (engine) => timed(() => answer(engine, 'codebooks.list')),
  },
  {
    name: 'history.state',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => timed(() => answer(engine, 'history.state')),
  },
  {
    name: 'entities.list (search suggestions)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => timed(() => answer(engine, 'entities.list', { search: 'Ken', limit: 8 })),
  },
  {
    name: 'coders.list',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => timed(() => answer(engine, 'coders.list')),
  },
  {
    name: 'stories.list',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => timed(() => answer(engine, 'stories.list')),
  },
  {
    name: 'stories.get (the 1,000-article story)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const id = storyId(engine.db);
      return timed(() => answer(engine, 'stories.get', id));
    },
  },
  {
    name: 'quotes.update (the write alone)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => correction(engine, false),
  },
  {
    name: 'a correction, engine side: the write and the 4 reads it reloads',
    sizes: 'all',
    target: { text: '< 300 ms end to end', ms: 300 },
    prepare: (engine) => correction(engine, true),
  },
  {
    name: 'codes.preview (cues of the most used frame)',
    sizes: 'all',
    target: { text: '< 2 s, first results < 300 ms', ms: 2000 },
    partB: 'FTS5 prefilter, a job that reports progress and is dropped when superseded',
    prepare: (engine) => {
      const code = engine.db
        .prepare('SELECT cues FROM codes WHERE id = ?')
        .pluck()
        .get(mostUsedFrame(engine.db));
      const cues = JSON.parse(code as string) as string[];
      return timed(() => answer(engine, 'codes.preview', { cues }));
    },
  },
  {
    name: 'compare.outlets, the 1,000-article story',
    sizes: 'all',
    target: { text: '< 1 s', ms: 1000 },
    partB: 'per-article aggregates stored, run as a job off the click thread',
    prepare: (engine) => {
      const id = storyId(engine.db);
      return timed(() =>
        answer(engine, 'compare.outlets', { storyId: id, discountReprints: true, linkage: LINKAGE }),
      );
    },
  },
  {
    name: 'compare.wire, the 1,000-article story',
    sizes: 'all',
    target: { text: '< 1 s', ms: 1000 },
    partB: 'wire pairs capped and ranked, alignments only for the pair opened',
    prepare: (engine) => {
      const id = storyId(engine.db);
      return timed(() => answer(engine, 'compare.wire', { storyId: id }));
    },
  },
  {
    name: 'compare.evidence (a frame in one outlet of the story)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const id = storyId(engine.db);
      const frameCodeId = mostUsedFrame(engine.db);
      return timed(() =>
        answer(engine, 'compare.evidence', { storyId: id, frameCodeId, outlet: 'Reuters', limit: 60 }),
      );
    },
  },
  {
    name: 'compare.alignment (two articles of the story)',
    sizes: 'all',
    target: CLICK,
    prepare: (engine) => {
      const [left, right] = engine.db
        .prepare('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id LIMIT 2')
        .pluck()
        .all(storyId(engine.db)) as number[];
      return timed(() => answer(engine, 'compare.alignment', left!, right!));
    },
  },
  {
    name: 'compare.outlets, a 12,000-article search',
    sizes: 'smallest',
    target: { text: '< 3 s', ms: 3000 },
    partB: 'per-article aggregates stored, run as a job off the click thread',
    prepare: (engine) => {
      const { term } = searchTerm(engine.db, 12_000);
      return timed(() =>
        answer(engine, 'compare.outlets', { query: term, discountReprints: true, linkage: LINKAGE }),
      );
    },
  },
  {
    name: 'compare.wire, a 12,000-article search',
    sizes: 'smallest',
    once: true,
    target: { text: '< 3 s', ms: 3000 },
    partB: 'wire pairs capped and ranked, alignments only for the pair opened, streamed',
    prepare: (engine) => {
      const { term } = searchTerm(engine.db, 12_000);
      return timed(() => answer(engine, 'compare.wire', { query: term }));
    },
  },
  {
    name: 'frames.rerun',
    sizes: 'smallest',
    once: true,
    target: { text: 'a job with progress, off the click thread' },
    partB: 'FTS5 prefilter, statements prepared once, run as a cancellable job',
    prepare: (engine) => timed(() => answer(engine, 'frames.rerun')),
  },
  {
    name: 'stories.group',
    sizes: 'smallest',
    once: true,
    target: { text: 'peak RSS < 400 MB', rssMb: 400 },
    partB: 'grouping in bounded memory, resumable, cancellable (the stories branch)',
    prepare: (engine) =>
      Promise.resolve({
        call: () => answer(engine, 'stories.group'),
        // The cached project stays as built: what grouping made is taken away again.
        restore: () => {
          engine.db.exec("DELETE FROM stories WHERE origin = 'auto'");
          return Promise.resolve();
        },
      }),
  },
];

const LINKAGE = [
  { name: 'aid', terms: ['aid', 'help', 'humanitarian'] },
  { name: 'sanctions', terms: ['sanctions', 'veto'] },
];

/**
 * Accepting a quote and taking the acceptance back, turn about; with `reads`, each time also the
 * reads the window makes afterwards (the article, the history, the counts, the list page).
 */
function correction(engine: Engine, reads: boolean): Promise<Run> {
  const { articleId, quoteId } = articleWithQuote(engine.db);
  const offset = Math.floor((articleId - 1) / 200) * 200;
  let accepted = false;
  return Promise.resolve({
    call: async () => {
      accepted = !accepted;
      await answer(engine, 'quotes.update', quoteId, { status: accepted ? 'accepted' : 'suggested' });
      if (!reads) return;
      await answer(engine, 'articles.get', articleId);
      await answer(engine, 'history.state');
      await answer(engine, 'project.info');
      await answer(engine, 'articles.list', { offset, limit: 200 });
    },
    restore: async () => {
      if (accepted) await answer(engine, 'quotes.update', quoteId, { status: 'suggested' });
    },
  });
}
