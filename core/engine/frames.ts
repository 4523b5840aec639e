import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { allArticleIds } from '../../db/articles.ts';
import { staleCueFinds, storeCueFinds } from '../../db/cue-finds.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { statement } from '../../db/statements.ts';
import { changedArticles } from '../../db/text-version.ts';
import { cuePrefilterQuery } from '../analyze/cue-prefilter.ts';
import { cueHitsByFrame, longestHits, oneFramePerCue, type Codebook } from '../../nlp/frames/index.ts';
import {
  combineFinds,
  concatFinds,
  FindsBuilder,
  keepFinds,
  keptFinds,
  replaceArticles,
  type CueFinds,
  type Hit,
} from './cue-finds.ts';
import { cueHelpers, helperCount } from './cue-helpers.ts';
import { recordedCues, recordedFinds, uncountedAmong } from './recorded-finds.ts';
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
  /**
   * The project's cue hits are being recorded in the background (an older project, analysed before
   * migration 032: core/engine/missing-cue-hits.ts): the cues it records were read only from the
   * `recorded` of `of` articles recorded so far, not counted in the rest.
   */
  recording?: { recorded: number; of: number };
}

const EXAMPLES = 20;

/** A preview stopped part way: what the cues found so far (kept or read) answer, marked stopped. */
function stoppedWith(db: Db, known: ReadonlyMap<string, CueFinds>): CuePreview {
  const kept = [...known.values()];
  return {
    ...(kept.length > 0 ? answer(db, kept) : { passages: 0, articles: 0, examples: [] }),
    stopped: true,
  };
}

/**
 * How much of the project a frame's cues would find: the texts of the articles the full-text index
 * says may hold the cues' words (every article when a cue needs no word), each scanned only in the
 * sentences that may hold a cue (`cueHitsByFrame`). Each cue's hits are kept until a text changes
 * (core/engine/cue-finds.ts), so after one cue is edited only that cue is counted, and cues already
 * counted give their share at once. Cues analysis ran are read from what it recorded per article
 * (core/engine/recorded-finds.ts): only articles it did not record them in are counted, unless
 * `recording` says the engine is recording them in the background (core/engine/missing-cue-hits.ts):
 * then the articles recorded so far answer at once, marked `recording`, and the rest wait for it.
 */
export async function previewCues(
  db: Db,
  codebook: Codebook,
  progress: Progress,
  signal?: AbortSignal,
  store: StoreFinds | null = db.readonly ? null : (version, found) => storeQuietly(db, version, found),
  recording = false,
): Promise<CuePreview> {
  const cues = [...new Set(codebook.frames.flatMap((frame) => frame.cues))];
  const { version, found: known } = keptFinds(db, cues);
  const updated = await bringUpToDate(
    db,
    cues.filter((cue) => !known.has(cue)),
    version,
    progress,
    signal,
  );
  if (!updated) {
    return stoppedWith(db, known);
  }
  if (updated.size > 0) {
    for (const [cue, finds] of updated) known.set(cue, finds);
    keepFinds(db, version, updated);
    store?.(version, updated);
  }
  const missing = cues.filter((cue) => !known.has(cue));
  if (missing.length === 0) {
    progress(0, 0);
    return answer(db, [...known.values()]);
  }
  // What analysis recorded of the missing cues (migration 032) is read; a cue it did not run (new or
  // edited) is counted, and so is an article it did not record.
  const ran = recordedCues(db);
  const fromAnalysis = missing.filter((cue) => ran.has(cue));
  const candidates = (cues: readonly string[]) => {
    const query = cuePrefilterQuery(cues);
    return query === null ? allArticleIds(db) : articleIdsMatching(db, query);
  };
  let partial: Map<string, CueFinds> | null = null;
  let uncounted: number[] | null = null;
  if (recording && ran.size === 0) {
    // Nothing recorded yet: the first batch is moments away, and the preview asked again then.
    progress(0, 0);
    return {
      ...answer(db, [...known.values()]),
      recording: { recorded: 0, of: allArticleIds(db).length },
    };
  }
  if (fromAnalysis.length > 0) {
    let shown: CuePreview | null = known.size > 0 ? answer(db, [...known.values()]) : null;
    const reading = 'reading the hits analysis recorded';
    const recorded = await recordedFinds(
      db,
      fromAnalysis,
      (read, of, finds) => {
        if (finds) shown = answer(db, [...known.values(), ...finds]);
        progress(read, of, reading, shown ?? undefined);
      },
      signal,
    );
    if (!recorded) {
      return stoppedWith(db, known);
    }
    if (recorded.uncovered.length === 0) {
      for (const [cue, finds] of recorded.finds) known.set(cue, finds);
      keepFinds(db, version, recorded.finds);
      store?.(version, recorded.finds);
      progress(1, 1, reading);
    } else if (recording) {
      // Recorded in the background meanwhile: the recorded articles answer now, neither kept nor
      // stored (they are not all), and only cues it does not record are counted.
      const note = { recorded: recorded.covered, of: recorded.covered + recorded.uncovered.length };
      const shown = new Map([...known, ...recorded.finds]);
      const fresh = missing.filter((cue) => !ran.has(cue));
      if (fresh.length === 0) {
        progress(1, 1, reading);
        return { ...answer(db, [...shown.values()]), recording: note };
      }
      const sofar = answer(db, [...shown.values()]);
      const counted = await scan(
        db,
        fresh,
        candidates(fresh),
        null,
        sofar,
        version,
        shown,
        progress,
        signal,
        store,
      );
      return { ...counted, recording: note };
    } else if (fromAnalysis.length === missing.length) {
      // Some articles unrecorded (analysed by older code, or given a new text): only they are counted.
      partial = recorded.finds;
      uncounted = uncountedAmong(recorded, () => candidates(fromAnalysis));
    }
    // Else some articles unrecorded and some cues new: every missing cue is counted, as before.
  }
  const toCount = cues.filter((cue) => !known.has(cue));
  if (toCount.length === 0) {
    progress(0, 0);
    return answer(db, [...known.values()]);
  }
  // The cues already counted (or recorded) answer now; the preview shows them while the others are counted.
  const sofar =
    known.size > 0 || partial ? answer(db, [...known.values(), ...(partial?.values() ?? [])]) : null;
  return scan(
    db,
    toCount,
    uncounted ?? candidates(toCount),
    partial,
    sofar,
    version,
    known,
    progress,
    signal,
    store,
  );
}

/**
 * The hits of those of `cues` stored at an earlier text version, brought up to `version` by counting
 * again only the articles added, deleted or given a new text since (migration 030's log): the hits of
 * other articles cannot have changed, since what a cue finds in a text depends on that text alone.
 * Cues whose changes the log no longer holds are left out (counted afresh). Null when stopped.
 */
async function bringUpToDate(
  db: Db,
  cues: readonly string[],
  version: number,
  progress: Progress,
  signal: AbortSignal | undefined,
): Promise<Map<string, CueFinds> | null> {
  const updated = new Map<string, CueFinds>();
  const byVersion = new Map<number, { cue: string; finds: CueFinds }[]>();
  for (const [cue, { version: since, finds }] of staleCueFinds(db, cues, version)) {
    const group = byVersion.get(since) ?? [];
    group.push({ cue, finds });
    byVersion.set(since, group);
  }
  const readText = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  for (const [since, group] of byVersion) {
    const changed = changedArticles(db, since, version);
    if (!changed) continue;
    const groupCues = group.map(({ cue }) => cue);
    const book = oneFramePerCue(groupCues);
    const builders = group.map(() => new FindsBuilder());
    // Many changed (a large import): only those the full-text index allows are read, as a count would.
    const query = changed.length >= SHARING.from ? cuePrefilterQuery(groupCues) : null;
    const allowed = query === null ? null : new Set(articleIdsMatching(db, query));
    const read = allowed ? changed.filter((id) => allowed.has(id)) : changed;
    progress(0, read.length);
    for (const [index, id] of read.entries()) {
      if (signal?.aborted) return null;
      // A deleted article has no text and no hits any more.
      const text = readText.get(id) as string | undefined;
      if (text !== undefined)
        for (const found of cueHitsByFrame(text, book)) builders[Number(found.frame)]?.add(id, found.hits);
      if ((index + 1) % SLICE === 0) {
        progress(index + 1, read.length);
        await yieldToEventLoop();
      }
    }
    group.forEach(({ cue, finds }, index) =>
      updated.set(cue, replaceArticles(finds, changed, builders[index]?.done() ?? new FindsBuilder().done())),
    );
  }
  return updated;
}

/**
 * Keeps in the project (migration 027) what a preview counted from the texts at `version`, for the
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
 * How a first count is shared with helper threads: in runs of `run` articles (this thread takes them
 * from the front, helpers from the back), and only from `from` candidate articles on (starting a
 * helper costs more than a few hundred articles). Tests share small projects.
 */
export const SHARING = { run: 500, from: 2_000 };

/**
 * Counts the cues not counted yet in the articles `ids` (the candidates analysis recorded no hits of
 * them in), one detector frame per cue so each cue's hits come apart, adds those analysis recorded
 * (`partial`), and keeps them. This thread counts runs of articles from the first on, helper threads (core/engine/cue-helpers.ts)
 * from the last back, until they meet. With no cue counted before, this thread's counts and examples so
 * far go with the progress; otherwise the counts of the cues counted before do.
 */
async function scan(
  db: Db,
  missing: string[],
  ids: readonly number[],
  partial: ReadonlyMap<string, CueFinds> | null,
  sofar: CuePreview | null,
  version: number,
  known: ReadonlyMap<string, CueFinds>,
  progress: Progress,
  signal: AbortSignal | undefined,
  store: StoreFinds | null,
): Promise<CuePreview> {
  const book = oneFramePerCue(missing);
  const readText = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  const runs: number[][] = [];
  for (let at = 0; at < ids.length; at += SHARING.run) runs.push(ids.slice(at, at + SHARING.run));
  const parts: CueFinds[][] = [];
  const preview: CuePreview = { passages: 0, articles: 0, examples: [] };
  const shown = () => sofar ?? { ...preview, examples: [...preview.examples] };
  if (sofar) progress(0, ids.length, undefined, sofar);

  let front = 0;
  let back = runs.length;
  let mine = 0;
  let theirs = 0;
  const helping = ids.length >= SHARING.from && !db.memory ? cueHelpers(helperCount()) : [];
  // Runs a helper could not count (its thread died): this thread counts them.
  const left: number[] = [];
  const helpers = new AbortController();
  const stopHelpers = signal ? AbortSignal.any([signal, helpers.signal]) : helpers.signal;
  const work = helping.map(async (helper) => {
    while (front < back && !stopHelpers.aborted) {
      const run = --back;
      const articles = runs[run] ?? [];
      let counted = 0;
      try {
        const finds = await helper.count(
          db.name,
          missing,
          articles,
          (done) => {
            theirs += done - counted;
            counted = done;
            progress(mine + theirs, ids.length, undefined, shown());
          },
          stopHelpers,
        );
        if (!finds) return;
        theirs += articles.length - counted;
        parts[run] = finds;
      } catch {
        theirs -= counted;
        left.push(run);
        return;
      }
    }
  });

  for (;;) {
    while (front < back || left.length > 0) {
      const inOrder = front < back;
      const run = inOrder ? front++ : (left.pop() ?? 0);
      const builders = missing.map(() => new FindsBuilder());
      for (const id of runs[run] ?? []) {
        if (signal?.aborted) {
          helpers.abort();
          return { ...(sofar ?? preview), stopped: true };
        }
        const text = (readText.get(id) as string | undefined) ?? '';
        const frames = cueHitsByFrame(text, book);
        for (const found of frames) builders[Number(found.frame)]?.add(id, found.hits);
        // Runs counted in order from the first: the counts and first matches so far.
        if (!sofar && inOrder)
          count(db, preview, id, text, longestHits(frames.flatMap((found) => found.hits)));
        mine++;
        if (mine % SLICE === 0) {
          // The counts so far go with the progress, so the first matches show long before the end.
          progress(mine + theirs, ids.length, undefined, shown());
          await yieldToEventLoop();
        }
      }
      parts[run] = builders.map((builder) => builder.done());
    }
    await Promise.all(work);
    if (left.length === 0) break;
  }
  if (signal?.aborted) return { ...(sofar ?? preview), stopped: true };
  const counted = new Map(
    missing.map((cue, index) => {
      const finds = concatFinds(parts.map((part) => part[index] ?? new FindsBuilder().done()));
      // The articles analysis recorded and those counted here are apart: merged by article.
      const fromAnalysis = partial?.get(cue);
      return [cue, fromAnalysis ? replaceArticles(fromAnalysis, [], finds) : finds];
    }),
  );
  keepFinds(db, version, counted);
  store?.(version, counted);
  progress(ids.length, ids.length);
  // What helpers counted is not in this thread's counts so far.
  return sofar || helping.length > 0 ? answer(db, [...known.values(), ...counted.values()]) : preview;
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
