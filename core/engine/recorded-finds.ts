// Issue 12: analysis and a frames re-run record each cue's hits article by article, as the cue
// preview counts them (migration 032, nlp/frames/cue-record.ts). A frame's first preview reads those
// rows instead of counting its cues in every text; only articles without a row covering the cues
// (analysed by older code or with other cues, or given a new text since) are counted.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { allArticleIds } from '../../db/articles.ts';
import { lastRecordedArticle, recordedCueSets, recordedHitsAfter } from '../../db/recorded-cue-hits.ts';
import { PACKED_HIT } from '../../nlp/frames/index.ts';
import { ANALYSIS_VERSION } from '../analyze/run.ts';
import { FindsBuilder, type CueFinds } from './cue-finds.ts';

/** Rows read between two returns to the event loop. */
const SLICE = 1_000;

/** Every cue some analysis by this code's detector recorded the hits of. */
export function recordedCues(db: Db): Set<string> {
  return new Set([...recordedCueSets(db, ANALYSIS_VERSION).values()].flat());
}

export type Recorded = {
  /** Each cue's hits in the articles whose row covers every cue, article by article. */
  finds: Map<string, CueFinds>;
  /** How many articles have a row covering every cue. */
  covered: number;
  /** The project's articles (ascending) without one: no row recorded, or one of other cues. */
  uncovered: number[];
};

/**
 * Each of `cues`' hits as analysis recorded them, and the articles it did not record them in. The rows are
 * read in article order straight from the table, a page at a time, without asking the full-text index
 * which articles may hold the cues first: that question costs more than reading every row when the
 * cues are common words (a frame of 91 cues, 97% of a 100,000-article project: 1.4 s at load 12), and
 * an article the index would leave out holds no hit of the cues, so its row adds none. `soFar` is
 * called after each page with the last article read and the last one recorded (the progress), and
 * with the hits read so far until a page holding one is read, so the first matches show after the
 * first page. Null when stopped.
 */
export async function recordedFinds(
  db: Db,
  cues: readonly string[],
  soFar: (read: number, of: number, finds: CueFinds[] | null) => void,
  signal?: AbortSignal,
): Promise<Recorded | null> {
  // Per cue set that holds every cue: each of its cues' place among `cues`, -1 for the others.
  const covering = new Map<number, Int32Array>();
  for (const [set, recorded] of recordedCueSets(db, ANALYSIS_VERSION)) {
    const place = new Map(cues.map((cue, index) => [cue, index]));
    if (!cues.every((cue) => recorded.includes(cue))) continue;
    covering.set(
      set,
      Int32Array.from(recorded, (cue) => place.get(cue) ?? -1),
    );
  }
  if (covering.size === 0) return { finds: new Map(), covered: 0, uncovered: allArticleIds(db) };
  const builders = cues.map(() => new FindsBuilder());
  // Articles whose row covers the cues, in the order read (ascending).
  const covered: number[] = [];
  const last = lastRecordedArticle(db);
  let shown = false;
  let after = -Infinity;
  for (;;) {
    if (signal?.aborted) return null;
    const page = recordedHitsAfter(db, after, SLICE);
    for (const row of page) {
      const places = covering.get(row.cueSet);
      if (!places) continue;
      covered.push(row.articleId);
      for (let at = 0; at + PACKED_HIT <= row.hits.length; at += PACKED_HIT) {
        const place = places[row.hits[at] ?? -1] ?? -1;
        if (place >= 0)
          builders[place]?.push(
            row.articleId,
            row.hits[at + 1] ?? 0,
            row.hits[at + 2] ?? 0,
            row.hits[at + 3] ?? 0,
            row.hits[at + 4] ?? 0,
          );
      }
    }
    if (page.length === 0) break;
    after = page[page.length - 1]?.articleId ?? after;
    // The first matches as soon as the first page holding a hit is read; then only the progress.
    const finds = shown ? null : builders.map((builder) => builder.done());
    if (finds?.some((cue) => cue.articles.length > 0)) shown = true;
    soFar(after, last, finds);
    if (page.length < SLICE) break;
    await yieldToEventLoop();
  }
  if (signal?.aborted) return null;
  const finds = new Map(cues.map((cue, index) => [cue, builders[index]!.done()]));
  return { finds, covered: covered.length, uncovered: uncoveredArticles(db, covered) };
}

/**
 * The articles among `candidates` (those the full-text index says may hold the cues, asked for only
 * when needed) that have no row covering the cues: the ones a count must read.
 */
export function uncountedAmong(recorded: Recorded, candidates: () => readonly number[]): number[] {
  if (recorded.uncovered.length === 0) return [];
  const unrecorded = new Set(recorded.uncovered);
  return candidates().filter((id) => unrecorded.has(id));
}

/** The project's articles (ascending) not among `covered` (ascending). */
function uncoveredArticles(db: Db, covered: readonly number[]): number[] {
  const uncovered: number[] = [];
  let at = 0;
  // Compared id by id, not by number: an article may be added and another deleted meanwhile.
  for (const id of allArticleIds(db)) {
    while (at < covered.length && (covered[at] ?? 0) < id) at++;
    if (covered[at] !== id) uncovered.push(id);
  }
  return uncovered;
}
