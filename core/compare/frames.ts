import type { FrameCodeRow, FrameHitRow } from '../../db/compare.ts';
import { round } from './outlet.ts';

// Frames per outlet: the share of an outlet's articles that use each frame (at least one piece of
// evidence not rejected) and the share of its evidence each frame has, plus the outlet × frame
// matrix the heatmap draws.

export interface FrameInfo {
  codeId: number;
  key: string;
  name: string;
  color: string | null;
  codebook: string;
}

export interface OutletFrame extends FrameInfo {
  /** Articles of the outlet using the frame, and their share of its articles. */
  articles: number;
  articleShare: number;
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
): { perOutlet: Record<string, OutletFrame[]>; matrix: FrameMatrix } {
  const outletOfArticle = new Map<number, string>();
  for (const [outlet, ids] of outlets) for (const id of ids) outletOfArticle.set(id, outlet);
  const info = new Map<number, FrameInfo>(
    codes.map((code) => [
      code.id,
      { codeId: code.id, key: code.key, name: code.name, color: code.color, codebook: code.codebook },
    ]),
  );
  type Tally = { articles: Set<number>; hits: number; negated: number };
  const tally = new Map<string, Map<number, Tally>>();
  const totalHits = new Map<string, number>();
  const frameTotals = new Map<number, number>();
  for (const hit of hits) {
    const outlet = outletOfArticle.get(hit.article_id);
    if (outlet === undefined || !info.has(hit.code_id)) continue;
    let frames = tally.get(outlet);
    if (!frames) tally.set(outlet, (frames = new Map<number, Tally>()));
    let entry = frames.get(hit.code_id);
    if (!entry) frames.set(hit.code_id, (entry = { articles: new Set(), hits: 0, negated: 0 }));
    entry.articles.add(hit.article_id);
    entry.hits++;
    entry.negated += hit.negated;
    totalHits.set(outlet, (totalHits.get(outlet) ?? 0) + 1);
    frameTotals.set(hit.code_id, (frameTotals.get(hit.code_id) ?? 0) + 1);
  }
  const used = [...frameTotals]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
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
        hits: hitCount,
        hitShare: round(hitCount / Math.max(1, totalHits.get(outlet) ?? 0)),
        negated: entry?.negated ?? 0,
      };
    });
    matrix.articleShare.push(rows.map((row) => row.articleShare));
    matrix.hitShare.push(rows.map((row) => row.hitShare));
    perOutlet[outlet] = rows
      .filter((row) => row.hits > 0)
      .sort((a, b) => b.articleShare - a.articleShare || b.hits - a.hits);
  }
  return { perOutlet, matrix };
}
