import { articleUnits, unitsOverlapping, type UnitKind } from './units.ts';
import type { ReliabilityData } from './reliability.ts';

// Codings from any source, turned into reliability data: for each code, one row per unit and a
// column per coder, 1 where the coder applied the code to a passage overlapping the unit, 0 where
// the coder looked at the article and did not, and missing where the coder never looked at the
// article: a coder who skipped an article has not said that a code is absent from it.

/** One decision that a code applies: to a passage, or (span null) to the article as a whole. */
export interface Coding {
  articleId: number;
  coder: string;
  code: string;
  span: { start: number; end: number } | null;
}

export interface CodedArticle {
  id: number;
  text: string;
  /** What --by groups on (the outlet). */
  group: string | null;
}

/**
 * Everything one comparison needs, from one source of codings. Hand codes and frame evidence are
 * the source today; article-level frame decisions (present or not, per article and frame, by the
 * machine or a person) can be another: such a source gives codings with span null, sets
 * `articleLevel`, and is compared in article units only.
 */
export interface CodingSet {
  /** For the report: what the codings are ("hand codes and frame evidence"). */
  source: string;
  /** True when the codings are about whole articles, so only article units make sense. */
  articleLevel: boolean;
  articles: readonly CodedArticle[];
  coders: readonly string[];
  codes: readonly string[];
  codings: readonly Coding[];
  /** The articles each coder looked at: those they made any decision in. */
  lookedAt: ReadonlyMap<string, ReadonlySet<number>>;
  /** Passages where a side gives no answer though it looked at the article (coders differ, unsettled). */
  unsettled?: readonly Coding[];
}

export class UnitKindError extends Error {
  override name = 'UnitKindError';
}

/** The rows of one code (or every code, as one row per unit and code) in chosen articles. */
export interface PresenceData {
  perCode: Map<string, ReliabilityData>;
  /** All codes together: each unit counted once per code. */
  pooled: ReliabilityData;
}

/**
 * Presence (1) or absence (0) of each code in each unit, per coder. Articles fewer than two coders
 * looked at are skipped at once: they hold no pairable unit.
 */
export function presenceData(
  set: CodingSet,
  kind: UnitKind,
  articleFilter: (article: CodedArticle) => boolean = () => true,
): PresenceData {
  if (set.articleLevel && kind !== 'article')
    throw new UnitKindError(`${set.source} are about whole articles: compare them with --unit article.`);
  const coderIndex = new Map(set.coders.map((coder, i) => [coder, i]));
  const byArticle = byArticleId(set.codings.filter((coding) => coderIndex.has(coding.coder)));
  const unsettled = byArticleId(set.unsettled ?? []);
  const perCode = new Map<string, (0 | 1 | null)[][]>(set.codes.map((code) => [code, []]));
  for (const article of set.articles) {
    if (!articleFilter(article)) continue;
    const looked = set.coders.map((coder) => set.lookedAt.get(coder)?.has(article.id) ?? false);
    if (looked.filter(Boolean).length < 2) continue;
    const units = articleUnits(article.text, kind);
    const blank = () => looked.map((yes) => (yes ? 0 : null)) as (0 | 1 | null)[];
    const rows = new Map(set.codes.map((code) => [code, units.map(blank)]));
    for (const coding of byArticle.get(article.id) ?? []) {
      const coder = coderIndex.get(coding.coder)!;
      if (!looked[coder]) continue;
      const codeRows = rows.get(coding.code);
      if (!codeRows) continue;
      const hit = coding.span
        ? unitsOverlapping(units, coding.span.start, coding.span.end)
        : units.map((_, i) => i);
      for (const unit of hit) codeRows[unit]![coder] = 1;
    }
    for (const coding of unsettled.get(article.id) ?? []) {
      const coder = coderIndex.get(coding.coder);
      const codeRows = rows.get(coding.code);
      if (coder === undefined || !codeRows || !coding.span) continue;
      for (const unit of unitsOverlapping(units, coding.span.start, coding.span.end))
        codeRows[unit]![coder] = null;
    }
    for (const [code, codeRows] of rows) perCode.get(code)!.push(...codeRows);
  }
  return { perCode, pooled: [...perCode.values()].flat() };
}

/** Items grouped by the article they are in. */
export function byArticleId<T extends { articleId: number }>(items: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const item of items) {
    let list = grouped.get(item.articleId);
    if (!list) grouped.set(item.articleId, (list = []));
    list.push(item);
  }
  return grouped;
}
