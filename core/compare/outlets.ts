import type { Db } from '../../db/open.ts';
import {
  frameArticles,
  frameCodes,
  mentionsWithEntities,
  quotesWithSpeakers,
  type CompareArticleRow,
} from '../../db/compare.ts';
import {
  distinctiveBasis,
  distinctiveTermSteps,
  projectCountSteps,
  type DistinctiveBasis,
  type DistinctiveTerm,
} from './distinctive.ts';
import { articleTermSteps } from './article-terms.ts';
import { keptWirePairSteps } from './kept-wire.ts';
import { salientEntities, type SalientEntity } from './entities.ts';
import {
  outletFrames,
  type FrameMatrix,
  type OutletFrame,
  type PrimaryFrames,
  type Voice,
} from './frames.ts';
import { linkage, type Concept, type LinkageResult } from './linkage.ts';
import { byOutlet, NO_OUTLET, outletOf } from './outlet.ts';
import { selectedArticles, type Selection } from './selection.ts';
import { officialPeople, outletSpeakers, type OutletSpeakers, type SpeakerMatrix } from './speakers.ts';
import { reprintsOf, type WireOptions, type WirePair } from './wire.ts';
import { attributionVerbs, type VerbTable } from './verbs.ts';
import { distinctiveAsWritten } from './written-forms.ts';
import { atOnce, inChunks, stage, type Steps } from './steps.ts';

// Compare: everything the Compare view shows for a story or any selection, per outlet, as plain
// JSON. With `discountReprints` (the default) an article that mostly repeats another's wire copy
// is left out of the per-outlet figures, so one wire story reprinted by five outlets counts as
// one framing, not six; the reprints are listed under their outlet instead.

export interface CompareOptions extends WireOptions {
  discountReprints?: boolean;
  /** Count reported speech ("X told reporters that …") as sourcing, beside quotes in quote marks. */
  includeReported?: boolean;
  /** Whose frames: the outlet's own voice, its quoted sources', or both (the default). */
  voice?: Voice;
  linkage?: Concept[];
}

export interface OutletSummary {
  outlet: string;
  /** Articles of the outlet in the selection, and those counted in the figures (reprints discounted). */
  articles: number;
  counted: number;
  words: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /**
   * Its articles that reprint another's wire copy, with the likely source: the agency the texts credit
   * when they name one (`agency`), else the outlet of the earliest article (`sourceId`, counted in the figures).
   */
  reprints: {
    articleId: number;
    sourceId: number;
    sourceOutlet: string;
    agency: string | null;
    share: number;
  }[];
}

export interface CompareResult {
  selection: Selection;
  articles: number;
  /** The outlets named, each with its articles; articles with no outlet are under `noOutlet`. */
  outlets: OutletSummary[];
  /**
   * The articles whose outlet nobody named (outlet "(no outlet)"), counted and said apart: they are
   * no outlet, so no per-outlet figure, chart or test includes them. Null when every article has one.
   */
  noOutlet: OutletSummary | null;
  firstPublished: string | null;
  lastPublished: string | null;
  discountReprints: boolean;
  /** Whether reported speech counts in "who is quoted". */
  includeReported: boolean;
  voice: Voice;
  frames: { matrix: FrameMatrix; perOutlet: Record<string, OutletFrame[]>; primary: PrimaryFrames };
  speakers: { matrix: SpeakerMatrix; perOutlet: Record<string, OutletSpeakers> };
  /** The reporting verbs each outlet introduces its sources with, per outlet and speaker. */
  verbs: VerbTable;
  entities: Record<string, SalientEntity[]>;
  distinctive: Record<string, DistinctiveTerm[]>;
  /** The words each outlet's distinctive words rest on, and whether they are too few to mean much. */
  distinctiveBasis: Record<string, DistinctiveBasis>;
  linkage: LinkageResult[];
  /** Pairs sharing wire copy, most shared first, at most WIRE_LISTED of them; `wirePairs` counts all. */
  wire: WirePair[];
  wirePairs: number;
}

/** Wire pairs listed in the result: every pair still counts for reprints, only the list is capped. */
export const WIRE_LISTED = 200;

export function compareOutlets(db: Db, selection: Selection, options: CompareOptions = {}): CompareResult {
  return atOnce(compareOutletSteps(db, selection, options));
}

/** `compareOutlets` as steps, each a stage a scholar would recognise, with articles done of all. */
export function* compareOutletSteps(
  db: Db,
  selection: Selection,
  options: CompareOptions = {},
): Steps<CompareResult> {
  const discount = options.discountReprints ?? true;
  const articles = yield* selectedArticles(db, selection);
  const wire = yield* keptWirePairSteps(db, articles, {
    minShare: options.minShare,
    reprintShare: options.reprintShare,
  });
  const reprints = reprintsOf(wire.reprints());
  const counted = discount ? articles.filter((article) => !reprints.has(article.id)) : articles;
  const outlets = new Map(
    [...byOutlet(counted, outletOf)].map(([outlet, list]) => [outlet, list.map((article) => article.id)]),
  );
  // Outlets whose every article is a reprint still get a row (with no figures): the reader sees them.
  for (const article of articles) if (!outlets.has(outletOf(article))) outlets.set(outletOf(article), []);
  // Articles nobody named an outlet for are no outlet of their own: no row, no test (see `noOutlet`).
  outlets.delete(NO_OUTLET);
  const ids = counted.map((article) => article.id);
  const texts = new Map(counted.map((article) => [article.id, article.text]));
  // Headlines carry an outlet's framing as much as its text does; page furniture is no one's wording.
  const terms = yield* articleTermSteps(db, counted);
  // Ids ascend, so the chunks' rows come in the order one query over all of them gives.
  const read = yield* inChunks('Reading entities and quotes', ids, (chunk) => [
    {
      mentions: mentionsWithEntities(db, chunk),
      quotes: quotesWithSpeakers(db, chunk, options.includeReported ?? false),
    },
  ]);
  const mentions = read.flatMap((part) => part.mentions);
  const quotes = read.flatMap((part) => part.quotes);
  const officials = officialPeople(mentions);
  const voice = options.voice ?? 'both';
  const frameRows = yield* inChunks('Counting frames by outlet', ids, (chunk) => frameArticles(db, chunk));
  const frames = outletFrames(outlets, frameRows, frameCodes(db), voice);
  // Three pieces under one stage, each a step where the comparison can stop.
  const quoted = 'Counting who is quoted and how';
  const sources = {
    speakers: yield* stage(quoted, () => outletSpeakers(outlets, quotes, texts, officials)),
    verbs: yield* stage(quoted, () => attributionVerbs(outlets, quotes, officials)),
    entities: yield* stage(quoted, () =>
      salientEntities(outlets, mentions, new Map(counted.map((article) => [article.id, article.word_count]))),
    ),
  };
  const prior = yield* projectCountSteps(db);
  const ranked = yield* distinctiveTermSteps(outlets, terms, prior);
  const distinctive = distinctiveAsWritten(ranked, outlets, texts);
  const linked = yield* stage('Finding linkage', () => linkage(outlets, texts, options.linkage ?? [], db));
  return {
    selection,
    articles: articles.length,
    ...summaries(articles, counted, reprints),
    ...span(articles),
    discountReprints: discount,
    includeReported: options.includeReported ?? false,
    voice,
    frames,
    ...sources,
    distinctive,
    distinctiveBasis: distinctiveBasis(outlets, terms.terms),
    linkage: linked,
    wire: wire.slice(0, WIRE_LISTED),
    wirePairs: wire.length,
  };
}

function summaries(
  articles: readonly CompareArticleRow[],
  counted: readonly CompareArticleRow[],
  reprints: ReadonlyMap<number, { sourceId: number; share: number; agency: string | null }>,
): { outlets: OutletSummary[]; noOutlet: OutletSummary | null } {
  const countedIds = new Set(counted.map((article) => article.id));
  const outletOfId = new Map(articles.map((article) => [article.id, outletOf(article)]));
  const all = [...byOutlet(articles, outletOf)]
    .map(([outlet, list]): OutletSummary => ({
      outlet,
      articles: list.length,
      counted: list.filter((article) => countedIds.has(article.id)).length,
      words: list.reduce((sum, article) => sum + article.word_count, 0),
      ...span(list),
      reprints: list.flatMap((article) => {
        const reprint = reprints.get(article.id);
        return reprint
          ? [
              {
                articleId: article.id,
                sourceId: reprint.sourceId,
                sourceOutlet: reprint.agency ?? outletOfId.get(reprint.sourceId)!,
                agency: reprint.agency,
                share: reprint.share,
              },
            ]
          : [];
      }),
    }))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
  return {
    outlets: all.filter((summary) => summary.outlet !== NO_OUTLET),
    noOutlet: all.find((summary) => summary.outlet === NO_OUTLET) ?? null,
  };
}

function span(articles: readonly CompareArticleRow[]): {
  firstPublished: string | null;
  lastPublished: string | null;
} {
  const dates = articles
    .map((article) => article.published_at)
    .filter((date): date is string => date !== null)
    .sort();
  return { firstPublished: dates[0] ?? null, lastPublished: dates[dates.length - 1] ?? null };
}
