import type { Db } from '../../db/open.ts';
import { compareArticles, type CompareArticleRow } from '../../db/compare.ts';
import { alignTexts, sharedPassages, type AlignmentSegment, type Span } from './align.ts';
import { fingerprints, sharedShare } from './fingerprint.ts';
import { outletOf } from './outlet.ts';
import { selectedArticles, type Selection } from './selection.ts';
import { keptWirePairSteps } from './kept-wire.ts';
import { atOnce, stage, type Steps } from './steps.ts';
import type { WireOptions, WirePair } from './wire.ts';

export interface WirePairWithPassages extends WirePair {
  /** The passages both share, offsets into each (source, copy); only when asked for. */
  passages?: { source: Span; copy: Span; exact: boolean }[];
}

export interface WirePairOptions extends WireOptions {
  /** Pairs listed, most shared first (default 100): a large search has thousands nobody reads. */
  limit?: number;
  /** Pairs skipped before the listed ones (default 0): the next page of a long list. */
  offset?: number;
  /** Align each listed pair and give its shared passages (default false: `compare.alignment` aligns the pair opened). */
  passages?: boolean;
}

export const DEFAULT_WIRE_LIMIT = 100;

/** Pairs of articles in a selection sharing wire copy, most shared first, capped, with passages when asked. */
export function wirePairs(
  db: Db,
  selection: Selection,
  options: WirePairOptions = {},
): WirePairWithPassages[] {
  return atOnce(wirePairPageSteps(db, selection, options));
}

/** `wirePairs` as steps. */
export function* wirePairPageSteps(
  db: Db,
  selection: Selection,
  options: WirePairOptions = {},
): Steps<WirePairWithPassages[]> {
  const articles = yield* selectedArticles(db, selection);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const offset = options.offset ?? 0;
  const pairs = (yield* keptWirePairSteps(db, articles, wireOptions(options))).slice(
    offset,
    offset + (options.limit ?? DEFAULT_WIRE_LIMIT),
  );
  if (!options.passages) return pairs;
  return yield* stage('Aligning the shared passages', () =>
    pairs.map((pair) => ({
      ...pair,
      passages: sharedPassages(alignTexts(byId.get(pair.sourceId)!.text, byId.get(pair.copyId)!.text)).map(
        (passage) => ({ source: passage.left, copy: passage.right, exact: passage.exact }),
      ),
    })),
  );
}

/** The options pairing rests on (not the page asked for), so that every page shares one kept answer. */
function wireOptions(options: WireOptions): WireOptions {
  return {
    ...(options.minShare !== undefined ? { minShare: options.minShare } : {}),
    ...(options.reprintShare !== undefined ? { reprintShare: options.reprintShare } : {}),
  };
}

export interface AlignedArticle {
  id: number;
  title: string | null;
  outlet: string;
  published_at: string | null;
  text: string;
}

export interface Alignment {
  left: AlignedArticle;
  right: AlignedArticle;
  /** Share of the shorter article's wording found in the other (0..1). */
  share: number;
  segments: AlignmentSegment[];
}

/** Two articles side by side: shared passages aligned, and what each has alone. Undefined when one is missing. */
export function alignArticles(db: Db, leftId: number, rightId: number): Alignment | undefined {
  const rows = new Map(compareArticles(db, [leftId, rightId]).map((article) => [article.id, article]));
  const left = rows.get(leftId);
  const right = rows.get(rightId);
  if (!left || !right) return undefined;
  return {
    left: aligned(left),
    right: aligned(right),
    share: Math.round(sharedShare(fingerprints(left.text), fingerprints(right.text)) * 1000) / 1000,
    segments: alignTexts(left.text, right.text),
  };
}

function aligned(article: CompareArticleRow): AlignedArticle {
  return {
    id: article.id,
    title: article.title,
    outlet: outletOf(article),
    published_at: article.published_at,
    text: article.text,
  };
}
