import {
  compareArticles,
  frameCodes,
  frameHitsOf,
  framePresence,
  type FrameCodeRow,
  type FrameHitRow,
  type FramePresenceRow,
} from '../../db/compare.ts';
import type { Db } from '../../db/open.ts';
import { analysedText, textBlocks } from '../../nlp/structure.ts';
import { projectCounts, type DistinctiveTerm } from '../../core/compare/distinctive.ts';
import { fightinWords } from '../../core/compare/logodds.ts';
import { addNgramCounts } from '../../core/compare/ngrams.ts';
import { byOutlet, NO_OUTLET, outletOf } from '../../core/compare/outlet.ts';
import { findWirePairs, reprintsOf } from '../../core/compare/wire.ts';
import { frameTest, MIN_ARTICLES } from '../../core/compare/frame-tests.ts';
import type { FrameInfo, FrameMatrix, OutletFrame, PrimaryFrames, Voice } from '../../core/compare/frames.ts';
import { round } from '../../core/compare/outlet.ts';
import { wilsonInterval } from '../../core/compare/stats.ts';

// Compare's frames per outlet as main computed them before migration 017: from every piece of frame
// evidence and the decisions that count. Kept here, unchanged, as the reference the figures from the
// stored per-article rows must equal.

type Tally = { articles: Set<number>; denied: Set<number>; hits: number; negated: number };

export function outletFramesFromEvidence(
  outlets: ReadonlyMap<string, readonly number[]>,
  hits: readonly FrameHitRow[],
  codes: readonly FrameCodeRow[],
  decisions: readonly FramePresenceRow[],
  voice: Voice = 'both',
): { perOutlet: Record<string, OutletFrame[]>; matrix: FrameMatrix; primary: PrimaryFrames } {
  const outletOfArticle = new Map<number, string>();
  for (const [outlet, ids] of outlets) for (const id of ids) outletOfArticle.set(id, outlet);
  const info = new Map<number, FrameInfo>(
    codes.map((code) => [
      code.id,
      { codeId: code.id, key: code.key, name: code.name, color: code.color, codebook: code.codebook },
    ]),
  );
  const inVoice = (hit: FrameHitRow) =>
    voice === 'both' || (voice === 'own' ? hit.in_quote === 0 : hit.in_quote === 1);
  const voiced = new Set<string>();
  for (const hit of hits) if (inVoice(hit)) voiced.add(`${hit.article_id}:${hit.code_id}`);

  const tally = new Map<string, Map<number, Tally>>();
  const totalHits = new Map<string, number>();
  const frameTotals = new Map<number, number>();
  const entryOf = (outlet: string, codeId: number): Tally => {
    let frames = tally.get(outlet);
    if (!frames) tally.set(outlet, (frames = new Map<number, Tally>()));
    let entry = frames.get(codeId);
    if (!entry) frames.set(codeId, (entry = { articles: new Set(), denied: new Set(), hits: 0, negated: 0 }));
    return entry;
  };
  const present = new Set<string>();
  for (const decision of decisions) {
    const outlet = outletOfArticle.get(decision.article_id);
    const key = `${decision.article_id}:${decision.code_id}`;
    if (outlet === undefined || !info.has(decision.code_id)) continue;
    if (voice !== 'both' && !voiced.has(key)) continue;
    present.add(key);
    const entry = entryOf(outlet, decision.code_id);
    (decision.denied ? entry.denied : entry.articles).add(decision.article_id);
    frameTotals.set(decision.code_id, frameTotals.get(decision.code_id) ?? 0);
  }
  for (const hit of hits) {
    const outlet = outletOfArticle.get(hit.article_id);
    // Evidence counts where the decision says the frame is present (a coder may have said it is not).
    if (outlet === undefined || !inVoice(hit) || !present.has(`${hit.article_id}:${hit.code_id}`)) continue;
    const entry = entryOf(outlet, hit.code_id);
    entry.hits++;
    entry.negated += hit.negated;
    totalHits.set(outlet, (totalHits.get(outlet) ?? 0) + 1);
    frameTotals.set(hit.code_id, (frameTotals.get(hit.code_id) ?? 0) + 1);
  }
  const used = [...frameTotals]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .filter(([codeId]) => info.has(codeId))
    .map(([codeId]) => info.get(codeId)!);

  const names = [...outlets.keys()];
  const perOutlet: Record<string, OutletFrame[]> = {};
  const matrix: FrameMatrix = {
    outlets: names,
    frames: used,
    articleShare: [],
    hitShare: [],
    counted: names.map((outlet) => outlets.get(outlet)!.length),
    asserted: [],
    denied: [],
    interval: [],
    tooFew: names.filter((outlet) => outlets.get(outlet)!.length < MIN_ARTICLES),
    minArticles: MIN_ARTICLES,
    tests: [],
  };
  for (const [outlet, ids] of outlets) {
    const frames = tally.get(outlet) ?? new Map<number, Tally>();
    const rows = used.map((frame): OutletFrame => {
      const entry = frames.get(frame.codeId);
      const articles = entry?.articles.size ?? 0;
      const hitCount = entry?.hits ?? 0;
      const [low, high] = wilsonInterval(articles, ids.length);
      return {
        ...frame,
        articles,
        articleShare: round(ids.length === 0 ? 0 : articles / ids.length),
        of: ids.length,
        interval: [round(low), round(high)],
        deniedArticles: entry?.denied.size ?? 0,
        hits: hitCount,
        hitShare: round(hitCount / Math.max(1, totalHits.get(outlet) ?? 0)),
        negated: entry?.negated ?? 0,
      };
    });
    matrix.articleShare.push(rows.map((row) => row.articleShare));
    matrix.hitShare.push(rows.map((row) => row.hitShare));
    matrix.asserted.push(rows.map((row) => row.articles));
    matrix.denied.push(rows.map((row) => row.deniedArticles));
    matrix.interval.push(rows.map((row) => row.interval));
    perOutlet[outlet] = rows
      .filter((row) => row.articles > 0 || row.deniedArticles > 0)
      .sort((a, b) => b.articleShare - a.articleShare || b.hits - a.hits);
  }
  const tested = names.map((outlet) => outlets.get(outlet)!.length >= MIN_ARTICLES);
  matrix.tests = used.map((frame, f) =>
    frameTest(
      frame,
      names.filter((_, o) => tested[o]),
      matrix.asserted.filter((_, o) => tested[o]).map((row) => row[f]!),
      matrix.counted.filter((_, o) => tested[o]),
    ),
  );
  return { perOutlet, matrix, primary: primaryFrames(outlets, decisions, info) };
}

/** Each outlet's articles by their primary frame (a denied frame is no article's primary). */
function primaryFrames(
  outlets: ReadonlyMap<string, readonly number[]>,
  decisions: readonly FramePresenceRow[],
  info: ReadonlyMap<number, FrameInfo>,
): PrimaryFrames {
  const primaryOf = new Map<number, number>();
  for (const decision of decisions)
    if (decision.is_primary && !decision.denied && info.has(decision.code_id))
      primaryOf.set(decision.article_id, decision.code_id);
  const names = [...outlets.keys()];
  const totals = new Map<number, number>();
  for (const ids of outlets.values())
    for (const id of ids) {
      const code = primaryOf.get(id);
      if (code !== undefined) totals.set(code, (totals.get(code) ?? 0) + 1);
    }
  const frames = [...totals].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([codeId]) => info.get(codeId)!);
  const column = new Map(frames.map((frame, index) => [frame.codeId, index]));
  const counts = names.map(() => new Array<number>(frames.length).fill(0));
  const none = names.map(() => 0);
  names.forEach((outlet, o) => {
    for (const id of outlets.get(outlet)!) {
      const code = primaryOf.get(id);
      if (code === undefined) none[o]!++;
      else counts[o]![column.get(code)!]!++;
    }
  });
  return { outlets: names, frames, counts, none };
}

/**
 * The frames and distinctive words of `compareOutlets` for these articles, computed as main did:
 * frames from every piece of evidence, distinctive words from string-keyed counts per article.
 */
export function compareTheOldWay(
  db: Db,
  ids: readonly number[],
  voice: Voice,
): {
  frames: ReturnType<typeof outletFramesFromEvidence>;
  distinctive: Record<string, Omit<DistinctiveTerm, 'written'>[]>;
} {
  const articles = compareArticles(db, ids);
  const reprints = reprintsOf(findWirePairs(articles));
  const counted = articles.filter((article) => !reprints.has(article.id));
  const outlets = new Map(
    [...byOutlet(counted, outletOf)].map(([outlet, list]) => [outlet, list.map((article) => article.id)]),
  );
  for (const article of articles) if (!outlets.has(outletOf(article))) outlets.set(outletOf(article), []);
  outlets.delete(NO_OUTLET);
  const countedIds = counted.map((article) => article.id);
  const frames = outletFramesFromEvidence(
    outlets,
    frameHitsOf(db, countedIds),
    frameCodes(db),
    framePresence(db, countedIds),
    voice,
  );
  const perArticle = new Map(
    counted.map((article) => {
      const counts = new Map<string, number>();
      addNgramCounts(
        `${article.title ?? ''}\n\n${analysedText(article.text, textBlocks(article.text))}`,
        counts,
      );
      return [article.id, counts] as const;
    }),
  );
  const own = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  for (const [outlet, list] of outlets) {
    const counts = new Map<string, number>();
    for (const id of list)
      for (const [term, n] of perArticle.get(id)!) counts.set(term, (counts.get(term) ?? 0) + n);
    own.set(outlet, counts);
    for (const [term, n] of counts) all.set(term, (all.get(term) ?? 0) + n);
  }
  const rest = (outlet: string) => {
    const counts = new Map(all);
    for (const [term, n] of own.get(outlet)!) counts.set(term, counts.get(term)! - n);
    return counts;
  };
  const distinctive: Record<string, Omit<DistinctiveTerm, 'written'>[]> = {};
  for (const [outlet, counts] of own)
    distinctive[outlet] = fightinWords(counts, rest(outlet), projectCounts(db))
      .filter((term) => term.z > 0)
      .slice(0, 20)
      .map((term) => ({ ...term, z: round(term.z, 3), delta: round(term.delta, 3) }));
  return { frames, distinctive };
}
