import type { FrameArticleRow, FrameCodeRow, FramePresenceRow } from '../../db/compare.ts';
import { round } from './outlet.ts';
import { frameTest, MIN_ARTICLES, type FrameTest } from './frame-tests.ts';
import { wilsonInterval } from './stats.ts';

// Frames per outlet: the share of an outlet's articles where each frame is present and asserted (by
// the article-level decisions that count: adjudicated, else a coder's, else the machine's; denied
// frames counted apart, never as asserted), with a 95% Wilson interval and the counts behind it, a
// test per frame of whether the outlets differ, the share of its evidence each frame has, and the
// outlet × frame matrix the heatmap draws.
// Whose voice: with `voice` 'own' an article counts for a frame only when evidence of it lies outside
// quotations (the outlet's own words); with 'quoted' only when it lies inside one (its sources'). A
// decision without evidence (a coder's, made by hand) has no voice and counts only under 'both'.

export type Voice = 'own' | 'quoted' | 'both';

export interface FrameInfo {
  codeId: number;
  key: string;
  name: string;
  color: string | null;
  codebook: string;
}

export interface OutletFrame extends FrameInfo {
  /** Articles of the outlet asserting the frame, and their share of its counted articles. */
  articles: number;
  articleShare: number;
  /** Articles of the outlet counted (the share's denominator) and the share's 95% Wilson interval. */
  of: number;
  interval: [number, number];
  /** Articles of the outlet where the frame is present but denied. */
  deniedArticles: number;
  /** Evidence (hits) of the frame, and their share of all the outlet's frame evidence. */
  hits: number;
  hitShare: number;
  negated: number;
}

export interface FrameMatrix {
  outlets: string[];
  frames: FrameInfo[];
  /** [outlet][frame]: share of the outlet's articles asserting the frame. */
  articleShare: number[][];
  /** [outlet][frame]: share of the outlet's frame evidence. */
  hitShare: number[][];
  /** [outlet]: articles counted; [outlet][frame]: of them asserting the frame, and denying it. */
  counted: number[];
  asserted: number[][];
  denied: number[][];
  /** [outlet][frame]: 95% Wilson interval of the share asserting. */
  interval: [number, number][][];
  /** Outlets with fewer than `minArticles` counted articles: drawn, but left out of the tests. */
  tooFew: string[];
  minArticles: number;
  /** [frame]: whether the outlets differ in how often they assert it, in words and figures. */
  tests: FrameTest[];
}

export interface PrimaryFrames {
  outlets: string[];
  /** Frames that are some counted article's primary frame, most often first. */
  frames: FrameInfo[];
  /** [outlet][frame]: articles whose primary frame it is. */
  counts: number[][];
  /** [outlet]: counted articles with no primary frame. */
  none: number[];
}

type Tally = { articles: Set<number>; denied: Set<number>; hits: number; negated: number };

export function outletFrames(
  outlets: ReadonlyMap<string, readonly number[]>,
  rows: readonly FrameArticleRow[],
  codes: readonly FrameCodeRow[],
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
  // The evidence in the voice asked for, and how much of it is negated.
  const hitsOf = (row: FrameArticleRow) =>
    voice === 'both' ? row.own_hits + row.quoted_hits : voice === 'own' ? row.own_hits : row.quoted_hits;
  const negatedOf = (row: FrameArticleRow) =>
    voice === 'both'
      ? row.own_negated + row.quoted_negated
      : voice === 'own'
        ? row.own_negated
        : row.quoted_negated;

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
  for (const row of rows) {
    const outlet = outletOfArticle.get(row.article_id);
    if (outlet === undefined || !info.has(row.code_id)) continue;
    const hits = hitsOf(row);
    // Under a voice, a frame counts where its evidence lies in that voice; a decision without
    // evidence has no voice.
    if (voice !== 'both' && hits === 0) continue;
    const entry = entryOf(outlet, row.code_id);
    (row.denied ? entry.denied : entry.articles).add(row.article_id);
    // Evidence counts where the decision says the frame is present (a coder may have said it is not).
    entry.hits += hits;
    entry.negated += negatedOf(row);
    totalHits.set(outlet, (totalHits.get(outlet) ?? 0) + hits);
    frameTotals.set(row.code_id, (frameTotals.get(row.code_id) ?? 0) + hits);
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
  return { perOutlet, matrix, primary: primaryFrames(outlets, rows, info) };
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
