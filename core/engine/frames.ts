import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { allArticleIds } from '../../db/articles.ts';
import { storeCueFinds } from '../../db/cue-finds.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { statement } from '../../db/statements.ts';
import { cuePrefilterQuery } from '../analyze/cue-prefilter.ts';
import { cueHitsByFrame, longestHits, type Codebook } from '../../nlp/frames/index.ts';
import { combineFinds, FindsBuilder, keepFinds, keptFinds, type CueFinds, type Hit } from './cue-finds.ts';
import type { Progress } from './session.ts';

/** Articles handled between two returns to the event loop, so progress and other calls get through. */
const SLICE = 50;

export interface CuePreview {
  /** Sentences the cues match, across the project. */
  passages: number;
  articles: number;
  /** The first matches, for a keyword-in-context list; cue offsets are into `sentence`. */
  examples: {
    articleId: number;
    title: string | null;
    sentence: string;
    cue: { start: number; end: number; text: string };
  }[];
  /**
   * The preview stopped before it had read every article (a newer preview replaced it, or the person
   * stopped it): the counts are of the articles read so far, or, when some of its cues were counted
   * before, of those cues.
   */
  stopped?: true;
}

const EXAMPLES = 20;

/**
 * How much of the project a frame's cues would find: the texts of the articles the full-text index
 * says may hold the cues' words (every article when a cue needs no word), each scanned only in the
 * sentences that may hold a cue (`cueHitsByFrame`). Each cue's hits are kept until a text changes
 * (core/engine/cue-finds.ts), so after one cue is edited only that cue is counted, and cues already
 * counted give their share at once.
 */
export async function previewCues(
  db: Db,
  codebook: Codebook,
  progress: Progress,
  signal?: AbortSignal,
  store: StoreFinds | null = db.readonly ? null : (version, found) => storeQuietly(db, version, found),
): Promise<CuePreview> {
  const cues = [...new Set(codebook.frames.flatMap((frame) => frame.cues))];
  const { version, found: known } = keptFinds(db, cues);
  const missing = cues.filter((cue) => !known.has(cue));
  // The cues already counted answer now; the preview shows them while the others are counted.
  const sofar = known.size > 0 ? answer(db, [...known.values()]) : null;
  return scan(db, missing, sofar, version, known, progress, signal, store);
}

/**
 * Keeps in the project (migration 026) what a preview counted from the texts at `version`, for the
 * next process that opens it: written at once on a connection that may write, else handed to the
 * engine's (from a reader thread); null when the project may not be changed.
 */
export type StoreFinds = (version: number, found: ReadonlyMap<string, CueFinds>) => void;

/** Only a cache: a write that fails (the file busy, the disk full) costs the next process a count. */
function storeQuietly(db: Db, version: number, found: ReadonlyMap<string, CueFinds>): void {
  try {
    storeCueFinds(db, version, found);
  } catch {
    // Counted again next time.
  }
}

/**
 * Counts the cues not counted yet, one detector frame per cue so each cue's hits come apart, and keeps
 * them. With no cue counted before, the counts and examples so far go with the progress, article by
 * article; otherwise the counts of the cues counted before do.
 */
async function scan(
  db: Db,
  missing: string[],
  sofar: CuePreview | null,
  version: number,
  known: ReadonlyMap<string, CueFinds>,
  progress: Progress,
  signal: AbortSignal | undefined,
  store: StoreFinds | null,
): Promise<CuePreview> {
  if (missing.length === 0) {
    progress(0, 0);
    return sofar ?? { passages: 0, articles: 0, examples: [] };
  }
  const byCue: Codebook = {
    id: 'preview',
    name: 'Preview',
    description: '',
    frames: missing.map((cue, index) => ({
      id: String(index),
      name: `cue ${index + 1}`,
      description: '',
      color: '#888888',
      cues: [cue],
    })),
  };
  const query = cuePrefilterQuery(missing);
  const ids = query === null ? allArticleIds(db) : articleIdsMatching(db, query);
  const readText = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  const builders = missing.map(() => new FindsBuilder());
  const preview: CuePreview = { passages: 0, articles: 0, examples: [] };
  if (sofar) progress(0, ids.length, undefined, sofar);
  let done = 0;
  for (const id of ids) {
    if (signal?.aborted) return { ...(sofar ?? preview), stopped: true };
    const text = (readText.get(id) as string | undefined) ?? '';
    const frames = cueHitsByFrame(text, byCue);
    for (const found of frames) builders[Number(found.frame)]?.add(id, found.hits);
    if (!sofar) count(db, preview, id, text, longestHits(frames.flatMap((found) => found.hits)));
    done++;
    if (done % SLICE === 0) {
      // The counts so far go with the progress, so the first matches show long before the end.
      progress(done, ids.length, undefined, sofar ?? { ...preview, examples: [...preview.examples] });
      await yieldToEventLoop();
    }
  }
  const counted = new Map(
    missing.map((cue, index) => [cue, builders[index]?.done() ?? new FindsBuilder().done()]),
  );
  keepFinds(db, version, counted);
  store?.(version, counted);
  progress(done, ids.length);
  return sofar ? answer(db, [...known.values(), ...counted.values()]) : preview;
}

/** Adds one article's hits (all cues', the longest kept) to the counts and examples so far. */
function count(db: Db, preview: CuePreview, id: number, text: string, hits: Hit[]): void {
  const sentences = new Set(hits.map((hit) => hit.sentenceStart));
  if (sentences.size > 0) {
    preview.articles++;
    preview.passages += sentences.size;
  }
  const examples = hits.slice(0, Math.max(0, EXAMPLES - preview.examples.length));
  if (examples.length > 0) preview.examples.push(...examplesOf(db, id, text, examples));
}

/** The preview of cues whose hits are all counted: the counts, and the first articles read for examples. */
function answer(db: Db, finds: CueFinds[]): CuePreview {
  const combined = combineFinds(finds, EXAMPLES);
  const readText = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  return {
    passages: combined.passages,
    articles: combined.articles,
    examples: combined.first.flatMap(({ article, hits }) =>
      examplesOf(db, article, (readText.get(article) as string | undefined) ?? '', hits),
    ),
  };
}

/** Keyword-in-context lines of one article's hits; the title is read only for these. */
function examplesOf(db: Db, id: number, text: string, hits: Hit[]): CuePreview['examples'] {
  const title =
    (statement(db, 'SELECT title FROM articles WHERE id = ?').pluck().get(id) as string | null | undefined) ??
    null;
  return hits.map((hit) => ({
    articleId: id,
    title,
    sentence: text.slice(hit.sentenceStart, hit.sentenceEnd),
    cue: {
      start: hit.start - hit.sentenceStart,
      end: hit.end - hit.sentenceStart,
      text: text.slice(hit.start, hit.end),
    },
  }));
}
