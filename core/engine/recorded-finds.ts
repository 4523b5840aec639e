// Issue 12: analysis records each cue's hits article by article, as the cue preview counts them
// (migration 031, nlp/frames/cue-record.ts). A frame's first preview reads those rows instead of
// counting its cues in every text; only articles without a row covering the cues (analysed by older
// code or with other cues, or given a new text since) are counted.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { recordedCueSets, recordedHitsOf } from '../../db/recorded-cue-hits.ts';
import { PACKED_HIT } from '../../nlp/frames/index.ts';
import { ANALYSIS_VERSION } from '../analyze/run.ts';
import { FindsBuilder, type CueFinds } from './cue-finds.ts';

/** Articles read between two returns to the event loop. */
const SLICE = 1_000;

/** Every cue some analysis by this code's detector recorded the hits of. */
export function recordedCues(db: Db): Set<string> {
  return new Set([...recordedCueSets(db, ANALYSIS_VERSION).values()].flat());
}

export type Recorded = {
  /** Each cue's hits in the articles whose row covers every cue, article by article. */
  finds: Map<string, CueFinds>;
  /** The candidate articles that must be counted: no row recorded, or one of other cues. */
  uncounted: number[];
};

/**
 * Each of `cues`' hits in the candidate articles `ids` (ascending) as analysis recorded them, and the
 * articles it did not record them in. `soFar` is called now and then with the hits read so far, so
 * the first matches show before every row is read. Null when stopped.
 */
export async function recordedFinds(
  db: Db,
  cues: readonly string[],
  ids: readonly number[],
  soFar: (read: number, finds: CueFinds[] | null) => void,
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
  if (covering.size === 0) return { finds: new Map(), uncounted: [...ids] };
  const builders = cues.map(() => new FindsBuilder());
  const uncounted: number[] = [];
  let shown = false;
  for (const [index, id] of ids.entries()) {
    const row = recordedHitsOf(db, id);
    const places = row && covering.get(row.cueSet);
    if (!row || !places) uncounted.push(id);
    else
      for (let at = 0; at + PACKED_HIT <= row.hits.length; at += PACKED_HIT) {
        const place = places[row.hits[at] ?? -1] ?? -1;
        if (place >= 0)
          builders[place]?.push(
            id,
            row.hits[at + 1] ?? 0,
            row.hits[at + 2] ?? 0,
            row.hits[at + 3] ?? 0,
            row.hits[at + 4] ?? 0,
          );
      }
    if ((index + 1) % SLICE === 0) {
      if (signal?.aborted) return null;
      // The first matches as soon as the first slice holding a hit is read; then only the progress.
      const finds = shown ? null : builders.map((builder) => builder.done());
      if (finds?.some((cue) => cue.articles.length > 0)) shown = true;
      soFar(index + 1, finds);
      await yieldToEventLoop();
    }
  }
  if (signal?.aborted) return null;
  return { finds: new Map(cues.map((cue, index) => [cue, builders[index]!.done()])), uncounted };
}
