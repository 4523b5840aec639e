import type { FrameCodeRow, FrameHitRow, FramePresenceRow } from '../../db/compare.ts';
import { round } from './outlet.ts';

// Frames per outlet: the share of an outlet's articles where each frame is present and asserted (by
// the article-level decisions that count: a coder's over the machine's; denied frames counted apart,
// never as asserted), the share of its evidence each frame has, and the outlet × frame matrix the
// heatmap draws.

export interface FrameInfo {
  codeId: number;
  key: string;
  name: string;
  color: string | null;
  codebook: string;
}

export interface OutletFrame extends FrameInfo {
  /** Articles of the outlet asserting the frame, and their share of its articles. */
  articles: number;
  articleShare: number;
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
  /** [outlet][frame]: share of the outlet's articles using the frame. */
  articleShare: number[][];
  /** [outlet][frame]: share of the outlet's frame evidence. */
  hitShare: number[][];
}

export function outletFrames(
  outlets: ReadonlyMap<string, readonly number[]>,
  hits: readonly FrameHitRow[],
  codes: readonly FrameCodeRow[],
  decisions: readonly FramePresenceRow[],
): { perOutlet: Record<string, OutletFrame[]>; matrix: FrameMatrix } {
  const outletOfArticle = new Map<number, string>();
  for (const [outlet, ids] of outlets) for (const id of ids) outletOfArticle.set(id, outlet);
  const info = new Map<number, FrameInfo>(
    codes.map((code) => [
      code.id,
      { codeId: code.id, key: code.key, name: code.name, color: code.color, codebook: code.codebook },
    ]),
  );
  type Tally = { articles: Set<number>; denied: Set<number>; hits: number; negated: number };
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
    if (outlet === undefined || !info.has(decision.code_id)) continue;
    present.add(`${decision.article_id}:${decision.code_id}`);
    const entry = entryOf(outlet, decision.code_id);
    (decision.denied ? entry.denied : entry.articles).add(decision.article_id);
    frameTotals.set(decision.code_id, frameTotals.get(decision.code_id) ?? 0);
  }
  for (const hit of hits) {
    const outlet = outletOfArticle.get(hit.article_id);
    // Evidence counts where the decision says the frame is present (a coder may have said it is not).
    if (outlet === undefined || !present.has(`${hit.article_id}:${hit.code_id}`)) continue;
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

  const perOutlet: Record<string, OutletFrame[]> = {};
  const matrix: FrameMatrix = { outlets: [...outlets.keys()], frames: used, articleShare: [], hitShare: [] };
  for (const [outlet, ids] of outlets) {
    const frames = tally.get(outlet) ?? new Map<number, Tally>();
    const rows = used.map((frame): OutletFrame => {
      const entry = frames.get(frame.codeId);
      const articles = entry?.articles.size ?? 0;
      const hitCount = entry?.hits ?? 0;
      return {
        ...frame,
        articles,
        articleShare: round(ids.length === 0 ? 0 : articles / ids.length),
        deniedArticles: entry?.denied.size ?? 0,
        hits: hitCount,
        hitShare: round(hitCount / Math.max(1, totalHits.get(outlet) ?? 0)),
        negated: entry?.negated ?? 0,
      };
    });
    matrix.articleShare.push(rows.map((row) => row.articleShare));
    matrix.hitShare.push(rows.map((row) => row.hitShare));
    perOutlet[outlet] = rows
      .filter((row) => row.articles > 0 || row.deniedArticles > 0)
      .sort((a, b) => b.articleShare - a.articleShare || b.hits - a.hits);
  }
  return { perOutlet, matrix };
}
