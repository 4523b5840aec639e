import type { SparseVector } from './vectors.ts';

// Groups articles into stories in one pass, oldest first. Each article joins the story whose
// centroid it is most similar to (cosine at least `threshold`) among stories that had an article
// within `windowDays` before it, or starts a new one. Comparing with centroids instead of linking
// pairs keeps one story from chaining into the next through articles that touch both; finding
// candidates through an index of the stories' terms avoids comparing all pairs. Articles without
// a date come last and are compared by similarity only.

export interface ClusterInput {
  id: number;
  /** Days since 1970-01-01; null when the article has no date. */
  day: number | null;
  /** Milliseconds since 1970 of its publication, for reading articles in the order they came out. */
  time: number | null;
  vector: SparseVector;
}

export interface ClusterOptions {
  windowDays: number;
  threshold: number;
  onProgress?: (done: number, total: number) => void;
}

interface Story {
  members: number[];
  /** The centroid: each term's slot in `weights`. Postings carry the slot, so scoring needs no lookup. */
  slots: Map<number, number>;
  weights: number[];
  norm2: number;
  lastDay: number | null;
}

/** Posting lists longer than this are skipped when finding candidates: such terms name no one event. */
const MAX_POSTINGS = 400;
/** An article's strongest terms, through which candidate stories are found. */
const PROBE_TERMS = 40;
/** Candidates (best by their share of the probe) whose full similarity is then measured. */
const CANDIDATES = 30;

export function clusterArticles(inputs: readonly ClusterInput[], options: ClusterOptions): number[][] {
  const order = [...inputs].sort(
    (a, b) => (a.time ?? Number.POSITIVE_INFINITY) - (b.time ?? Number.POSITIVE_INFINITY) || a.id - b.id,
  );
  const stories: Story[] = [];
  let postings = new Map<number, number[]>();
  let undatedPhase = false;
  let done = 0;
  for (const article of order) {
    if (article.day === null && !undatedPhase) {
      // Stories closed by the date window were dropped from the index; articles without a date
      // may join any story, so the index is built again over all of them.
      undatedPhase = true;
      postings = new Map();
      stories.forEach((story, index) => {
        for (const [term, slot] of story.slots) addPosting(postings, term, index, slot);
      });
    }
    const best = bestStory(article, stories, postings, options);
    const index = best ?? stories.length;
    if (best === undefined)
      stories.push({ members: [], slots: new Map(), weights: [], norm2: 0, lastDay: null });
    join(stories[index]!, index, article, postings);
    options.onProgress?.(++done, order.length);
  }
  return stories.map((story) => story.members);
}

/** Partial dot products per story, reused across articles: a typed array is far cheaper than a Map. */
let scores = new Float64Array(1024);

function bestStory(
  article: ClusterInput,
  stories: readonly Story[],
  postings: Map<number, number[]>,
  options: ClusterOptions,
): number | undefined {
  const { ids, weights } = article.vector;
  if (scores.length < stories.length) scores = new Float64Array(stories.length * 2);
  const touched: number[] = [];
  for (let i = 0; i < Math.min(PROBE_TERMS, ids.length); i++) {
    const list = postings.get(ids[i]!);
    if (!list || list.length > 2 * MAX_POSTINGS) continue;
    // Stories whose last article is older than the window can take no later article: they leave
    // the list as it is read (articles come in date order). Entries are pairs (story, slot).
    let kept = 0;
    for (let j = 0; j < list.length; j += 2) {
      const storyIndex = list[j]!;
      const story = stories[storyIndex]!;
      if (article.day !== null && story.lastDay !== null && article.day - story.lastDay > options.windowDays)
        continue;
      list[kept++] = storyIndex;
      list[kept++] = list[j + 1]!;
      if (scores[storyIndex] === 0) touched.push(storyIndex);
      scores[storyIndex]! += weights[i]! * story.weights[list[j + 1]!]!;
    }
    list.length = kept;
  }
  // The probe terms are the article's strongest, so a story that can reach the threshold already
  // has a good part of it from them; the rest are not worth measuring in full.
  const candidates: [number, number][] = [];
  for (const storyIndex of touched) {
    const share = scores[storyIndex]! / Math.sqrt(stories[storyIndex]!.norm2);
    if (share >= options.threshold / 2) candidates.push([storyIndex, share]);
    scores[storyIndex] = 0;
  }
  candidates.sort((a, b) => b[1] - a[1]);
  let best: number | undefined;
  let bestCosine = options.threshold;
  for (const [storyIndex] of candidates.slice(0, CANDIDATES)) {
    const story = stories[storyIndex]!;
    let dot = 0;
    for (let i = 0; i < ids.length; i++) {
      const slot = story.slots.get(ids[i]!);
      if (slot !== undefined) dot += weights[i]! * story.weights[slot]!;
    }
    const cosine = dot / Math.sqrt(story.norm2);
    if (cosine >= bestCosine) [best, bestCosine] = [storyIndex, cosine];
  }
  return best;
}

function addPosting(postings: Map<number, number[]>, term: number, storyIndex: number, slot: number): void {
  let list = postings.get(term);
  if (!list) postings.set(term, (list = []));
  list.push(storyIndex, slot);
}

function join(story: Story, index: number, article: ClusterInput, postings: Map<number, number[]>): void {
  story.members.push(article.id);
  if (article.day !== null) story.lastDay = Math.max(story.lastDay ?? article.day, article.day);
  const { ids, weights } = article.vector;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let slot = story.slots.get(id);
    if (slot === undefined) {
      slot = story.weights.length;
      story.slots.set(id, slot);
      story.weights.push(0);
      addPosting(postings, id, index, slot);
    }
    const before = story.weights[slot]!;
    const after = before + weights[i]!;
    story.norm2 += after * after - before * before;
    story.weights[slot] = after;
  }
}

/** Cosine similarity of two unit-length sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const weights = new Map<number, number>();
  for (let i = 0; i < a.ids.length; i++) weights.set(a.ids[i]!, a.weights[i]!);
  let dot = 0;
  for (let i = 0; i < b.ids.length; i++) dot += (weights.get(b.ids[i]!) ?? 0) * b.weights[i]!;
  return dot;
}
