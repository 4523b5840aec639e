// Issue 12: a person edits one cue of a frame's many at a time, and the preview after the edit differs
// from the one before only by that cue. What a cue finds in a text does not depend on the other cues:
// the detector finds every cue's occurrences apart and only then keeps the longest of overlapping
// ones, and an occurrence it drops lies inside a kept one, in the same sentence. So the passages are
// the union of each cue's sentences, and an article's hits are the longest of all its cues' hits. Each
// cue's hits are kept here until a text changes, and a preview counts only the cues it has not seen.
import { storedCueFinds, type CueFinds } from '../../db/cue-finds.ts';
import type { Db } from '../../db/open.ts';
import { textVersion } from '../../db/text-version.ts';
import { longestHits } from '../../nlp/frames/index.ts';

export type { CueFinds };

/** A cue's hit, UTF-16 offsets into its article's text. */
export type Hit = { start: number; end: number; sentenceStart: number; sentenceEnd: number };

/** Collects one cue's hits article after article, in ascending id order. */
export class FindsBuilder {
  private readonly columns: number[][] = [[], [], [], [], []];

  add(article: number, hits: readonly Hit[]): void {
    const [articles, starts, ends, sentenceStarts, sentenceEnds] = this.columns;
    for (const hit of hits) {
      articles?.push(article);
      starts?.push(hit.start);
      ends?.push(hit.end);
      sentenceStarts?.push(hit.sentenceStart);
      sentenceEnds?.push(hit.sentenceEnd);
    }
  }

  /** One hit, without making an object of it. */
  push(article: number, start: number, end: number, sentenceStart: number, sentenceEnd: number): void {
    const [articles, starts, ends, sentenceStarts, sentenceEnds] = this.columns;
    articles?.push(article);
    starts?.push(start);
    ends?.push(end);
    sentenceStarts?.push(sentenceStart);
    sentenceEnds?.push(sentenceEnd);
  }

  done(): CueFinds {
    const [articles, starts, ends, sentenceStarts, sentenceEnds] = this.columns;
    const column = (values: number[] | undefined) => Int32Array.from(values ?? []);
    return {
      articles: Float64Array.from(articles ?? []),
      starts: column(starts),
      ends: column(ends),
      sentenceStarts: column(sentenceStarts),
      sentenceEnds: column(sentenceEnds),
    };
  }
}

/** The passages (distinct sentences) and articles the cues find together, and the first articles' hits. */
export type Combined = {
  passages: number;
  articles: number;
  /** The first articles holding a hit, in id order, with their hits as a preview shows them, up to `examples` hits. */
  first: { article: number; hits: Hit[] }[];
};

/** What several cues find together, from each cue's own hits. */
export function combineFinds(finds: readonly CueFinds[], examples: number): Combined {
  const keys = sentenceKeys(finds);
  let passages = 0;
  let articles = 0;
  const order: number[] = [];
  for (let i = 0; i < keys.article.length; i++) {
    const article = keys.article[i] ?? 0;
    const sentence = keys.sentence[i] ?? 0;
    if (i > 0 && article === keys.article[i - 1] && sentence === keys.sentence[i - 1]) continue;
    passages++;
    if (i === 0 || article !== keys.article[i - 1]) {
      articles++;
      if (order.length < examples) order.push(article);
    }
  }
  const first: Combined['first'] = [];
  let shown = 0;
  for (const article of order) {
    if (shown >= examples) break;
    const hits = longestHits(finds.flatMap((cue) => hitsIn(cue, article))).slice(0, examples - shown);
    first.push({ article, hits });
    shown += hits.length;
  }
  return { passages, articles, first };
}

/** Every hit's (article, sentence start), sorted. */
function sentenceKeys(finds: readonly CueFinds[]): { article: Float64Array; sentence: Int32Array } {
  const total = finds.reduce((sum, cue) => sum + cue.articles.length, 0);
  const article = new Float64Array(total);
  const sentence = new Int32Array(total);
  let at = 0;
  for (const cue of finds) {
    article.set(cue.articles, at);
    sentence.set(cue.sentenceStarts, at);
    at += cue.articles.length;
  }
  // One number per pair sorts natively, far faster than a comparator, while the pairs fit in 2^53.
  let longest = 0;
  let last = 0;
  for (let i = 0; i < total; i++) {
    longest = Math.max(longest, sentence[i] ?? 0);
    last = Math.max(last, article[i] ?? 0);
  }
  const base = longest + 1;
  if (last * base + longest <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(total);
    for (let i = 0; i < total; i++) keys[i] = (article[i] ?? 0) * base + (sentence[i] ?? 0);
    keys.sort();
    for (let i = 0; i < total; i++) {
      const key = keys[i] ?? 0;
      article[i] = Math.floor(key / base);
      sentence[i] = key % base;
    }
    return { article, sentence };
  }
  const order = [...article.keys()].sort(
    (a, b) => (article[a] ?? 0) - (article[b] ?? 0) || (sentence[a] ?? 0) - (sentence[b] ?? 0),
  );
  return {
    article: Float64Array.from(order, (i) => article[i] ?? 0),
    sentence: Int32Array.from(order, (i) => sentence[i] ?? 0),
  };
}

/** A cue's hits in one article. */
function hitsIn(cue: CueFinds, article: number): Hit[] {
  let low = 0;
  let high = cue.articles.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cue.articles[middle] ?? 0) < article) low = middle + 1;
    else high = middle;
  }
  const hits: Hit[] = [];
  for (let i = low; i < cue.articles.length && cue.articles[i] === article; i++)
    hits.push({
      start: cue.starts[i] ?? 0,
      end: cue.ends[i] ?? 0,
      sentenceStart: cue.sentenceStarts[i] ?? 0,
      sentenceEnd: cue.sentenceEnds[i] ?? 0,
    });
  return hits;
}

/**
 * Hits kept per project, across cues: about 24 bytes each, so at most about 48 MB. The cues used
 * longest ago go first.
 */
const MOST_HITS = 2_000_000;

type Kept = { version: number; cues: Map<string, CueFinds>; hits: number };
const keptByProject = new WeakMap<Db, Kept>();

/**
 * The kept hits of those cues that are kept for the texts as they are now, in memory or in the project
 * (migration 027, read into memory); the rest must be counted. Whatever was kept in memory before a
 * text changed is forgotten.
 */
export function keptFinds(
  db: Db,
  cues: readonly string[],
): { version: number; found: Map<string, CueFinds> } {
  const version = textVersion(db);
  let kept = keptByProject.get(db);
  if (!kept || kept.version !== version)
    keptByProject.set(db, (kept = { version, cues: new Map(), hits: 0 }));
  const found = new Map<string, CueFinds>();
  for (const cue of cues) {
    const finds = kept.cues.get(cue);
    if (!finds) continue;
    // Used again: it goes to the back of the eviction order.
    kept.cues.delete(cue);
    kept.cues.set(cue, finds);
    found.set(cue, finds);
  }
  const stored = storedCueFinds(
    db,
    cues.filter((cue) => !found.has(cue)),
    version,
  );
  for (const [cue, finds] of stored) found.set(cue, finds);
  remember(kept, stored);
  return { version, found };
}

/**
 * Keeps cues' hits counted from the texts at `version`, unless a text changed while they were counted
 * (an import beside the preview): then they may mix old and new texts and are not kept.
 */
export function keepFinds(db: Db, version: number, found: ReadonlyMap<string, CueFinds>): void {
  const kept = keptByProject.get(db);
  if (!kept || kept.version !== version || textVersion(db) !== version) return;
  remember(kept, found);
}

/** Keeps cues' hits in memory, the cues used longest ago making room. */
function remember(kept: Kept, found: ReadonlyMap<string, CueFinds>): void {
  for (const [cue, finds] of found) {
    if (finds.articles.length > MOST_HITS) continue;
    const before = kept.cues.get(cue);
    if (before) kept.hits -= before.articles.length;
    kept.cues.delete(cue);
    kept.cues.set(cue, finds);
    kept.hits += finds.articles.length;
  }
  for (const [cue, finds] of kept.cues) {
    if (kept.hits <= MOST_HITS) break;
    kept.cues.delete(cue);
    kept.hits -= finds.articles.length;
  }
}

/** Room for `total` hits of one cue. */
function emptyFinds(total: number): CueFinds {
  return {
    articles: new Float64Array(total),
    starts: new Int32Array(total),
    ends: new Int32Array(total),
    sentenceStarts: new Int32Array(total),
    sentenceEnds: new Int32Array(total),
  };
}

/** One cue's hits from parts counted over consecutive runs of articles, in that order. */
export function concatFinds(parts: readonly CueFinds[]): CueFinds {
  if (parts.length === 1 && parts[0]) return parts[0];
  const total = parts.reduce((sum, part) => sum + part.articles.length, 0);
  const joined = emptyFinds(total);
  let at = 0;
  for (const part of parts) {
    joined.articles.set(part.articles, at);
    joined.starts.set(part.starts, at);
    joined.ends.set(part.ends, at);
    joined.sentenceStarts.set(part.sentenceStarts, at);
    joined.sentenceEnds.set(part.sentenceEnds, at);
    at += part.articles.length;
  }
  return joined;
}

/**
 * A cue's hits with those in the `changed` articles (ascending ids) replaced by `fresh`, those articles'
 * hits counted again from their texts as they are now (none for an article deleted since).
 */
export function replaceArticles(old: CueFinds, changed: readonly number[], fresh: CueFinds): CueFinds {
  const gone = new Set(changed);
  const kept: number[] = [];
  for (let i = 0; i < old.articles.length; i++) if (!gone.has(old.articles[i] ?? 0)) kept.push(i);
  const total = kept.length + fresh.articles.length;
  const joined = emptyFinds(total);
  // Both in article order, and no article in both: merged by article id.
  let a = 0;
  let b = 0;
  for (let at = 0; at < total; at++) {
    const fromOld =
      b >= fresh.articles.length ||
      (a < kept.length && (old.articles[kept[a] ?? 0] ?? 0) < (fresh.articles[b] ?? 0));
    const [source, i] = fromOld ? [old, kept[a++] ?? 0] : [fresh, b++];
    joined.articles[at] = source.articles[i] ?? 0;
    joined.starts[at] = source.starts[i] ?? 0;
    joined.ends[at] = source.ends[i] ?? 0;
    joined.sentenceStarts[at] = source.sentenceStarts[i] ?? 0;
    joined.sentenceEnds[at] = source.sentenceEnds[i] ?? 0;
  }
  return joined;
}
