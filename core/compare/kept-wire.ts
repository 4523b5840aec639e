import type { Db } from '../../db/open.ts';
import { printsForSteps } from './article-prints.ts';
import { atOnce, type Steps } from './steps.ts';
import { wirePairSteps, type WireArticle, type WireOptions, type WirePairList } from './wire.ts';

// The wire pairs of the last few selections Compare paired, kept per project in memory. Turning a
// toggle (whose voice, reported speech) or paging through the pairs asks for the same articles
// again, and pairing a 12,000-article search costs seconds every time. The key holds each article's
// id, outlet, date, length and text ends and the options, so an added, removed or edited article
// (or one given another outlet or date) pairs the selection again.

const KEPT = 2;
const caches = new WeakMap<Db, { key: string; pairs: WirePairList }[]>();

function keyOf(articles: readonly WireArticle[], options: WireOptions): string {
  const parts = [`${options.minShare ?? ''}:${options.reprintShare ?? ''}`];
  for (const a of articles)
    parts.push(
      `${a.id}\u0002${a.outlet ?? ''}\u0002${a.published_at ?? ''}\u0002${a.word_count}\u0002${a.text.length}` +
        `\u0002${a.text.slice(0, 64)}\u0002${a.text.slice(-64)}`,
    );
  return parts.join('\u0001');
}

/** The wire pairs of these articles, from the project's kept answer when nothing it rests on changed. */
export function keptWirePairs(
  db: Db,
  articles: readonly WireArticle[],
  options: WireOptions = {},
): WirePairList {
  return atOnce(keptWirePairSteps(db, articles, options));
}

/** `keptWirePairs` as steps; a selection stopped part way keeps no pairs. */
export function* keptWirePairSteps(
  db: Db,
  articles: readonly WireArticle[],
  options: WireOptions = {},
): Steps<WirePairList> {
  let kept = caches.get(db);
  if (!kept) caches.set(db, (kept = []));
  const key = keyOf(articles, options);
  const found = kept.find((entry) => entry.key === key);
  if (found) return found.pairs;
  const pairs = yield* wirePairSteps(articles, options, yield* printsForSteps(db, articles));
  kept.unshift({ key, pairs });
  kept.length = Math.min(kept.length, KEPT);
  return pairs;
}
