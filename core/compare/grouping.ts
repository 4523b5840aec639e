import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import {
  articleIdsByDate,
  articlesFingerprint,
  articleTextsAfter,
  finishGrouping,
  groupableTexts,
  groupingRun,
  groupOfArticles,
  openGroupRows,
  publishedAtOf,
  saveCounting,
  saveGroupingStretch,
  startGroupingRun,
  type ArticleText,
  type GroupingRunRow,
  type GroupRow,
} from '../../db/grouping.ts';
import { dayOf } from './dates.ts';
import { LONE_DAYS, MAX_GAP_DAYS, StoryClusterer, type ArticleInput, type GroupState } from './cluster.ts';
import {
  articleVector,
  distinctTerms,
  DocumentFrequencies,
  termCounts,
  vectorFromBytes,
  vectorToBytes,
} from './vectors.ts';
import { TERMS_COUNTING } from './words.ts';
import { storyNameOf } from './story-names.ts';

// Grouping as a job that reads the project in pages, yields between them (other calls are
// answered meanwhile), reports progress, stops when asked and goes on where it stopped. Two passes:
// counting in how many articles each term occurs (for idf), then placing the articles in the order
// they came out (cluster.ts). Both checkpoint into the project (db/grouping.ts), so a run stopped
// by the person, by Ctrl+C or by a crash is resumed by the next one unless the articles changed.

export interface GroupOptions {
  /** Days within which an article joins the story of one similar article. Default 3. */
  windowDays?: number;
  /** Least similarity to one recent article of a story for an article to join it. Default 0.2. */
  threshold?: number;
  /** Groups smaller than this are not stored as stories. Default 2. */
  minArticles?: number;
  /** Start over even if an earlier run stopped part way. */
  restart?: boolean;
  /** Articles read at a time (default 100), and pages between checkpoints (default 20): for tests and benchmarks. */
  pageSize?: number;
  checkpointPages?: number;
}

export interface GroupSummary {
  articles: number;
  stories: number;
  grouped: number;
  /** False when the run was stopped before the end: the earlier stories stay until a run finishes. */
  finished: boolean;
  /** Whether this run went on from one that had stopped. */
  resumed: boolean;
  /** Share of the work done, 0–1. */
  done: number;
}

type Progress = (done: number, total: number, label?: string) => void;

/** The longest the thread works between yields. */
const SLICE_MS = 25;

/** Pages of the project file kept in memory while grouping (8 MB): it reads each text once, in order. */
const GROUPING_CACHE_KIB = 8192;

export async function groupStories(
  db: Db,
  options: GroupOptions = {},
  progress: Progress = () => {},
  signal?: AbortSignal,
): Promise<GroupSummary> {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${GROUPING_CACHE_KIB}`);
  try {
    return await runGrouping(db, options, progress, signal);
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
}

async function runGrouping(
  db: Db,
  options: GroupOptions,
  progress: Progress,
  signal: AbortSignal | undefined,
): Promise<GroupSummary> {
  const settings = {
    windowDays: options.windowDays ?? 3,
    threshold: options.threshold ?? 0.2,
    minArticles: options.minArticles ?? 2,
    // How articles' words are counted (features.ts): a run stopped under another counting starts over.
    counting: TERMS_COUNTING,
  };
  const fingerprint = articlesFingerprint(db);
  const earlier = groupingRun(db);
  const resumed =
    !options.restart &&
    earlier !== undefined &&
    earlier.fingerprint === fingerprint &&
    earlier.options === JSON.stringify(settings);
  const articles = Number(fingerprint.split(':')[0]);
  if (!resumed)
    startGroupingRun(db, {
      options: JSON.stringify(settings),
      fingerprint,
      started_at: new Date().toISOString(),
      total: articles,
    });
  const run = groupingRun(db)!;
  const total = articles * 2;
  const stopped = (done: number): GroupSummary => ({
    articles,
    stories: 0,
    grouped: 0,
    finished: false,
    resumed,
    done: total ? done / total : 0,
  });

  const page = options.pageSize ?? 100;
  const checkpointPages = options.checkpointPages ?? 20;
  const frequencies = await countTerms(db, run, { progress, total, page, checkpointPages }, signal);
  if (!frequencies) return stopped(groupingRun(db)?.position ?? 0);

  const order = articleIdsByDate(db);
  const clusterer = new StoryClusterer(settings, run.next_group);
  let position = run.phase === 'grouping' ? run.position : 0;
  if (position > 0) restoreOpen(db, clusterer, order, position, frequencies, settings.windowDays);

  let placed: [number, number][] = [];
  let merged: [number, number][] = [];
  let pages = 0;
  let sliceAt = performance.now();
  const save = () => {
    const groups = clusterer.takeDirty().map(groupRow);
    saveGroupingStretch(db, { placed, merged, groups, position, nextGroup: clusterer.nextGroupId });
    placed = [];
    merged = [];
  };
  while (position < order.length) {
    if (signal?.aborted) {
      save();
      return stopped(articles + position);
    }
    const ids = Array.from(order.subarray(position, position + page));
    for (const article of groupableTexts(db, ids)) {
      const placement = clusterer.place(inputOf(article, frequencies));
      placed.push(...placement.moved, [article.id, placement.group]);
      for (const from of placement.merged) merged.push([from, placement.group]);
    }
    position += ids.length;
    progress(articles + position, total, 'grouping articles');
    if (++pages % checkpointPages === 0) save();
    if (performance.now() - sliceAt > SLICE_MS) {
      await yieldToEventLoop();
      sliceAt = performance.now();
    }
  }
  placed.push(...clusterer.finish());
  save();
  if (signal?.aborted) return stopped(total);
  const made = finishGrouping(
    db,
    settings.minArticles,
    (group) => storyNameOf(db, group),
    new Date().toISOString(),
  );
  progress(total, total);
  return { articles, ...made, finished: true, resumed, done: 1 };
}

/** Counts term frequencies (or takes them from the run), checkpointing; null when stopped. */
async function countTerms(
  db: Db,
  run: GroupingRunRow,
  {
    progress,
    total,
    page,
    checkpointPages,
  }: { progress: Progress; total: number; page: number; checkpointPages: number },
  signal: AbortSignal | undefined,
): Promise<DocumentFrequencies | null> {
  const frequencies = run.frequencies
    ? DocumentFrequencies.fromBytes(run.frequencies)
    : new DocumentFrequencies();
  if (run.phase === 'grouping') return frequencies;
  let after = run.position;
  let pages = 0;
  let sliceAt = performance.now();
  for (;;) {
    if (signal?.aborted) {
      saveCounting(db, after, frequencies.toBytes(), false);
      return null;
    }
    const texts = articleTextsAfter(db, after, page);
    if (texts.length === 0) break;
    for (const article of texts) frequencies.add(distinctTerms(article.title, article.text));
    after = texts.at(-1)!.id;
    progress(frequencies.documents, total, 'counting words');
    // The counts are a few megabytes: kept less often than the groups.
    if (++pages % (checkpointPages * 5) === 0) saveCounting(db, after, frequencies.toBytes(), false);
    if (performance.now() - sliceAt > SLICE_MS) {
      await yieldToEventLoop();
      sliceAt = performance.now();
    }
  }
  saveCounting(db, after, frequencies.toBytes(), true);
  return frequencies;
}

function inputOf(article: ArticleText, frequencies: DocumentFrequencies): ArticleInput {
  return {
    id: article.id,
    day: dayOf(article.published_at),
    vector: articleVector(termCounts(article.title, article.text), frequencies),
    titled: Boolean(article.title?.trim()),
  };
}

/**
 * Takes up a stopped run: the stories still open at its position, and the articles of its last
 * `windowDays` days, or LONE_DAYS if more (their vectors computed again from their texts).
 */
function restoreOpen(
  db: Db,
  clusterer: StoryClusterer,
  order: Int32Array,
  position: number,
  frequencies: DocumentFrequencies,
  windowDays: number,
): void {
  const today = dayOf(publishedAtOf(db, order[position - 1]!));
  const groups = openGroupRows(db, today === null ? -Infinity : today - MAX_GAP_DAYS).map(groupState);
  // Walk back from the position to the first article inside the window (or of the days an
  // article left alone waits for a story).
  const back = Math.max(windowDays, LONE_DAYS);
  let start = position;
  while (start > 0 && position - start < 50_000) {
    const day = dayOf(publishedAtOf(db, order[start - 1]!));
    if (today !== null && day !== null && today - day > back) break;
    start--;
  }
  const texts = groupableTexts(db, Array.from(order.subarray(start, position)));
  const groupOf = groupOfArticles(
    db,
    texts.map((text) => text.id),
  );
  const recent = texts.flatMap((text) => {
    const group = groupOf.get(text.id);
    return group === undefined ? [] : [{ ...inputOf(text, frequencies), group }];
  });
  clusterer.restore(groups, recent);
}

function groupRow(group: GroupState): GroupRow {
  return {
    id: group.id,
    articles: group.articles,
    first_day: group.firstDay,
    last_day: group.lastDay,
    name_article_id: group.nameArticleId,
    name_score: group.nameScore,
    // A story of one article is its article: its centroid is not worth keeping.
    centroid: group.articles < 2 ? Buffer.alloc(0) : vectorToBytes(group.centroid),
  };
}

function groupState(row: GroupRow): GroupState {
  return {
    id: row.id,
    articles: row.articles,
    firstDay: row.first_day,
    lastDay: row.last_day,
    nameArticleId: row.name_article_id,
    nameScore: row.name_score,
    centroid: vectorFromBytes(row.centroid),
  };
}
