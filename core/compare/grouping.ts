import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { groupingInputPage, replaceAutoStories, type GroupingInput } from '../../db/stories.ts';
import { dayOf } from './dates.ts';
import { clusterArticles, cosine, type ClusterInput } from './cluster.ts';
import { termCounts, topVector, Vocabulary, type SparseVector } from './vectors.ts';

export interface GroupOptions {
  /** Articles further apart than this (in days) are not one story. Default 3. */
  windowDays?: number;
  /**
   * Least cosine similarity of an article to a story's centroid for it to join. Default 0.12,
   * low because outlets that frame an event apart also word it apart; dates keep events apart.
   */
  threshold?: number;
  /** Groups smaller than this are not stored as stories. Default 2. */
  minArticles?: number;
}

export interface GroupSummary {
  articles: number;
  stories: number;
  grouped: number;
}

const PAGE = 500;

/**
 * Groups the project's articles into stories (articles a person placed stay where they are) and
 * replaces the stories grouping made before. Reads the texts twice, a page at a time: once for
 * document frequencies, once for each article's vector; only the vectors stay in memory.
 */
export async function groupStories(
  db: Db,
  options: GroupOptions = {},
  progress: (done: number, total: number, label?: string) => void = () => {},
): Promise<GroupSummary> {
  const windowDays = options.windowDays ?? 3;
  const threshold = options.threshold ?? 0.12;
  const minArticles = options.minArticles ?? 2;
  const total = (db.prepare('SELECT count(*) FROM articles').pluck().get() as number) * 3;

  const vocabulary = new Vocabulary();
  let done = 0;
  await eachPage(db, (article) => {
    vocabulary.addDocument(termCounts(article.title, article.text).keys());
    progress(++done, total, 'counting words');
  });

  const inputs: ClusterInput[] = [];
  const titles = new Map<number, string | null>();
  await eachPage(db, (article) => {
    inputs.push({
      id: article.id,
      day: dayOf(article.published_at),
      time: timeOf(article.published_at),
      vector: topVector(termCounts(article.title, article.text), vocabulary),
    });
    titles.set(article.id, article.title);
    progress(++done, total, 'weighing terms');
  });

  const clusterStart = done;
  const groups = clusterArticles(inputs, {
    windowDays,
    threshold,
    onProgress: (clustered) => progress(clusterStart + clustered, total, 'grouping'),
  }).filter((members) => members.length >= minArticles);

  const vectors = new Map(inputs.map((input) => [input.id, input.vector]));
  const named = groups.map((members) => ({
    name: storyName(members, vectors, titles, vocabulary),
    articleIds: members,
  }));
  replaceAutoStories(db, named, new Date().toISOString());
  progress(total, total);
  return {
    articles: inputs.length,
    stories: groups.length,
    grouped: groups.reduce((sum, members) => sum + members.length, 0),
  };
}

function timeOf(published: string | null): number | null {
  const time = published ? Date.parse(published) : NaN;
  return Number.isNaN(time) ? null : time;
}

async function eachPage(db: Db, visit: (article: GroupingInput) => void): Promise<void> {
  let after = 0;
  for (;;) {
    const page = groupingInputPage(db, after, PAGE);
    if (page.length === 0) return;
    for (const article of page) visit(article);
    after = page[page.length - 1]!.id;
    await yieldToEventLoop();
  }
}

/** A story is called by the title of its most typical article, else by its strongest terms. */
function storyName(
  members: readonly number[],
  vectors: ReadonlyMap<number, SparseVector>,
  titles: ReadonlyMap<number, string | null>,
  vocabulary: Vocabulary,
): string {
  const sum = new Map<number, number>();
  for (const id of members) {
    const vector = vectors.get(id)!;
    vector.ids.forEach((term, i) => sum.set(term, (sum.get(term) ?? 0) + vector.weights[i]!));
  }
  const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 40);
  const centroid: SparseVector = {
    ids: Int32Array.from(top, ([id]) => id),
    weights: Float32Array.from(top, ([, weight]) => weight),
  };
  let best = members[0]!;
  let bestScore = -1;
  for (const id of members) {
    const score = titles.get(id) ? cosine(vectors.get(id)!, centroid) : -0.5;
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return (
    titles.get(best)?.trim() ||
    top
      .slice(0, 3)
      .map(([id]) => vocabulary.terms[id])
      .join(', ')
  );
}
